import { appendFile, readFile, stat, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openUsageWriter, readUsage, usageFiles } from '../../../../src-main/stats/usageStore';
import { makeTempDir } from '../../../support/tempDir';
import { visit } from '../../../support/usageVisits';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir('kiosk-stats-')));
afterEach(() => cleanup());

describe('usage store', () => {
  it('appends batches and reads them back', async () => {
    const writer = openUsageWriter(dir);
    await writer.append([visit({ hour: '2026-11-02T10' })], '2026-11-02');
    await writer.append([visit({ hour: '2026-11-02T11' }), visit({ hour: '2026-11-02T11' })], '2026-11-02');
    const read = await readUsage(dir);
    expect(read.recent).toHaveLength(3);
    expect(read.rows[0]!.visits).toBe(3);
    expect(read.skippedLines).toBe(0);
  });

  it('skips a torn last line and writes the next batch on a line of its own', async () => {
    const writer = openUsageWriter(dir);
    await writer.append([visit()], '2026-11-02');
    await appendFile(usageFiles(dir).visits, '{"visits":[{"hour":"2026-11-02T1');
    expect((await readUsage(dir)).recent).toHaveLength(1);
    // A new run of the kiosk (a new writer) appends after the torn line.
    await openUsageWriter(dir).append([visit()], '2026-11-02');
    const read = await readUsage(dir);
    expect(read.recent).toHaveLength(2);
    expect(read.skippedLines).toBe(1);
  });

  it('folds visits older than 30 days into day rows, counting each once', async () => {
    const writer = openUsageWriter(dir);
    await writer.append([visit({ hour: '2026-09-01T10', events: ['a'] }), visit({ hour: '2026-11-01T10' })], '2026-11-02');
    // A late visit of an already folded day (a batch the renderer could not send before) still counts.
    await writer.append([visit({ hour: '2026-09-01T12', events: ['a'] })], '2026-11-02');
    const files = usageFiles(dir);
    const raw = await readFile(files.visits, 'utf8');
    expect(raw).not.toContain('2026-09-01');
    const read = await readUsage(dir);
    expect(read.recent).toHaveLength(1);
    expect(JSON.parse(await readFile(files.days, 'utf8')).rows).toHaveLength(1);
    const september = read.rows.find((row) => row.day === '2026-09-01');
    expect(september).toMatchObject({ visits: 2, events: { a: 2 } });
    expect(read.rows.reduce((sum, row) => sum + row.visits, 0)).toBe(3);
  });

  it('ignores raw lines the day rows already cover (a crash between the two writes)', async () => {
    const writer = openUsageWriter(dir);
    await writer.append([visit({ hour: '2026-09-01T10' })], '2026-09-01');
    const files = usageFiles(dir);
    const before = await readFile(files.visits, 'utf8');
    await writer.compact('2026-11-02');
    // As if the trimmed raw file had never been written: the old line is back.
    await writeFile(files.visits, before);
    const read = await readUsage(dir);
    expect(read.rows.reduce((sum, row) => sum + row.visits, 0)).toBe(1);
  });

  it('deletes everything', async () => {
    const writer = openUsageWriter(dir);
    await writer.append([visit()], '2026-11-02');
    await writer.clear();
    expect((await readUsage(dir)).rows).toEqual([]);
    await expect(stat(usageFiles(dir).visits)).rejects.toThrow();
  });
});
