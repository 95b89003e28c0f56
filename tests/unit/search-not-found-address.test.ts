import { describe, expect, it } from 'vitest';
import { isTroubleshooterPath, queryFromPath } from '../../src/lib/search/not-found-address';

describe('queryFromPath', () => {
  it('turns a bad address into words, without the section names', () => {
    expect(queryFromPath('/guides/turn-of-vpn/')).toBe('turn vpn');
    expect(queryFromPath('/guides/how-to-find-the-ray-id/')).toBe('find ray id');
    expect(queryFromPath('/kb/guides/error-1015/', '/kb/')).toBe('error 1015');
    expect(queryFromPath('/troubleshoot/old_step.html')).toBe('old step');
    expect(queryFromPath('/guides/')).toBe('');
    expect(queryFromPath('/guides/%E2%80%9Cproxy%E2%80%9D/')).toBe('proxy');
    expect(queryFromPath('/guides/%E0%A4%Aproxy/')).toBe('e0 a4 aproxy');
  });
});

describe('isTroubleshooterPath', () => {
  it('knows addresses under the troubleshooter, under the base path', () => {
    expect(isTroubleshooterPath('/troubleshoot/old-step/')).toBe(true);
    expect(isTroubleshooterPath('/kb/troubleshoot/x/', '/kb/')).toBe(true);
    expect(isTroubleshooterPath('/guides/troubleshoot/')).toBe(false);
  });
});
