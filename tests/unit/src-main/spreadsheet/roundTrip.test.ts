/**
 * Export → import gives back the same manifest: on every bundle we ship (content/) and on a stress bundle from
 * scripts/generate-stress-bundle.ts. Compared are the manifests as the kiosk uses them (schema-checked, defaults
 * applied). The image decoding of the full check is covered once in importCli.test.ts.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildStressContent } from '../../../../scripts/bench/stressManifest';
import { bundleManifest } from '../../../../src-shared/bundleSchema';
import { readXlsx } from '../../../../src-main/spreadsheet/readWorkbook';
import { sheetsToManifest } from '../../../../src-main/spreadsheet/sheetsToManifest';
import { writeWorkbookFile } from '../../../../src-main/spreadsheet/writeWorkbook';
import { makeTempDir } from '../../../support/tempDir';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir('spreadsheet-roundtrip-')));
afterAll(() => cleanup());

async function roundTrip(manifest: unknown, name: string) {
  const original = bundleManifest.parse(manifest);
  const file = path.join(dir, `${name}.xlsx`);
  await writeWorkbookFile(original as unknown as Record<string, unknown>, file);
  const read = await readXlsx(file);
  if (!read.ok) throw new Error(read.problems.map((p) => p.message.de).join('\n'));
  const mapped = sheetsToManifest(read.workbook);
  return { original, mapped, again: bundleManifest.safeParse(mapped.manifest) };
}

describe('export → import gives back the same manifest', () => {
  it.each(['landkreis-harz', 'landkreis-kassel', 'siegen-wittgenstein-emek-hefer'])('content/%s', async (bundle) => {
    const manifest = parse(await readFile(path.join('content', bundle, 'bundle.yaml'), 'utf8')) as unknown;
    const { original, mapped, again } = await roundTrip(manifest, bundle);
    expect(mapped.problems).toEqual([]);
    expect(again.success).toBe(true);
    expect(again.data).toEqual(original);
    // Not vacuous: the bundle has content in every part it uses.
    expect(original.partners.length + original.events.length + original.images.length).toBeGreaterThan(10);
  });

  it('the stress bundle (1,000 events, as generate-stress-bundle.ts writes it)', async () => {
    const { manifest } = buildStressContent({ events: 1000, partners: 8, photos: 6 });
    const { original, mapped, again } = await roundTrip(manifest, 'stress');
    expect(mapped.problems).toEqual([]);
    expect(again.data).toEqual(original);
    expect(again.data?.events).toHaveLength(1000);
  });
});
