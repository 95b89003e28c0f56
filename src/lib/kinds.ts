/** The kinds of article the engine knows. Their labels live in the site settings. */
export const KINDS = ['guide', 'cause', 'fix', 'error'] as const;
export type Kind = (typeof KINDS)[number];

export function isKind(value: string): value is Kind {
  return (KINDS as readonly string[]).includes(value);
}

/** The badge tone of each kind (utilities in global.css), shared by every badge that names a kind. */
export const KIND_TONES: Record<Kind, string> = {
  guide: 'tone-violet',
  cause: 'tone-amber',
  fix: 'tone-emerald',
  error: 'tone-rose',
};
