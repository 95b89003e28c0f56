/** Badge tones (utilities in global.css) of each kind of outcome, from the one palette the kind badges use too; the labels are UI texts (`outcome.*`). */
export const OUTCOME_TONES = { solved: 'tone-emerald', article: 'tone-sky', support: 'tone-amber' } as const;
