import { DIST } from '../../support/site';
import { sweepPages } from '../../support/sweep';

// The real site is the product: every page of its sitemap, with the real articles' markup.
sweepPages(DIST, 'every', 'guides/clear-site-data/');
