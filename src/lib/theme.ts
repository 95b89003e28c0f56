import { readStorage } from './safe-storage';

export const THEME_KEY = 'kb-theme';
export type Theme = 'auto' | 'light' | 'dark';

/** The stored choice, or "auto" when there is none or storage is blocked. */
export function readTheme(): Theme {
  const stored = readStorage(THEME_KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'auto';
}

/** "auto" removes the attribute so CSS follows the system setting, live. */
export function applyTheme(theme: Theme): void {
  if (theme === 'auto') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = theme;
}
