import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKioskLog } from '../../../../src-main/kiosk/kioskLog';
import { makeTempDir } from '../../../support/tempDir';

describe('kiosk log', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(() => cleanup());

  it('writes timestamped one-line entries to kiosk.log and keeps recent lines', async () => {
    const log = createKioskLog({ folder: path.join(dir, 'logs'), now: () => new Date('2026-11-24T03:00:00Z') });
    log.info('Kiosk gestartet');
    log.warn('Einstellung ungültig\nzweite Zeile');
    await log.close();
    const text = await readFile(path.join(dir, 'logs', 'kiosk.log'), 'utf8');
    expect(text).toBe(
      '2026-11-24T03:00:00.000Z INFO  Kiosk gestartet\n2026-11-24T03:00:00.000Z WARN  Einstellung ungültig ⏎ zweite Zeile\n',
    );
    expect(log.recent()).toHaveLength(2);
  });

  it('rotates by size and keeps a bounded number of files', async () => {
    const log = createKioskLog({ folder: dir, size: '1K', maxFiles: 3 });
    for (let index = 0; index < 200; index += 1) log.info(`Zeile ${index} ${'x'.repeat(40)}`);
    await log.close();
    const files = (await readdir(dir)).filter((name) => name.includes('kiosk.log'));
    expect(files).toContain('kiosk.log');
    expect(files.length).toBeGreaterThan(1);
    expect(files.length).toBeLessThanOrEqual(5);
  });

  it('keeps only the configured number of recent lines in memory', () => {
    const log = createKioskLog({ folder: dir, keep: 3 });
    for (let index = 0; index < 10; index += 1) log.info(`n${index}`);
    expect(log.recent().map((line) => line.slice(-2))).toEqual(['n7', 'n8', 'n9']);
    return log.close();
  });
});
