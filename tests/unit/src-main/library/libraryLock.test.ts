import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, processIsAlive } from '../../../../src-main/library/libraryLock';
import { makeTempDir } from '../../../support/tempDir';

describe('library lock', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let lockFile: string;

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('kiosk-lock-'));
    lockFile = path.join(dir, 'lock');
  });
  afterEach(() => cleanup());

  const write = (owner: object): Promise<void> => writeFile(lockFile, JSON.stringify(owner));
  const ageSeconds = async (seconds: number): Promise<void> => {
    const at = new Date(Date.now() - seconds * 1000);
    await utimes(lockFile, at, at);
  };

  it('records the holder and removes the file on release (twice is harmless)', async () => {
    const lock = await acquireLock(lockFile, 'tok1');
    expect(JSON.parse(await readFile(lockFile, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname(), token: 'tok1' });
    await lock.release();
    await lock.release();
    expect(await readdir(dir)).toEqual([]);
  });

  const cases = [
    { name: 'a live holder on this machine', setup: () => write({ pid: process.ppid, host: hostname(), token: 'x' }), takes: false },
    { name: 'a dead holder on this machine', setup: () => write({ pid: 2 ** 22 + 12_345, host: hostname(), token: 'x' }), takes: true },
    { name: 'a holder on another machine, recently touched', setup: () => write({ pid: 1, host: 'anderer-rechner', token: 'x' }), takes: false },
    {
      name: 'a holder on another machine, untouched for two minutes',
      setup: async () => {
        await write({ pid: 1, host: 'anderer-rechner', token: 'x' });
        await ageSeconds(120);
      },
      takes: true,
    },
    { name: 'an empty lock just being written', setup: () => writeFile(lockFile, ''), takes: false },
    {
      name: 'an empty lock left for two minutes',
      setup: async () => {
        await writeFile(lockFile, '');
        await ageSeconds(120);
      },
      takes: true,
    },
  ];

  it.each(cases)('with $name: takes the lock = $takes', async ({ setup, takes }) => {
    await setup();
    const attempt = acquireLock(lockFile, 'neu', { staleMs: 60_000 });
    if (takes) {
      const lock = await attempt;
      expect(JSON.parse(await readFile(lockFile, 'utf8')).token).toBe('neu');
      await lock.release();
      expect(await readdir(dir)).toEqual([]);
    } else {
      await expect(attempt).rejects.toMatchObject({ code: 'busy' });
      expect(await readdir(dir)).toEqual(['lock']);
    }
  });

  it('does not remove a lock that was taken over after it went stale', async () => {
    const lock = await acquireLock(lockFile, 'alt');
    await write({ pid: process.ppid, host: hostname(), token: 'uebernommen' });
    await lock.release();
    expect(JSON.parse(await readFile(lockFile, 'utf8')).token).toBe('uebernommen');
  });

  it('keeps a held lock fresh by touching it', async () => {
    const lock = await acquireLock(lockFile, 'frisch', { staleMs: 2_000, refreshMs: 50 });
    await ageSeconds(120);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(acquireLock(lockFile, 'zweiter', { staleMs: 2_000 })).rejects.toMatchObject({ code: 'busy' });
    await lock.release();
  });

  it('tells live from dead processes', () => {
    expect(processIsAlive(process.pid)).toBe(true);
    expect(processIsAlive(2 ** 22 + 12_345)).toBe(false);
  });
});
