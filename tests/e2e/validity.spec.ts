import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { DIST, htmlFiles } from '../support/site';

/* Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json). */
test('every page in dist/ is valid HTML', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const file of htmlFiles()) {
    const report = await validator.validateFile(join(DIST, file));
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(problems).toEqual([]);
});
