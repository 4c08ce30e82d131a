import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { kioskBrowserArgs } from '../../../src-main/browserRoute/browserFlags';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/content/contentSecurityPolicy';
import { superviseBrowser, type BrowserSupervisor } from '../../../src-main/browserRoute/browserSupervisor';
import { makeTempDir } from '../../support/tempDir';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A page that renders, then blocks its main thread for good: a hung renderer, as a busy loop makes one. */
const HANGING_PAGE = `<!doctype html><div id="app"><h1 data-testid="exhibition-title">Hängt</h1></div>
<script>setTimeout(() => { for (;;) {} }, 300);</script>`;

describe.skipIf(!existsSync(CHROMIUM))('browser supervisor (real Chromium, headless)', () => {
  let supervisor: BrowserSupervisor | undefined;
  let server: Server | undefined;
  afterEach(async () => {
    await supervisor?.stop();
    server?.close();
  });

  /**
   * A local page server (answering with `handle`), a temp folder and a log that keeps its lines: the set-up every
   * test shares. Returns the options a supervisor of real headless Chromium needs for them.
   */
  async function setUp(handle: Parameters<typeof createServer>[1]) {
    server = createServer(handle);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const temp = await makeTempDir('kiosk-supervisor-');
    const lines: string[] = [];
    const log = { info: (line: string) => lines.push(line), warn: (line: string) => lines.push(line), error: (line: string) => lines.push(line) };
    const relaunchHistoryFile = path.join(temp.dir, 'relaunches.json');
    const options = {
      executable: CHROMIUM,
      args: kioskBrowserArgs({ url, profileDir: path.join(temp.dir, 'profile'), kind: 'chromium', headless: true, runningAsRoot: process.getuid?.() === 0 }),
      startUrl: url,
      log,
      relaunches: [] as number[],
      relaunchHistoryFile,
    };
    return { temp, lines, relaunchHistoryFile, options };
  }

  it('reloads a hung page, restarts the browser when reloads do not help, and counts the restart', async () => {
    const { temp, lines, relaunchHistoryFile, options } = await setUp((_request, response) =>
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(HANGING_PAGE),
    );
    supervisor = superviseBrowser({ ...options, heartbeatMs: 250, hangGraceMs: 1_000 });
    const firstPid = supervisor.pid();

    // Three hangs within the window are answered with a reload each, the fourth with a new browser.
    await expect.poll(() => lines.filter((line) => line.includes('Neustart des Browsers')).length, { timeout: 40_000, interval: 250 }).toBe(1);
    const failures = lines.filter((line) => line.startsWith('Seite ausgefallen (Seite reagiert nicht'));
    expect(failures.map((line) => line.split('→ ')[1])).toEqual(['reload', 'reload', 'reload', 'relaunch']);
    await expect.poll(() => supervisor?.pid(), { timeout: 10_000 }).not.toBe(undefined);
    expect(supervisor.pid()).not.toBe(firstPid);
    expect(JSON.parse(readFileSync(relaunchHistoryFile, 'utf8'))).toHaveLength(1);

    await supervisor.stop();
    expect(supervisor.pid()).toBe(undefined);
    await temp.cleanup();
  }, 60_000);

  it('gives up a version that keeps hanging the page once the relaunch budget is spent, and shows the fallback', async () => {
    // The host serves the hanging page until the fallback switches it to good content, as the runtime's
    // crashFallback switches the shown version; the relaunch budget is already spent by earlier processes.
    let shown: 'bad' | 'good' = 'bad';
    const GOOD_PAGE = '<!doctype html><div id="app"><h1 data-testid="exhibition-title">Vorherige Version</h1></div>';
    const { temp, lines, relaunchHistoryFile, options } = await setUp((_request, response) =>
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(shown === 'bad' ? HANGING_PAGE : GOOD_PAGE),
    );
    const start = Date.now();
    const budgetSpent = [50, 40, 30, 20, 10].map((minutes) => start - minutes * 60_000);
    let lastAt: number | null = null;
    const fallBacks: string[] = [];
    supervisor = superviseBrowser({
      ...options,
      relaunches: budgetSpent,
      heartbeatMs: 250,
      hangGraceMs: 1_000,
      fallback: {
        state: () => ({ possible: shown === 'bad', lastAt }),
        fallBack: async (reason, at) => {
          fallBacks.push(reason);
          lastAt = at;
          shown = 'good';
        },
      },
    });
    const firstPid = supervisor.pid();

    // Three hangs are reloaded; the fourth would back off for 5 minutes, but a library version is shown: fallback.
    await expect.poll(() => lines.some((line) => line.startsWith('Die Ausstellung ist zu sehen: „Vorherige Version“')), { timeout: 45_000, interval: 250 }).toBe(true);
    const failures = lines.filter((line) => line.startsWith('Seite ausgefallen (Seite reagiert nicht'));
    expect(failures.map((line) => line.split('→ ')[1])).toEqual(['reload', 'reload', 'reload', 'fallback']);
    expect(fallBacks).toHaveLength(1);
    expect(lines.some((line) => line.startsWith('Zu viele Neustarts'))).toBe(false);
    // A fresh browser shows the fallback; the budget was not charged for it (nothing written to the history).
    expect(supervisor.pid()).not.toBe(firstPid);
    expect(existsSync(relaunchHistoryFile)).toBe(false);

    // The good content stays: no further failure within a few heartbeats.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(lines.filter((line) => line.startsWith('Seite ausgefallen'))).toHaveLength(4);
    await supervisor.stop();
    await temp.cleanup();
  }, 70_000);

  it('hides the pointer under the kiosk’s Content-Security-Policy, as Electron’s hideCursor does', async () => {
    // The page reports its computed cursor to the server, so the check reads the real page, not the supervisor.
    const reported: string[] = [];
    const { temp, options } = await setUp((request, response) => {
      const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY };
      if (request.url?.startsWith('/report?')) {
        reported.push(new URL(request.url, 'http://x').searchParams.get('cursor') ?? '');
        return void response.writeHead(204, headers).end();
      }
      if (request.url === '/probe.js') {
        return void response
          .writeHead(200, { ...headers, 'Content-Type': 'text/javascript' })
          .end("setInterval(() => fetch('/report?cursor=' + getComputedStyle(document.body).cursor), 200);");
      }
      response.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><body style="cursor: pointer"><div id="app"><p>Kiosk</p></div><script src="/probe.js"></script>');
    });
    supervisor = superviseBrowser({ ...options, heartbeatMs: 250, hideCursor: true });
    await expect.poll(() => reported.at(-1), { timeout: 20_000, interval: 250 }).toBe('none');
    await supervisor.stop();
    await temp.cleanup();
  }, 40_000);
});
