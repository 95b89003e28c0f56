import { describe, expect, it } from 'vitest';
import { installNote } from '../../src/cli/install-note.mjs';

describe('the note after npm ci', () => {
  it('explains the engine warnings when npm ran on an older Node.js than the project’s', () => {
    const note = installNote('v20.20.2', '>=22.12.0', 'v24.21.0');
    expect(note).toContain('npm ran on Node.js v20.20.2, older than the 22.12.0');
    expect(note).toContain('EBADENGINE');
    expect(note).toContain('its own Node.js v24.21.0');
    expect(installNote('v22.11.0', '>=22.12.0', 'v24.21.0')).toBeDefined();
  });

  it('says nothing when npm’s Node.js is recent enough', () => {
    expect(installNote('v22.12.0', '>=22.12.0', 'v24.21.0')).toBeUndefined();
    expect(installNote('v24.1.0', '>=22.12.0', 'v24.21.0')).toBeUndefined();
  });

  it('says nothing when the project’s own Node.js is missing too, since then the warnings are real', () => {
    expect(installNote('v20.20.2', '>=22.12.0', 'v20.20.2')).toBeUndefined();
  });

  it('says nothing when a version cannot be read', () => {
    expect(installNote(undefined, '>=22.12.0', 'v24.21.0')).toBeUndefined();
    expect(installNote('v20.20.2', undefined, 'v24.21.0')).toBeUndefined();
  });
});
