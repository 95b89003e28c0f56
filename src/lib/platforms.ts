/**
 * Platforms a procedure can differ on; their labels are UI texts (`platform.<name>`). Brave
 * reports itself as Chrome, so it is never detected; its tab is shown when the reader picks it.
 */
export const PLATFORMS = {
  chrome: true,
  edge: true,
  firefox: true,
  safari: true,
  brave: true,
  opera: true,
  ios: true,
  android: true,
  windows: true,
  macos: true,
  app: true,
  other: true,
} as const;

export type Platform = keyof typeof PLATFORMS;
export const PLATFORM_KEY = 'kb-platform';

export function isPlatform(value: unknown): value is Platform {
  return typeof value === 'string' && Object.hasOwn(PLATFORMS, value);
}

/**
 * The platforms a user agent string suggests, most specific first: a phone's OS before
 * its browser, because mobile procedures are usually written per OS.
 */
export function detectPlatforms(userAgent: string): Platform[] {
  const ua = userAgent.toLowerCase();
  const found: Platform[] = [];
  const isIos = /iphone|ipad|ipod/.test(ua);
  const isAndroid = ua.includes('android');
  if (isIos) found.push('ios');
  if (isAndroid) found.push('android');
  if (ua.includes('edg/')) found.push('edge');
  else if (ua.includes('opr/')) found.push('opera');
  else if (ua.includes('firefox/') || ua.includes('fxios/')) found.push('firefox');
  else if (ua.includes('chrome/') || ua.includes('crios/') || ua.includes('chromium/')) found.push('chrome');
  else if (ua.includes('safari/')) found.push('safari');
  if (!isIos && !isAndroid) {
    if (ua.includes('windows')) found.push('windows');
    else if (ua.includes('mac os x') || ua.includes('macintosh')) found.push('macos');
  }
  return found;
}

export interface ChoiceInput {
  /** Platforms this block offers, in order. */
  available: readonly string[];
  /** A platform named by the address's #fragment, if any. */
  fromHash?: string | undefined;
  /** The reader's earlier choice. */
  stored?: string | null | undefined;
  /** What the user agent suggests, most specific first. */
  detected?: readonly string[];
}

/** Which tab to show first: the linked one, then the remembered one, then a guess, then the first. */
export function choosePlatform({ available, fromHash, stored, detected = [] }: ChoiceInput): string | undefined {
  for (const candidate of [fromHash, stored ?? undefined, ...detected]) {
    if (candidate !== undefined && available.includes(candidate)) return candidate;
  }
  return available[0];
}
