import { DIST } from '../../support/site';
import { sweepEveryPage } from '../../support/sweep';

// The real site is the product: every page of its sitemap, with the real articles' markup.
sweepEveryPage(DIST, 'guides/clear-site-data/');
