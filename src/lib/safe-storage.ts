/**
 * Web storage that never throws. Storage can be blocked (a privacy setting, a sandboxed
 * frame, a full quota); every feature that remembers something then simply forgets it.
 */
type Area = 'local' | 'session';

function area(which: Area): Storage | undefined {
  try {
    return which === 'local' ? localStorage : sessionStorage;
  } catch {
    return undefined;
  }
}

export function readStorage(key: string, which: Area = 'local'): string | null {
  try {
    return area(which)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeStorage(key: string, value: string, which: Area = 'local'): void {
  try {
    area(which)?.setItem(key, value);
  } catch {
    // Blocked or full: the value lasts for this page only.
  }
}

export function removeStorage(key: string, which: Area = 'local'): void {
  try {
    area(which)?.removeItem(key);
  } catch {
    // Nothing to remove when storage is blocked.
  }
}
