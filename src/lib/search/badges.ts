/**
 * Badge colours per kind, matching KindBadge.astro, plus the troubleshooter's steps, which
 * only appear in search results. The search templates render one badge per kind on the
 * server; the client picks the one for a result's kind.
 */
const STYLES: Record<string, string> = {
  guide: 'bg-violet-100 text-violet-800 dark:bg-violet-900/60 dark:text-violet-100',
  cause: 'bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100',
  fix: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100',
  error: 'bg-rose-100 text-rose-900 dark:bg-rose-900/60 dark:text-rose-100',
  troubleshooter: 'bg-sky-100 text-sky-900 dark:bg-sky-900/60 dark:text-sky-100',
};

const FALLBACK = 'bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100';

/** The kinds with a colour of their own; any other kind gets the neutral badge. */
export const BADGE_KINDS: readonly string[] = Object.keys(STYLES);

export function badgeClass(kind: string): string {
  return `inline-block shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold ${STYLES[kind] ?? FALLBACK}`;
}
