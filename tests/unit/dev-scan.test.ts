import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * On a cold start, `astro dev` has Vite scan every `.astro` file for the scripts it imports,
 * so it can bundle their dependencies ahead of time. The scan does not parse the component:
 * it cuts out everything between a `<script …>` and the next `</script>` with a regular
 * expression, anywhere in the file, comments of the component's code included, and parses
 * that as TypeScript. A comment that names both tags made the scan fail with a red error on
 * every first start of a healthy project. These are Vite's own expressions (`scriptRE`,
 * `commentRE`, `typeRE` in vite/dist/node/chunks/node.js, used by its dependency scan).
 */
const scriptRE = /(<script(?:\s+[a-z_:][-\w:]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^"'<>=\s]+))?)*\s*>)(.*?)<\/script>/gis;
const commentRE = /<!--.*?-->/gs;
const typeRE = /\btype\s*=\s*(?:"([^"]+)"|'([^']+)'|([^\s'">]+))/i;

const ROOT = join(import.meta.dirname, '../..');
const astroFiles = ['src', 'content/components'].flatMap((folder) =>
  readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro'))
    .map((file) => join(ROOT, folder, file)),
);

/** The scripts Vite's scan would read from a component, as it cuts them out. */
function scannedScripts(source: string): { openTag: string; content: string }[] {
  const scripts: { openTag: string; content: string }[] = [];
  for (const [, openTag = '', content = ''] of source.replace(commentRE, '<!---->').matchAll(scriptRE)) {
    const type = typeRE.exec(openTag)?.slice(1).find(Boolean);
    if (type && !(type.includes('javascript') || type.includes('ecmascript') || type === 'module')) continue;
    if (content.trim()) scripts.push({ openTag, content });
  }
  return scripts;
}

function syntaxErrors(code: string): string[] {
  const { diagnostics = [] } = ts.transpileModule(code, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ESNext } });
  return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('the dependency scan of a cold `astro dev`', () => {
  it('finds components to scan', () => {
    expect(astroFiles.length).toBeGreaterThan(20);
  });

  it('reads only real scripts, each valid TypeScript, from every component', () => {
    const problems = astroFiles.flatMap((file) =>
      scannedScripts(readFileSync(file, 'utf8')).flatMap(({ openTag, content }) =>
        syntaxErrors(content)
          .slice(0, 1)
          .map(
            (error) =>
              `${relative(ROOT, file)}: the text after ${openTag} “${content.trim().slice(0, 60)}” is not a script (${error}). Do not write script tags in comments.`,
          ),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('would catch a comment that names both tags', () => {
    const component = '---\n// JSON-LD sits in a <script>; a stray "</script>" would end it.\n---\n<p>Hi</p>\n';
    const [script] = scannedScripts(component);
    expect(script?.content).toBe('; a stray "');
    expect(syntaxErrors(script?.content ?? '')).not.toEqual([]);
  });
});
