/** The kinds of article the engine knows. Their labels live in the site settings. */
export const KINDS = ['guide', 'cause', 'fix', 'error'] as const;
export type Kind = (typeof KINDS)[number];

export function isKind(value: string): value is Kind {
  return (KINDS as readonly string[]).includes(value);
}
