import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateBundle } from '../../../src-main/content/validation/validateBundle';
import { startViews } from '../../../src-shared/bundleSchema';
import { validManifest, writeValidBundle } from '../../support/bundleBuilder';
import { makeTempDir } from '../../support/tempDir';

/** The manifest's optional `startView` (issue 12): the view a kiosk opens with, checked like every other field. */
describe('manifest startView', () => {
  let root: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ dir: root, cleanup } = await makeTempDir('kiosk-start-view-')));
  afterAll(() => cleanup());

  const cases = [
    { name: 'absent', startView: undefined, ok: true },
    ...startViews.map((view) => ({ name: view, startView: view as string, ok: true })),
    { name: 'German word instead of the value', startView: 'Partner', ok: false },
  ];
  for (const [index, { name, startView, ok }] of cases.entries()) {
    it(`${name} → ${ok ? 'valid' : 'German error naming the field and the allowed values'}`, async () => {
      const dir = path.join(root, `b${index}`);
      await writeValidBundle(dir, { ...validManifest(), ...(startView === undefined ? {} : { startView }) });
      const report = await validateBundle(dir);
      await report.dispose();
      expect(report.ok).toBe(ok);
      if (ok) expect(report.manifest?.startView).toBe(startView);
      else {
        const problem = report.problems.find((item) => item.field === 'startView');
        expect(problem?.message.de).toMatch(/partners/);
      }
    });
  }
});
