import raw from '@content/site.json';
import { parseSiteSettings } from './site-schema';
import { contentPath } from './content-dir';

/** The validated site settings. Importing this module fails the build if they are invalid. */
export const site = parseSiteSettings(raw, contentPath('site.json'));
