import type { z } from 'astro/zod';
import { didYouMean, nearest } from './nearest.ts';
import type { Path, PathSegment } from './source-lines.ts';

/*
 * Schema problems as a writer reads them: the field named the way the file shows it
 * (`node "which-site", answer 3 ("Yes, a VPN"), next`, not `nodes.24.answers.2.next`), an
 * unknown field with the nearest known one ("titel": did you mean "title"?), a value from a
 * fixed list with the nearest allowed one, and a text's length beside its limit.
 */

export interface SchemaIssue {
  /** Where in the data, for a line number. */
  path: PathSegment[];
  /** The field as the writer sees it, then what is wrong and what to do. */
  message: string;
}

/** An issue with what `checkSchema` needs to merge a misspelt field with the missing one it stands for. */
interface Explained extends SchemaIssue {
  missing?: boolean;
  meant?: string | undefined;
}

/** How a list item is named: `nodes` hold a `node "<id>"`. Lists not named here keep their field name. */
const SINGULAR: Record<string, string> = {
  nodes: 'node',
  answers: 'answer',
  limits: 'limit',
  scenarios: 'scenario',
  sources: 'source',
  aliases: 'alias',
  errorCodes: 'error code',
  results: 'result',
};

/** A list item by what the writer wrote in it: its id or name if it has one, else its position and its label or text. */
function itemName(list: string, index: number, item: unknown): string {
  const name = SINGULAR[list] ?? list;
  const fields = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
  if (typeof fields['id'] === 'string') return `${name} "${fields['id']}"`;
  if (typeof fields['name'] === 'string') return `${name} "${fields['name']}"`;
  const text = typeof fields['label'] === 'string' ? fields['label'] : typeof fields['title'] === 'string' ? fields['title'] : item;
  return typeof text === 'string' ? `${name} ${index + 1} ("${text}")` : `${name} ${index + 1}`;
}

/** A path in the data, named as the file shows it. */
export function describePath(path: Path, data: unknown): string {
  const parts: string[] = [];
  let value: unknown = data;
  path.forEach((segment, i) => {
    const child = value !== null && typeof value === 'object' ? (value as Record<PathSegment, unknown>)[segment] : undefined;
    const previous = path[i - 1];
    if (typeof segment === 'number' && typeof previous === 'string') parts[parts.length - 1] = itemName(previous, segment, child);
    else if (typeof segment === 'number') parts.push(`item ${segment + 1}`);
    else if (typeof previous === 'string' && parts.length > 0 && typeof path[i - 2] !== 'number') parts[parts.length - 1] += `.${segment}`;
    else parts.push(segment);
    value = child;
  });
  return parts.join(', ');
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  valueType?: z.ZodType;
  values?: unknown[];
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under wrappers (optional, default, pipes), and of a union the option `value` takes. */
function resolve(schema: z.ZodType, value: unknown): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else if (def.type === 'union' && def.options) {
      const kind = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)['kind'] : undefined;
      const chosen = def.options.find((option) => {
        const shape = defOf(resolve(option, undefined)).shape;
        const literal = shape?.['kind'] ? defOf(shape['kind']).values : undefined;
        return literal?.includes(kind);
      });
      if (!chosen) return current;
      current = chosen;
    } else return current;
  }
}

/** The field names the schema allows at `path` (every option's, for a union it cannot pick). */
export function fieldsAt(schema: z.ZodType, path: Path, data: unknown): string[] {
  let current = resolve(schema, data);
  let value = data;
  for (const segment of path) {
    const def = defOf(current);
    value = value !== null && typeof value === 'object' ? (value as Record<PathSegment, unknown>)[segment] : undefined;
    const next = def.shape?.[String(segment)] ?? def.element ?? def.valueType;
    if (!next) return [];
    current = resolve(next, value);
  }
  const def = defOf(current);
  if (def.shape) return Object.keys(def.shape);
  if (def.type === 'union' && def.options) return [...new Set(def.options.flatMap((option) => Object.keys(defOf(resolve(option, undefined)).shape ?? {})))];
  return [];
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date such as 2026-11-29',
};

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const segment of path) value = value !== null && typeof value === 'object' ? (value as Record<PathSegment, unknown>)[segment] : undefined;
  return value;
}

/** One zod issue as messages a writer can act on (an issue about several unknown fields gives one each). */
function explain(schema: z.ZodType, data: unknown, issue: z.core.$ZodIssue): Explained[] {
  const path = issue.path as PathSegment[];
  const where = describePath(path, data);
  // Every message ends as a sentence, whichever schema wrote it.
  const at = (text: string) => {
    const sentence = /[.?!]$/.test(text) ? text : `${text}.`;
    return where ? `${where}: ${sentence}` : sentence;
  };
  const value = valueAt(data, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const meant = nearest(key, fieldsAt(schema, path, data));
        return { path: [...path, key], meant, message: at(`"${key}" is not a field here.${meant ? ` Did you mean "${meant}"?` : ' Remove it.'}`) };
      });
    case 'invalid_type':
      if (value === undefined) return [{ path, missing: true, message: at(`missing. Add ${TYPE_WORDS[issue.expected] ?? issue.expected}.`) }];
      return [{ path, message: at(`must be ${TYPE_WORDS[issue.expected] ?? issue.expected}.`) }];
    case 'invalid_value': {
      const hint = typeof value === 'string' ? didYouMean(value, issue.values.map(String)) : '';
      return [{ path, message: at(`${issue.message}.${hint}`) }];
    }
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      if (options) {
        const hint = typeof value === 'string' ? didYouMean(value, options.map(String)) : '';
        return [{ path, message: at(`must be one of ${options.map((o) => `"${String(o)}"`).join(', ')}.${hint}`) }];
      }
      return [{ path, message: at(issue.message) }];
    }
    case 'too_big':
    case 'too_small': {
      const limit = issue.code === 'too_big' ? `at most ${String(issue.maximum)}` : `at least ${String(issue.minimum)}`;
      const own = !/^Too (big|small)/.test(issue.message);
      if (typeof value === 'string') {
        if (issue.code === 'too_small' && Number(issue.minimum) === 1) return [{ path, message: at('must not be empty.') }];
        return [{ path, message: at(`${own ? issue.message : `must be ${limit} characters`} (it has ${value.length}).`) }];
      }
      if (Array.isArray(value)) return [{ path, message: at(`${own ? issue.message : `must list ${limit}`} (it lists ${value.length}).`) }];
      return [{ path, message: at(own ? issue.message : `must be ${limit}.`) }];
    }
    default:
      return [{ path, message: at(issue.message) }];
  }
}

export type SchemaResult<T> = { ok: true; data: T } | { ok: false; issues: SchemaIssue[] };

/** Parses `data` with `schema`; on failure, every issue as a writer's message. */
export function checkSchema<T>(schema: z.ZodType<T>, data: unknown): SchemaResult<T> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, data: result.data };
  const issues = result.error.issues.flatMap((issue) => explain(schema, data, issue));
  // A misspelt field is also a missing one: say it once, at the misspelling.
  const meant = new Set(issues.flatMap((issue) => (issue.meant ? [JSON.stringify([...issue.path.slice(0, -1), issue.meant])] : [])));
  return {
    ok: false,
    issues: issues.filter((issue) => !(issue.missing && meant.has(JSON.stringify(issue.path)))).map(({ path, message }) => ({ path, message })),
  };
}
