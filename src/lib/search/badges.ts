import { KIND_TONES } from '../kinds';

/**
 * Badge tones per kind, from the one palette KindBadge.astro uses, plus the troubleshooter's
 * steps, which only appear in search results. The search templates render one badge per kind
 * on the server; the client picks the one for a result's kind.
 */
const TONES: Record<string, string> = { ...KIND_TONES, troubleshooter: 'tone-sky' };

/** The kinds with a colour of their own; any other kind gets the neutral badge. */
export const BADGE_KINDS: readonly string[] = Object.keys(TONES);

export function badgeClass(kind: string): string {
  return `badge shrink-0 ${TONES[kind] ?? 'tone-slate'}`;
}
