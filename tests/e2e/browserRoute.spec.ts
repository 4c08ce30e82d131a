import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CHROMIUM_PATH } from '../../playwright.config';
import { makeTempDir } from '../support/tempDir';

/**
 * `npm start -- --browser` end to end with Debian's Chromium, headless (no display here): the exhibition renders
 * in the browser the route launched, a killed browser comes back, and stopping leaves no process behind.
 */

/** Every process below `root` (pid → command line), read from /proc. */
function descendants(root: number): Map<number, string> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name in field 2 may hold spaces and parentheses; the fields after its last ')' are plain.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const found = new Map<number, string>();
  const visit = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      found.set(child, commandLine(child));
      visit(child);
    }
  };
  visit(root);
  return found;
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
  } catch {
    return '';
  }
}

/** True while `pid` exists and is not a zombie waiting to be reaped. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Resolves with the first match of `pattern` in the output from now on. */
function waitForLine(output: { text: string }, pattern: RegExp, from: number, timeoutMs: number): Promise<RegExpMatchArray> {
  return expect
    .poll(() => output.text.slice(from).match(pattern) !== null, { timeout: timeoutMs, intervals: [250] })
    .toBe(true)
    .then(() => output.text.slice(from).match(pattern) as RegExpMatchArray);
}

/** Status of a GET with the given Host header, or `refused` when nothing listens. */
function get(url: string, host?: string): Promise<number | 'refused'> {
  return new Promise((resolve) => {
    const target = new URL(url);
    const request = httpRequest(
      { hostname: target.hostname, port: target.port, path: '/', headers: host ? { host } : {} },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on('error', () => resolve('refused'));
    request.end();
  });
}

test.describe('npm start: the browser route', () => {
  test.skip(!existsSync(CHROMIUM_PATH), `no Chromium at ${CHROMIUM_PATH}`);
  test.skip(process.platform !== 'linux', 'the process checks read /proc');

  let start: ChildProcess | undefined;
  test.afterEach(() => {
    // Only if an assertion failed half-way: the route must not outlive the test.
    if (start?.exitCode === null) start.kill('SIGKILL');
  });

  test('shows the exhibition, brings a killed browser back, and stops leaving nothing behind', async () => {
    test.setTimeout(240_000);
    const temp = await makeTempDir('kiosk-browser-route-');
    const dataDir = path.join(temp.dir, 'data');
    const output = { text: '' };
    start = spawn('npm', ['start', '--', '--browser', '--headless'], {
      cwd: process.cwd(),
      env: { ...process.env, KIOSK_DATA_DIR: dataDir, KIOSK_BROWSER: CHROMIUM_PATH },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const npm = start;
    npm.stdout?.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
    npm.stderr?.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
    const exited = new Promise<string>((resolve) => npm.once('exit', (code, signal) => resolve(signal ?? String(code))));

    // One clear line saying which route runs and why, then the page as the launched browser renders it.
    await waitForLine(output, /^Browser-Route auf Wunsch: .*chromium unsichtbar \(headless\)\. \/ Browser route as asked/m, 0, 90_000);
    const [, url] = await waitForLine(output, /kiosk host running: (http:\/\/127\.0\.0\.1:\d+\/)/, 0, 30_000);
    const showing = /Die Ausstellung ist zu sehen: „50 Jahre – 50 Bilder“ \(Browser-PID (\d+)\)/;
    const first = await waitForLine(output, showing, 0, 60_000);
    const firstPid = Number(first[1]);
    expect(commandLine(firstPid)).toContain(`--user-data-dir=${path.join(dataDir, 'browser-profile')}`);
    expect(commandLine(firstPid)).toContain('--remote-debugging-pipe');

    // The host answers its own name only (DNS rebinding guard), and serves the kiosk API as in the preview.
    expect(await get(url!)).toBe(200);
    expect(await get(url!, 'attacker.example:80')).toBe(421);
    const info = await fetch(new URL('api/getKioskInfo', url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[]' });
    expect(((await info.json()) as { host: string }).host).toBe('preview');

    // A second start with the same data folder is refused instead of fighting over the browser profile.
    const again = spawnSync(process.execPath, ['scripts/start.mjs', '--browser', '--headless'], {
      env: { ...process.env, KIOSK_DATA_DIR: dataDir, KIOSK_BROWSER: CHROMIUM_PATH },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`Mit dem Datenordner ${dataDir} läuft schon ein Kiosk`);

    const seen = descendants(npm.pid!);
    expect([...seen.keys()]).toContain(firstPid);

    // A browser that dies is started again, within the relaunch budget shared with the Electron route.
    const mark = output.text.length;
    process.kill(firstPid, 'SIGKILL');
    await waitForLine(output, /Der Browser wurde beendet \(Signal SIGKILL\) → relaunch/, mark, 15_000);
    const second = await waitForLine(output, showing, mark, 60_000);
    const secondPid = Number(second[1]);
    expect(secondPid).not.toBe(firstPid);
    expect(alive(firstPid)).toBe(false);
    const history = JSON.parse(readFileSync(path.join(dataDir, 'relaunches.json'), 'utf8')) as number[];
    expect(history).toHaveLength(1);

    for (const [pid, command] of descendants(npm.pid!)) seen.set(pid, command);
    expect([...seen.values()].filter((command) => command.includes('--type=renderer')).length).toBeGreaterThan(0);

    // Stopping ends browser, host and runtime: no process of the route is left, and nothing listens any more.
    // npm hands the signal on to `node scripts/start.mjs` and ends by the same signal itself.
    npm.kill('SIGTERM');
    expect(await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), 20_000))])).toMatch(/^(0|SIGTERM)$/);
    await expect.poll(() => [...seen.keys()].filter(alive).map((pid) => `${pid} ${seen.get(pid)}`), { timeout: 10_000 }).toEqual([]);
    expect(await get(url!)).toBe('refused');
    expect(output.text).toContain('Kiosk wird beendet / stopping');
    await temp.cleanup();
  });
});

test('the page blocks what the browser route cannot block at the window: context menu, dragging out, page zoom', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('exhibition-title')).toBeVisible();
  // A string, because the test's TypeScript has no DOM types; it runs in the page.
  const prevented = await page.evaluate(`(() => {
    const dispatch = (event) => (document.body.dispatchEvent(event), event.defaultPrevented);
    const init = { bubbles: true, cancelable: true };
    return {
      contextmenu: dispatch(new MouseEvent('contextmenu', init)),
      dragstart: dispatch(new MouseEvent('dragstart', init)),
      ctrlWheel: dispatch(new WheelEvent('wheel', { ...init, ctrlKey: true, deltaY: -100 })),
      plainWheel: dispatch(new WheelEvent('wheel', { ...init, deltaY: -100 })),
      ctrlPlus: dispatch(new KeyboardEvent('keydown', { ...init, key: '+', ctrlKey: true })),
      tab: dispatch(new KeyboardEvent('keydown', { ...init, key: 'Tab' })),
    };
  })()`);
  expect(prevented).toEqual({ contextmenu: true, dragstart: true, ctrlWheel: true, plainWheel: false, ctrlPlus: true, tab: false });
});
