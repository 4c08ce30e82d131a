import { describe, expect, it } from 'vitest';
import { mediaPathMessage } from '../../../../../src-main/content/validation/mediaPath';
import { typeMismatch } from '../../../../../src-main/content/validation/mediaFile';

describe('mediaPathMessage', () => {
  it.each([
    { file: 'bilder/a.jpg', expected: undefined },
    { file: 'a.jpg', expected: undefined },
    { file: 'bilder\\a.jpg', expected: /Rückstrich .* „bilder\/a\.jpg“/ },
    { file: 'C:/Fotos/a.jpg', expected: /Laufwerk/ },
    { file: 'c:a.jpg', expected: /Laufwerk/ },
    { file: '/etc/passwd', expected: /absoluter Pfad/ },
    { file: '../a.jpg', expected: /„\.\.“/ },
    { file: 'bilder/../../a.jpg', expected: /„\.\.“/ },
    { file: 'bilder//a.jpg', expected: /kein gültiger Pfad/ },
    { file: './a.jpg', expected: /kein gültiger Pfad/ },
    { file: 'a\u0000.jpg', expected: /kein gültiger Pfad/ },
  ])('$file', ({ file, expected }) => {
    const message = mediaPathMessage(file);
    if (expected === undefined) expect(message).toBeUndefined();
    else expect(message!.de).toMatch(expected);
  });
});

describe('typeMismatch', () => {
  it.each([
    { detected: 'jpg', extension: 'jpg', code: undefined },
    { detected: 'jpg', extension: 'jpeg', code: undefined },
    { detected: 'svg', extension: 'svg', code: undefined },
    { detected: 'png', extension: 'jpg', code: 'type-mismatch', de: /endet auf „\.jpg“, ist aber ein PNG-Bild – bitte umbenennen in „x\/a\.png“/ },
    { detected: 'jpg', extension: '', code: 'type-mismatch', de: /„x\/a\.jpg“/ },
    { detected: 'heic', extension: 'jpg', code: 'unsupported-type', de: /iPhone/ },
    { detected: 'pdf', extension: 'pdf', code: 'unsupported-type', de: /PDF/ },
    { detected: undefined, extension: 'jpg', code: 'unsupported-type', de: /nicht erkannt/ },
  ])('$detected as .$extension', ({ detected, extension, code, de }) => {
    const finding = typeMismatch(detected, extension, extension ? `x/a.${extension}` : 'x/a');
    expect(finding?.code).toBe(code);
    if (de) expect(finding!.message.de).toMatch(de);
  });
});
