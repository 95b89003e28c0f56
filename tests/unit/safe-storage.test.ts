import { afterEach, describe, expect, it } from 'vitest';
import { readStorage, removeStorage, writeStorage } from '../../src/lib/safe-storage';

describe('safe storage', () => {
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it('reads, writes and removes through web storage', () => {
    const data = new Map<string, string>();
    (globalThis as { localStorage?: unknown }).localStorage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    };
    writeStorage('k', 'v');
    expect(readStorage('k')).toBe('v');
    removeStorage('k');
    expect(readStorage('k')).toBeNull();
  });

  it('never throws when storage is blocked or full', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(readStorage('k')).toBeNull();
    expect(() => writeStorage('k', 'v')).not.toThrow();
    expect(() => removeStorage('k')).not.toThrow();
    // And with no storage at all, as in a sandboxed frame.
    expect(readStorage('k', 'session')).toBeNull();
  });
});
