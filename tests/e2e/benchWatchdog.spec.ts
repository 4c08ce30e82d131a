import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { HUNG_RUN, measureRun } from '../../scripts/bench/measureRun';

/**
 * The bench's guard against a run that never ends (scripts/bench/measureRun.ts): a page that shows its content and
 * then blocks its main thread for good (here at the first touch) makes every later browser call wait; the run must
 * be cut off with a clear message and the browser stay usable for the next run.
 */
test.describe('bench: a hung run is cut off', () => {
  let server: Server;
  let origin: string;
  test.beforeAll(async () => {
    server = createServer((request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const hang = request.url === '/hang';
      // The hanging page blocks at the first touch of the gesture sequence, after the bench has read its first
      // render. (It used to block 300 ms after load; on a busy machine that came before the bench had looked, and
      // the run ended as „no first render“ instead of „hung“.)
      const block = "const block = () => { for (;;) {} }; addEventListener('touchstart', block); addEventListener('wheel', block);";
      response.end(`<!doctype html><div id="content" style="width:100vw;height:100vh">Inhalt</div>
<script>window.__viewState = () => 'still';${hang ? ` ${block}` : ''}</script>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('a page that blocks for good ends the run after the limit; the next run in the same browser works', async ({ browser }) => {
    test.setTimeout(60_000);
    const options = { loadTimeoutMs: 5000, settleMs: 50, sequenceTimeoutMs: 2000, hangSlackMs: 3000 };
    const target = (path: string) => ({ id: 'floor' as const, label: path, url: `${origin}${path}`, contentSelector: '#content', gestureSelector: '#content' });
    const started = Date.now();
    const error = await measureRun(browser, target('/hang'), options).then(
      () => undefined,
      (reason: Error) => reason,
    );
    expect(error?.message).toMatch(new RegExp(`^${HUNG_RUN}: Lauf nach 10 s abgebrochen`));
    expect(Date.now() - started).toBeLessThan(25_000);
    // The browser is not left tracing or stuck: a normal page is measured right after. It ignores the gestures, and
    // the short sequence limit leaves the later ones out.
    const result = await measureRun(browser, target('/ok'), options);
    expect(result.firstRenderMs).toBeGreaterThan(0);
    expect(result.frames.count).toBeGreaterThan(10);
    expect(result.gestures[0]).toMatchObject({ ran: true, moved: false });
    expect(result.gestures.some((gesture) => gesture.moved)).toBe(false);
  });
});
