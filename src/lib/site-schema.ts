import { AstroError } from 'astro/errors';
import { z } from 'astro/zod';
import { checkSchema } from './check/schema-issues.ts';
import { KINDS } from './kinds.ts';

/** A language tag as used in addresses: lower case, e.g. "es" or "pt-br". */
export const LOCALE_PATTERN = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;

const kindText = z.object({
  /** Singular label, used on badges ("Fix"). */
  label: z.string().min(1),
  /** Heading for a group of this kind ("Fixes"). */
  plural: z.string().min(1),
  /** One sentence under the group heading. */
  description: z.string().min(1),
});

/** The site settings file (`content/site.json`): everything topic-specific outside the articles. */
export const siteSchema = z.strictObject({
  /** Short name, shown in the header and in page titles. */
  name: z.string().min(1),
  /** The home page's heading. */
  title: z.string().min(1),
  /** One sentence under the home page heading: what the site is for. */
  tagline: z.string().min(1),
  /** Default meta description. */
  description: z.string().min(20).max(200),
  /** The language of the content at the site's root, as a BCP 47 tag ("en"). */
  lang: z.string().regex(LOCALE_PATTERN, 'must be a language tag such as "en" or "pt-br"'),
  /**
   * Every language the site is published in, by tag, with its name in that language
   * ({ "en": "English", "es": "Español" }), in the order the language menu lists them. The
   * default language (`lang`) is served at `/`, each other one under `/<tag>/`, from the
   * folder `content/<tag>/`. Leave it out for a site in one language.
   */
  languages: z.record(z.string().regex(LOCALE_PATTERN, 'must be a language tag such as "es" or "pt-br"'), z.string().min(1)).optional(),
  /** Labels of the main navigation. */
  nav: z.strictObject({ guides: z.string(), troubleshooter: z.string(), search: z.string() }),
  /** Texts of the home page. `perGroup` is how many articles each kind shows there. */
  home: z.strictObject({
    troubleshooterTitle: z.string(),
    troubleshooterText: z.string(),
    troubleshooterAction: z.string(),
    perGroup: z.number().int().min(1).max(24),
  }),
  /** Texts shown at the end of every article. */
  article: z.strictObject({
    stillBlocked: z.string(),
    stillBlockedText: z.string(),
    stillBlockedAction: z.string(),
  }),
  /** Labels for each article kind. */
  kinds: z.strictObject({
    guide: kindText,
    cause: kindText,
    fix: kindText,
    error: kindText,
  }),
  /** The order in which kinds are listed. Must name every kind once. */
  kindOrder: z.array(z.enum(KINDS)).refine((order) => new Set(order).size === KINDS.length && order.length === KINDS.length, {
    message: `must list each of ${KINDS.join(', ')} exactly once`,
  }),
  /**
   * Where a writer edits the site's files: the repository's edit address, to which each
   * article's path from the project folder is added
   * ("https://github.com/owner/repo/edit/main/" + "content/articles/fixes/turn-off-vpn.mdx").
   * Every article then ends with an "Edit this page" link to its own file (a translation's to
   * the translation). Leave it out for no link.
   */
  editUrl: z.url({ protocol: /^https?$/, error: 'must be a full https:// address, such as "https://github.com/owner/repo/edit/main/"' }).optional(),
  /** The article on contacting support, which the connection check's page points to (a slug). */
  supportArticle: z.string().optional(),
  /**
   * The article about the error the site is about (a slug). Every look-alike error page must
   * link to it in its text, so a reader who landed on the wrong page finds the right one; the
   * content check enforces it.
   */
  mainGuide: z.string().optional(),
  /** Footer texts; the disclaimer is shown on every page. */
  footer: z.strictObject({ disclaimer: z.string().min(1), sourcesNote: z.string() }),
});

export type SiteSettings = z.infer<typeof siteSchema>;

/** The settings a translation may change: every text, none of the structure. */
const TEXT_FIELDS = ['name', 'title', 'tagline', 'description', 'nav', 'home', 'article', 'kinds', 'footer'] as const;

/**
 * A translation's `site.json` (`content/<lang>/site.json`): any of the texts, each falling back
 * to the default language's. Numbers and lists (`perGroup`, `kindOrder`, `languages`) are the
 * site's, not a language's, so they stay in the root file.
 */
export const siteTextsSchema = z.strictObject({
  name: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
  tagline: z.string().min(1).optional(),
  description: z.string().min(20).max(200).optional(),
  nav: siteSchema.shape.nav.partial().optional(),
  home: siteSchema.shape.home.omit({ perGroup: true }).partial().optional(),
  article: siteSchema.shape.article.partial().optional(),
  kinds: z.strictObject({ guide: kindText.partial(), cause: kindText.partial(), fix: kindText.partial(), error: kindText.partial() }).partial().optional(),
  footer: siteSchema.shape.footer.partial().optional(),
});

export type SiteTexts = z.infer<typeof siteTextsSchema>;

/** The settings as read in one language: the default's, with the translation's texts over them. */
export function translateSettings(settings: SiteSettings, texts: SiteTexts): SiteSettings {
  const merged: Record<string, unknown> = { ...settings };
  for (const field of TEXT_FIELDS) {
    const own = texts[field];
    if (own === undefined) continue;
    const base = settings[field];
    merged[field] =
      typeof own === 'string'
        ? own
        : field === 'kinds'
          ? Object.fromEntries(Object.entries(settings.kinds).map(([kind, text]) => [kind, { ...text, ...(own as Record<string, object>)[kind] }]))
          : { ...(base as object), ...own };
  }
  return merged as SiteSettings;
}

/** What the schema cannot say: `languages`, when given, names the default language too. */
export function languagesProblem(settings: Pick<SiteSettings, 'lang' | 'languages'>): { message: string; hint: string } | undefined {
  if (!settings.languages || settings.lang in settings.languages) return undefined;
  return {
    message: `"languages" does not name the default language "${settings.lang}".`,
    hint: `Add "${settings.lang}": "<its name>" to "languages", or leave "languages" out for a site in one language.`,
  };
}

/** Validates the settings; throws an error naming the file, the field and the problem. */
export function parseSiteSettings(raw: unknown, file: string): SiteSettings {
  const settings = parseWith(siteSchema, raw, file);
  const problem = languagesProblem(settings);
  if (problem) throw new AstroError(`${file}: ${problem.message}`, problem.hint);
  return settings;
}

/** Validates a translation's site texts, naming the file and every invalid field. */
export function parseSiteTexts(raw: unknown, file: string): SiteTexts {
  return parseWith(siteTextsSchema, raw, file);
}

/** The hint under every invalid settings file. */
export const SITE_HINT = 'Fix these fields (their meaning is in src/lib/site-schema.ts) and build again.';

function parseWith<T>(schema: z.ZodType<T>, raw: unknown, file: string): T {
  const result = checkSchema(schema, raw);
  if (result.ok) return result.data;
  const problems = result.issues.map((issue) => `  - ${issue.message}`).join('\n');
  throw new AstroError(`${file}: the site settings are invalid.\n${problems}`, SITE_HINT);
}
