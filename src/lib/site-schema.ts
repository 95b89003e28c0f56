import { AstroError } from 'astro/errors';
import { z } from 'astro/zod';
import { KINDS } from './kinds';

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
  /** BCP 47 language tag of the content. */
  lang: z.string().min(2),
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
  /** Footer texts; the disclaimer is shown on every page. */
  footer: z.strictObject({ disclaimer: z.string().min(1), sourcesNote: z.string() }),
});

export type SiteSettings = z.infer<typeof siteSchema>;

/** Validates the settings; throws an error naming the file, the field and the problem. */
export function parseSiteSettings(raw: unknown, file: string): SiteSettings {
  const result = siteSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n');
  throw new AstroError(
    `${file}: the site settings are invalid.\n${problems}`,
    'Fix these fields (their meaning is in src/lib/site-schema.ts) and build again.',
  );
}
