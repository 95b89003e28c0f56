import { THEME_KEY } from './theme';

/**
 * The one inline script of every page, as text: the layout renders it into `<head>` and the
 * build hashes the same text into the Content Security Policy (astro.config.mjs), so the
 * policy can never miss it. It must run before the first paint, so a reader who chose a
 * theme never sees the other one flash, and so controls that need JavaScript (class
 * `js-only`) take their place before anything is drawn; a module script would run too late.
 */
export const THEME_INIT_SCRIPT =
  "document.documentElement.dataset.js='';" +
  `try{var t=localStorage.getItem('${THEME_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;
