import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src-main/content/contentLocations';

const root = projectRoot(import.meta.url);

describe('npm start without an Electron runtime', () => {
  it('explains what is missing and the ways out, exits non-zero, prints no stack trace', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'start.mjs')], {
      cwd: root,
      encoding: 'utf8',
      // Points at a folder without Electron, so the outcome is the same on machines that do have the runtime.
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: path.join(root, 'tests', 'no-electron-here') },
      timeout: 120_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Die Electron-Laufzeit fehlt');
    expect(result.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(result.stderr).toContain('npm run preview');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
