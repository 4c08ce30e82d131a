import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRelaunchHistory, recordRelaunch } from '../../../../src-main/kiosk/relaunchHistory';
import { makeTempDir } from '../../../support/tempDir';

describe('relaunch history', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(() => cleanup());
  const HOUR = 3600_000;
  const now = 100 * 24 * HOUR;

  it('is empty when missing or broken', async () => {
    expect(await readRelaunchHistory(path.join(dir, 'missing.json'), now)).toEqual([]);
    await writeFile(path.join(dir, 'broken.json'), '{');
    expect(await readRelaunchHistory(path.join(dir, 'broken.json'), now)).toEqual([]);
    await writeFile(path.join(dir, 'odd.json'), '[1, "x", null]');
    expect(await readRelaunchHistory(path.join(dir, 'odd.json'), now)).toEqual([]);
  });

  it('records relaunches and forgets those older than a day', async () => {
    const file = path.join(dir, 'state', 'relaunches.json');
    recordRelaunch(file, [now - 30 * HOUR, now - 2 * HOUR], now);
    expect(await readRelaunchHistory(file, now)).toEqual([now - 2 * HOUR, now]);
  });
});
