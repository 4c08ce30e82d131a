import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRelativePath, decodeRequestPath, safeResolve } from '../../../../src-main/content/safeResolve';
import { makeTempDir } from '../../../support/tempDir';

describe('checkRelativePath', () => {
  const cases = [
    { path: 'bilder/foto.jpg', ok: true },
    { path: 'a..b/c', ok: true },
    { path: '..', ok: false },
    { path: '../geheim.txt', ok: false },
    { path: 'bilder/../../geheim.txt', ok: false },
    { path: './bilder/foto.jpg', ok: false },
    { path: '/etc/passwd', ok: false },
    { path: 'C:/Windows/win.ini', ok: false },
    { path: 'c:foto.jpg', ok: false },
    { path: 'bilder\\foto.jpg', ok: false },
    { path: 'bilder//foto.jpg', ok: false },
    { path: 'foto.jpg\u0000.png', ok: false },
    { path: '', ok: false },
  ];
  for (const { path: candidate, ok } of cases) {
    it(`${JSON.stringify(candidate)} → ${ok ? 'allowed' : 'refused'}`, () => {
      expect(checkRelativePath(candidate)).toBe(ok);
    });
  }
});

describe('decodeRequestPath', () => {
  const cases = [
    { encoded: 'bilder/Gr%C3%BC%C3%9Fe.jpg', expected: 'bilder/Grüße.jpg' },
    { encoded: 'bilder%2Ffoto.jpg', expected: undefined },
    { encoded: 'bilder%5cfoto.jpg', expected: undefined },
    { encoded: '%2e%2e/geheim.txt', expected: undefined },
    { encoded: 'foto%00.jpg', expected: undefined },
    { encoded: '%252e%252e/geheim.txt', expected: undefined },
    { encoded: 'kaputt%E0%A4%A.jpg', expected: undefined },
  ];
  for (const { encoded, expected } of cases) {
    it(`${encoded} → ${String(expected)}`, () => expect(decodeRequestPath(encoded)).toBe(expected));
  }
});

describe('safeResolve on real files', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let bundle: string;

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir());
    bundle = path.join(dir, 'bundle');
    await mkdir(path.join(bundle, 'bilder'), { recursive: true });
    await writeFile(path.join(bundle, 'bilder', 'foto.jpg'), 'jpeg');
    await writeFile(path.join(dir, 'geheim.txt'), 'secret');
    await symlink(path.join(dir, 'geheim.txt'), path.join(bundle, 'bilder', 'link-nach-aussen.jpg'));
    await symlink(path.join(bundle, 'bilder', 'foto.jpg'), path.join(bundle, 'bilder', 'link-nach-innen.jpg'));
  });
  afterAll(() => cleanup());

  it('resolves a file inside the bundle', async () => {
    expect(await safeResolve(bundle, 'bilder/foto.jpg')).toBe(path.join(bundle, 'bilder', 'foto.jpg'));
  });
  it('follows a symlink that stays inside', async () => {
    expect(await safeResolve(bundle, 'bilder/link-nach-innen.jpg')).toBe(path.join(bundle, 'bilder', 'foto.jpg'));
  });
  it('refuses a symlink that points outside the bundle', async () => {
    expect(await safeResolve(bundle, 'bilder/link-nach-aussen.jpg')).toBeUndefined();
  });
  it('refuses a missing file', async () => {
    expect(await safeResolve(bundle, 'bilder/fehlt.jpg')).toBeUndefined();
  });
  it('refuses traversal to a file that exists outside', async () => {
    expect(await safeResolve(bundle, '../geheim.txt')).toBeUndefined();
  });
});
