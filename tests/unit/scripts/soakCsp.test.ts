import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EVAL_REPORT, kioskCspViolations, rendererFilesWithEval } from '../../../scripts/soakCsp';

describe('kioskCspViolations', () => {
  let assets: string;
  beforeEach(async () => {
    assets = await mkdtemp(path.join(tmpdir(), 'soak-csp-'));
    await writeFile(path.join(assets, 'index-abc.js'), 'const a = retrieval(1); obj.eval(2); export { a };');
  });
  afterEach(() => rm(assets, { recursive: true, force: true }));

  it('sets the test tool’s eval report aside when the built renderer has no eval of its own', () => {
    expect(rendererFilesWithEval(assets)).toEqual([]);
    expect(kioskCspViolations([EVAL_REPORT, 'img-src https://example.org'], assets)).toEqual(['img-src https://example.org']);
  });

  it.each([['eval("1")'], ['new Function("return 1")']])('keeps it when the renderer itself calls %s', async (code) => {
    await writeFile(path.join(assets, 'chunk-x.js'), `x = ${code};`);
    expect(rendererFilesWithEval(assets)).toEqual(['chunk-x.js']);
    expect(kioskCspViolations([EVAL_REPORT], assets)).toEqual([EVAL_REPORT]);
  });
});
