/**
 * The `_headers` file format that Netlify and Cloudflare Pages read: a line with a path
 * pattern, then indented `Name: value` lines. `*` matches any run of characters (including
 * `/`) and `:name` one path segment. Every block whose pattern matches a request applies.
 */
export interface HeaderRule {
  pattern: RegExp;
  source: string;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | undefined;
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      const source = line.trim();
      const body = source
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]\w*/g, '[^/]+'))
        .join('.*');
      current = { pattern: new RegExp(`^${body}$`), source, headers: [] };
      rules.push(current);
      return;
    }
    const match = /^\s+([^:\s]+)\s*:\s*(.*)$/.exec(line);
    if (!current || !match) throw new Error(`_headers line ${index + 1} is neither a path nor an indented "Name: value" header: ${line}`);
    current.headers.push([match[1] as string, (match[2] as string).trim()]);
  });
  return rules;
}

/** The headers every matching rule gives `path`, in file order; a later value of a name wins. */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const [name, value] of rule.headers) out.set(name.toLowerCase(), value);
  }
  return out;
}
