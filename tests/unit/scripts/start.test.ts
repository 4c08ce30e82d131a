import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src-main/content/contentLocations';

const root = projectRoot(import.meta.url);

/** Runs `npm start -- <args>` to its end; these cases all end before any runtime starts. */
function start(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [path.join(root, 'scripts', 'start.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    // Points at a folder without Electron, so the outcome is the same on machines that do have the runtime.
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: path.join(root, 'tests', 'no-electron-here'), ...env },
    timeout: 120_000,
  });
}

describe('npm start without an Electron runtime', () => {
  it('with --electron: explains what is missing and the ways out, exits non-zero, prints no stack trace', () => {
    const result = start(['--electron']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Die Electron-Laufzeit fehlt');
    expect(result.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(result.stderr).toContain('Chromium, Chrome oder Edge installieren');
    expect(result.stderr).toContain('npm run preview');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stdout).not.toContain('Browser-Route');
  });

  it('with KIOSK_BROWSER naming no program: the same ways out, and which variable is wrong', () => {
    const missing = path.join(root, 'tests', 'no-browser-here', 'chromium');
    const result = start([], { KIOSK_BROWSER: missing });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Die Electron-Laufzeit fehlt');
    expect(result.stderr).toContain(`KIOSK_BROWSER nennt „${missing}“, dort ist aber kein Programm.`);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('refuses contradicting switches in German before building anything', () => {
    const result = start(['--browser', '--electron']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('„--browser“ und „--electron“ schließen sich aus.');
  });
});
