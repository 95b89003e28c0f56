import { test } from '@playwright/test';
import { FIXTURE_DIST } from '../../support/site';
import { everyPathBrowser, walkEveryPath } from '../../support/troubleshooter-walks';

// Every path through the fixture's troubleshooter, which has every kind of step and outcome.
test.use({ launchOptions: everyPathBrowser });
walkEveryPath(FIXTURE_DIST, 10);
