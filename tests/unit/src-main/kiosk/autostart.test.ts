import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { autostartPlan, desktopEntry, desktopExecQuote, DESKTOP_FILE, FIRST_RUN_FILE, firstRunAutostart } from '../../../../src-main/kiosk/autostart';
import { makeTempDir } from '../../../support/tempDir';

describe('start at login (first-run step)', () => {
  const plans = [
    { name: 'Windows: login item', platform: 'win32', env: {}, expected: { kind: 'login-item' } },
    { name: 'Linux under systemd: the unit starts it', platform: 'linux', env: { INVOCATION_ID: 'abc' }, expected: { kind: 'none', reason: 'vom systemd-Dienst gestartet' } },
    { name: 'Linux: XDG autostart entry', platform: 'linux', env: {}, file: '/home/kiosk/.config/autostart/partnerschaftskiosk.desktop', exec: '/opt/Partnerschaftskiosk/partnerschaftskiosk' },
    { name: 'Linux AppImage: the image, not its mount', platform: 'linux', env: { APPIMAGE: '/home/kiosk/Kiosk.AppImage', XDG_CONFIG_HOME: '/cfg' }, file: '/cfg/autostart/partnerschaftskiosk.desktop', exec: '/home/kiosk/Kiosk.AppImage' },
  ] as const;
  for (const plan of plans) {
    it(plan.name, () => {
      const result = autostartPlan(plan.platform, plan.env, '/opt/Partnerschaftskiosk/partnerschaftskiosk', '/home/kiosk');
      if ('expected' in plan) expect(result).toEqual(plan.expected);
      else expect(result).toEqual({ kind: 'xdg', file: plan.file, text: desktopEntry(plan.exec) });
    });
  }

  const quoting = [
    { file: '/opt/Partnerschaftskiosk/partnerschaftskiosk', expected: '"/opt/Partnerschaftskiosk/partnerschaftskiosk"' },
    { file: '/home/kiosk/Mein Kiosk/k.AppImage', expected: '"/home/kiosk/Mein Kiosk/k.AppImage"' },
    { file: '/opt/$x/"k"', expected: '"/opt/\\\\$x/\\\\"k\\\\""' },
  ];
  for (const { file, expected } of quoting) {
    it(`quotes ${file} for Exec=`, () => expect(desktopExecQuote(file)).toBe(expected));
  }

  describe('once per data folder', () => {
    let dir: string;
    let cleanup: () => Promise<void>;
    beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
    afterEach(async () => cleanup());

    it('sets the login item once, never again (IT may switch it off)', async () => {
      let calls = 0;
      const data = path.join(dir, 'data');
      expect(await firstRunAutostart(data, { kind: 'login-item' }, () => (calls += 1), () => 0)).toBe('Autostart: als Anmeldeelement eingetragen.');
      expect(await firstRunAutostart(data, { kind: 'login-item' }, () => (calls += 1))).toBeUndefined();
      expect(calls).toBe(1);
      expect(JSON.parse(await readFile(path.join(data, FIRST_RUN_FILE), 'utf8'))).toEqual({ at: '1970-01-01T00:00:00.000Z', autostart: 'Autostart: als Anmeldeelement eingetragen.' });
    });

    it('writes the XDG entry, and leaves one the IT department wrote alone', async () => {
      const plan = autostartPlan('linux', { XDG_CONFIG_HOME: path.join(dir, 'cfg') }, '/opt/k/partnerschaftskiosk');
      if (plan.kind !== 'xdg') throw new Error('expected an xdg plan');
      await firstRunAutostart(path.join(dir, 'a'), plan, () => {});
      expect(await readFile(path.join(dir, 'cfg', 'autostart', DESKTOP_FILE), 'utf8')).toContain('Exec="/opt/k/partnerschaftskiosk"');
      await writeFile(plan.file, '[Desktop Entry]\nHidden=true\n');
      await firstRunAutostart(path.join(dir, 'b'), plan, () => {});
      expect(await readFile(plan.file, 'utf8')).toBe('[Desktop Entry]\nHidden=true\n');
    });

    it('records why nothing was set up', async () => {
      await mkdir(path.join(dir, 'data'));
      expect(await firstRunAutostart(path.join(dir, 'data'), { kind: 'none', reason: 'vom systemd-Dienst gestartet' }, () => {})).toBe(
        'Autostart: nicht eingerichtet (vom systemd-Dienst gestartet).',
      );
    });
  });
});
