import type { ConsoleMessage, Page, Request } from '@playwright/test';

/**
 * Watches a page for anything that leaves the site's origin, any console error and any
 * Content Security Policy violation.
 */
export async function watch(page: Page, origin: string): Promise<string[]> {
  await reportCspViolations(page);
  return collectProblems(page, origin).problems;
}

/**
 * Makes every Content Security Policy violation in the page's documents a console error,
 * which `collectProblems` reports. Once per page: it applies to every later navigation.
 */
export async function reportCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

/**
 * Collects requests to other origins, console errors (CSP violations among them, see
 * `reportCspViolations`) and uncaught errors until `stop` is called, so one page can be
 * watched by several tests in turn.
 */
export function collectProblems(page: Page, origin: string): { problems: string[]; stop: () => void } {
  const problems: string[] = [];
  const onRequest = (request: Request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request to ${url}`);
  };
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  };
  const onPageError = (error: Error) => problems.push(`page error: ${error.message}`);
  page.on('request', onRequest);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  const stop = () => {
    page.off('request', onRequest);
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  };
  return { problems, stop };
}
