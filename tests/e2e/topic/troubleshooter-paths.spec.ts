import { test } from '@playwright/test';
import { DIST } from '../../support/site';
import { everyPathBrowser, walkEveryPath } from '../../support/troubleshooter-walks';

// Every path through the real troubleshooter, hundreds of them.
test.use({ launchOptions: everyPathBrowser });
walkEveryPath(DIST, 100);
