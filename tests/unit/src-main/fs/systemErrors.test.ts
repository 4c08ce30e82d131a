import { describe, expect, it } from 'vitest';
import { describeError, errorCode } from '../../../../src-main/fs/systemErrors';

/** A system error as Node makes them: a code, maybe a path, and an English message nobody should read. */
function systemError(code: string, path?: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: english system text${path ? `, open '${path}'` : ''}`), { code, ...(path ? { path } : {}) });
}

describe('describeError', () => {
  it.each([
    { code: 'ENOSPC', path: undefined, de: 'Kein Platz mehr auf dem Laufwerk.' },
    { code: 'ENOSPC', path: '/media/stick/bild.jpg', de: 'Kein Platz mehr auf dem Laufwerk („/media/stick/bild.jpg“).' },
    { code: 'EROFS', path: undefined, de: 'Das Laufwerk ist schreibgeschützt.' },
    { code: 'ENOENT', path: '/media/stick/paket', de: '„/media/stick/paket“ gibt es nicht.' },
    { code: 'ENOENT', path: undefined, de: 'Die Datei gibt es nicht.' },
    { code: 'EACCES', path: '/daten', de: 'Keine Berechtigung für „/daten“.' },
    { code: 'EWEIRD', path: undefined, de: 'Unerwarteter Fehler (EWEIRD) – bitte die Meldung an die Technik weitergeben.' },
  ])('$code at $path → „$de“', ({ code, path, de }) => {
    const words = describeError(systemError(code, path));
    expect(words.de).toBe(de);
    // The system's English text never reaches the curator, in either language.
    expect(`${words.de} ${words.en}`).not.toContain('english system text');
  });

  it('gives no English library sentence for a thrown value that is not a system error', () => {
    expect(describeError(new TypeError('Cannot read properties of undefined')).de).toBe('Unerwarteter Fehler – bitte die Meldung an die Technik weitergeben.');
    expect(errorCode('not an error')).toBeUndefined();
  });
});
