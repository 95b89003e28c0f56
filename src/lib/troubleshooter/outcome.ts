/** How each kind of outcome is labelled and coloured, wherever an outcome is shown (steps, the map). */
export const OUTCOME_LABELS = { solved: 'Solved', article: 'Your answer', support: 'Next: contact support' } as const;

/** Badge tones (utilities in global.css) from the one palette the kind badges use too. */
export const OUTCOME_TONES = { solved: 'tone-emerald', article: 'tone-sky', support: 'tone-amber' } as const;
