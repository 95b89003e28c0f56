import { readFileSync } from 'node:fs';
import { translator, type Translate } from '../../src/lib/i18n/ui';

/** A language's UI texts from a content folder's file, as the engine reads them. */
export function uiTexts(file = 'content/ui.json'): Record<string, string> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
}

/** A translator over `texts`, as pages and scripts get one: for testing logic that speaks. */
export function translatorOf(texts: Record<string, string> = uiTexts(), lang = 'en'): Translate {
  return translator(texts, {}, lang);
}
