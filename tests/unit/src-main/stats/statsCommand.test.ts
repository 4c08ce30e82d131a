import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../../../src-main/cli/commands/stats';
import { openUsageWriter } from '../../../../src-main/stats/usageStore';
import { makeTempDir } from '../../../support/tempDir';
import { visit } from '../../../support/usageVisits';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir('kiosk-stats-cli-')));
afterEach(() => cleanup());

describe('content stats', () => {
  it('prints the period and writes the CSV', async () => {
    const writer = openUsageWriter(dir);
    await writer.append([visit({ hour: '2026-11-02T10', seconds: 120, events: ['gruendung'] }), visit({ hour: '2026-11-03T14', language: 'en' })], '2026-11-03');
    const out: string[] = [];
    const csv = path.join(dir, 'statistik.csv');
    const code = await run(['--from', '2026-11-01', '--to', '2026-11-30', '--csv', csv, '--data-dir', dir], { out: (line) => out.push(line), err: (line) => out.push(line) });
    expect(code).toBe(0);
    expect(out[0]).toContain('Statistik 2026-11-01 bis 2026-11-30: 2 Besuche');
    expect(out.join('\n')).toContain('Ereignisse: gruendung (1)');
    const text = await readFile(csv, 'utf8');
    expect(text.startsWith('\uFEFFTag;')).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(3);
  });

  it('refuses a date that is not JJJJ-MM-TT', async () => {
    await expect(run(['--from', '1.11.2026', '--data-dir', dir], { out: () => undefined, err: () => undefined })).rejects.toThrow(/YYYY-MM-DD/);
  });
});
