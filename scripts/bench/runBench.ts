/**
 * `npm run bench [-- --sizes 50,500,5000,50000 --runs 3 --peers kiosk,vis-timeline,timelinejs3 --budget-min 13]`
 *
 * Issue 7's benchmark: the kiosk renderer against vis-timeline and TimelineJS3 on the same generated stress
 * bundles, in Debian Chromium, in one run. Writes bench-results/latest.json and latest.md and replaces the
 * table between the markers in docs/benchmark.md. Exits 1 when a request left 127.0.0.1 or the kiosk could not
 * be measured; timings are reported, never asserted.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { projectRoot } from '../../src-main/content/contentLocations';
import { DEFAULT_BUNDLE_DIR, DEFAULT_PHOTO_CACHE, generateStressBundle, type StressBundleResult } from '../generate-stress-bundle';
import { MAX_MANIFEST_BYTES } from '../../src-main/content/validation/limits';
import { type BenchCell, type BenchResults, cellMedian, type PeerId } from './benchResults';
import { median } from './stats';
import { measureDerivatives } from './derivativeThroughput';
import { GESTURE_SEQUENCE } from './gestures';
import { startKioskHost, type KioskHost } from './kioskHost';
import { HUNG_RUN, launchBenchBrowser, measureRun, measureWarmFirstRender, type PeerTarget, type RunResult, warmUp } from './measureRun';
import { startPeerServer } from './peerServer';
import { renderMarkdown } from './report';

const PEERS: readonly PeerId[] = ['kiosk', 'vis-timeline', 'timelinejs3', 'floor'];
const LABELS: Record<PeerId, string> = {
  kiosk: 'Kiosk',
  'vis-timeline': 'vis-timeline 8.5.4',
  timelinejs3: 'TimelineJS3 3.9.11',
  floor: 'Untergrenze: 1 Ebene / floor: 1 layer',
};
/**
 * The floor page shows no events, so its figures do not depend on the size: it runs beside the default bundle and
 * beside the size the frame target speaks of, under the same load as the kiosk.
 */
const FLOOR_SIZES: ReadonlySet<number | 'default'> = new Set(['default', 5000]);
/** TimelineJS3 builds one slide and one marker per event; above this it takes minutes (see issue 7). */
const TIMELINEJS_MAX_EVENTS = 5000;
const SEED = 1973;
const PARTNERS = 8;
const PHOTOS = 6;
/** Stress bundles up to this many events give every event an image entry of its own. */
const IMAGE_PER_EVENT_UP_TO = 5000;
const SETTLE_MS = 500;
/** Longest unmeasured warm-up load per peer and size, ms. */
const WARM_UP_MS = 10_000;
/** The gesture sequence takes ≈ 10 s where frames come in time; a peer far slower is cut off here. */
const SEQUENCE_TIMEOUT_MS = 30_000;
const DOCS_START = '<!-- bench:latest:start -->';
const DOCS_END = '<!-- bench:latest:end -->';

const root = projectRoot(import.meta.url);
const started = Date.now();
const clock = () => {
  const seconds = Math.round((Date.now() - started) / 1000);
  return `[${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}]`;
};
const progress = (message: string) => console.log(`${clock()} ${message}`);

function targetFor(peer: PeerId, kioskUrl: string, peerOrigin: string): PeerTarget {
  switch (peer) {
    case 'kiosk':
      return { id: peer, label: LABELS[peer], url: kioskUrl, contentSelector: '[data-mark-key]', gestureSelector: '[data-testid="timeline-surface"]' };
    case 'vis-timeline':
      return { id: peer, label: LABELS[peer], url: `${peerOrigin}/vis/`, contentSelector: '.vis-item', gestureSelector: '.vis-panel.vis-center' };
    case 'timelinejs3':
      return { id: peer, label: LABELS[peer], url: `${peerOrigin}/tl3/`, contentSelector: '.tl-timemarker', gestureSelector: '.tl-timenav' };
    case 'floor':
      return { id: peer, label: LABELS[peer], url: `${peerOrigin}/floor/`, contentSelector: '#world', gestureSelector: '#tl' };
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '50,500,5000,50000' },
      runs: { type: 'string', default: '3' },
      peers: { type: 'string', default: PEERS.join(',') },
      'budget-min': { type: 'string', default: '13' },
      'load-timeout-s': { type: 'string', default: '30' },
      out: { type: 'string', default: 'bench-results' },
      // Writes latest.md and the docs table again from latest.json, measuring nothing: after a change to the report.
      'report-only': { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  const runs = Number(values.runs);
  const peers = values.peers.split(',').filter((peer): peer is PeerId => (PEERS as readonly string[]).includes(peer));
  const budgetMs = Number(values['budget-min']) * 60_000;
  const loadTimeoutMs = Number(values['load-timeout-s']) * 1000;
  const outDir = path.resolve(root, values.out);
  if (values['report-only']) {
    const saved = JSON.parse(await readFile(path.join(outDir, 'latest.json'), 'utf8')) as BenchResults;
    const markdown = renderMarkdown(saved);
    await writeFile(path.join(outDir, 'latest.md'), markdown);
    await updateDocs(path.join(root, 'docs', 'benchmark.md'), markdown);
    progress(`neu geschrieben aus / rewritten from ${path.relative(root, outDir)}/latest.json: latest.md, docs/benchmark.md`);
    return 0;
  }
  const notes: string[] = [];
  if (!existsSync(path.join(root, 'out', 'renderer', 'index.html'))) throw new Error('out/renderer fehlt – bitte „npm run build“.');

  progress(`Stresspakete / stress bundles: ${sizes.join(', ')} Ereignisse, ${PHOTOS} Fotos (Cache ${DEFAULT_PHOTO_CACHE})`);
  const bundles = new Map<number, StressBundleResult>();
  for (const size of [...new Set([50, ...sizes])]) {
    bundles.set(
      size,
      // Up to 5,000 events, each event has an image entry of its own, as in the product decision behind the 8 MiB
      // manifest limit; 50,000 such entries would only measure the limit, so they share the photos' entries.
      await generateStressBundle({
        events: size,
        partners: PARTNERS,
        photos: PHOTOS,
        seed: SEED,
        imagePerEvent: size <= IMAGE_PER_EVENT_UP_TO,
        folder: path.join(DEFAULT_BUNDLE_DIR, `stress-${size}`),
        onProgress: progress,
      }),
    );
  }
  const photoMB = ((bundles.get(50) as StressBundleResult).photoBytes / PHOTOS) / 1e6;

  const browser: Browser = await launchBenchBrowser();
  const peerServer = await startPeerServer(root);
  const cells: BenchCell[] = [];
  const offHost: string[] = [];
  const loadStart = os.loadavg()[0] ?? 0;
  let warmFirstRender: BenchResults['warmFirstRender'];

  const measureCell = async (cellsHere: BenchCell[], targets: Map<PeerId, PeerTarget>, loadTimeoutMs: number) => {
    // A peer that failed or hit the cap once is not retried at this size: that would only spend the budget.
    const stopped = new Map<BenchCell, 'skipped' | 'failed'>();
    // One unmeasured load per peer first (see warmUp), at most WARM_UP_MS each.
    for (const entry of cellsHere) await warmUp(browser, targets.get(entry.peer) as PeerTarget, Math.min(loadTimeoutMs, WARM_UP_MS));
    for (let run = 1; run <= runs; run += 1) {
      // Runs are interleaved across peers so that a burst of load from other processes hits all of them alike.
      for (const entry of cellsHere) {
        if (stopped.has(entry)) continue;
        if (Date.now() - started > budgetMs) {
          entry.note = `Zeitbudget erschöpft nach ${entry.runs.length} Läufen / time budget used up after ${entry.runs.length} runs`;
          stopped.set(entry, 'skipped');
          continue;
        }
        try {
          const result: RunResult = await measureRun(browser, targets.get(entry.peer) as PeerTarget, { loadTimeoutMs, settleMs: SETTLE_MS, sequenceTimeoutMs: SEQUENCE_TIMEOUT_MS });
          entry.runs.push(result);
          offHost.push(...result.offHost);
          const moved = result.gestures.map((gesture) => (!gesture.ran ? '·' : gesture.moved ? '✓' : '✗')).join('');
          progress(
            `${String(entry.size).padStart(7)} ${entry.peerLabel.padEnd(19)} Lauf ${run}/${runs}: erstes Bild ${result.firstRenderMs.toFixed(0)} ms, ` +
              `Frame p95 ${result.frames.p95?.toFixed(1)} ms, Arbeit/Frame p95 ${result.work.p95?.toFixed(1)} ms, Heap ${result.afterSequence.heapMB.toFixed(1)} MB, ` +
              `DOM ${result.afterSequence.domElements}, bewegt ${moved}`,
          );
        } catch (error) {
          const message = (error as Error).message.split('\n')[0] ?? '';
          progress(`${String(entry.size).padStart(7)} ${entry.peerLabel} Lauf ${run}: ${message}`);
          if (message.startsWith(HUNG_RUN)) {
            // One hung run says nothing about the peer: the others still count, the note says one is missing.
            entry.note = `${message} (Lauf ${run} / run ${run})`;
            continue;
          }
          const timedOut = /timeout/i.test(message);
          entry.note = timedOut ? `kein erstes Bild innerhalb ${loadTimeoutMs / 1000} s / no first render within ${loadTimeoutMs / 1000} s` : message;
          stopped.set(entry, timedOut ? 'skipped' : 'failed');
        }
      }
    }
    for (const entry of cellsHere) {
      if (entry.runs.length > 0) {
        entry.median = cellMedian(entry.runs);
        if (stopped.has(entry)) entry.note = `${entry.note ?? ''} – Median aus ${entry.runs.length} Läufen / median of ${entry.runs.length} runs`;
      } else {
        entry.status = stopped.get(entry) ?? 'failed';
      }
      cells.push(entry);
    }
  };

  try {
    if (peers.includes('kiosk')) {
      progress('Kiosk mit dem Standardpaket / kiosk with the default bundle');
      const host = await startKioskHost(root, undefined);
      try {
        const entry: BenchCell = { peer: 'kiosk', peerLabel: LABELS.kiosk, size: 'default', status: 'ok', runs: [] };
        const target = targetFor('kiosk', host.url, peerServer.origin);
        const cellsHere = [entry];
        const targets = new Map<PeerId, PeerTarget>([['kiosk', target]]);
        if (peers.includes('floor')) {
          cellsHere.push({ peer: 'floor', peerLabel: LABELS.floor, size: 'default', status: 'ok', runs: [] });
          targets.set('floor', targetFor('floor', '', peerServer.origin));
        }
        await measureCell(cellsHere, targets, loadTimeoutMs);
        const warm: number[] = [];
        for (let run = 1; run <= runs; run += 1) warm.push(await measureWarmFirstRender(browser, target, loadTimeoutMs));
        warmFirstRender = { runsMs: warm, medianMs: median(warm) ?? Number.NaN };
        progress(`default Kiosk, warmer Cache / warm cache: erstes Bild ${warm.map((ms) => ms.toFixed(0)).join(', ')} ms`);
      } finally {
        await host.close();
      }
    }
    // The sizes the targets speak of come first, so a run cut short by its time budget still has them.
    const order = [...sizes].sort((a, b) => measureRank(a) - measureRank(b));
    for (const size of order) {
      const bundle = bundles.get(size) as StressBundleResult;
      peerServer.setContent(bundle, bundle.folder);
      const oversize = bundle.manifestBytes > MAX_MANIFEST_BYTES;
      const limitKiB = MAX_MANIFEST_BYTES / 1024;
      if (oversize) {
        notes.push(
          `${size.toLocaleString('de-DE')} Ereignisse: das Manifest ist ${Math.round(bundle.manifestBytes / 1024)} KiB groß, über der Grenze von ${limitKiB} KiB ` +
            '(MAX_MANIFEST_BYTES); `npm run content -- check` und `loadBundle` lehnen es ab. Der Kiosk wurde trotzdem gemessen: der Bench startet ' +
            'auf einem kleinen Paket und setzt das große Manifest über `Showing.show` ein (Schema geprüft, Größengrenze umgangen). / ' +
            `${size} events: the manifest exceeds the ${limitKiB} KiB limit; the kiosk was measured through a bench-only swap.`,
        );
      }
      let host: KioskHost | undefined;
      const targets = new Map<PeerId, PeerTarget>();
      const cellsHere: BenchCell[] = [];
      for (const peer of peers) {
        if (peer === 'floor' && !FLOOR_SIZES.has(size)) continue;
        const entry: BenchCell = { peer, peerLabel: LABELS[peer], size, status: 'ok', runs: [] };
        if (peer === 'timelinejs3' && size > TIMELINEJS_MAX_EVENTS) {
          entry.status = 'skipped';
          entry.note = `über ${TIMELINEJS_MAX_EVENTS.toLocaleString('de-DE')} Ereignissen nicht gemessen (schon 5.000 brauchen ≈ 10 s bis zum ersten Bild) / not run above 5,000`;
          cells.push(entry);
          continue;
        }
        if (peer === 'kiosk') {
          host = await startKioskHost(root, bundle.folder, oversize ? { oversize: { startDir: (bundles.get(50) as StressBundleResult).folder } } : {});
        }
        targets.set(peer, targetFor(peer, host?.url ?? '', peerServer.origin));
        cellsHere.push(entry);
      }
      try {
        progress(`— ${size.toLocaleString('de-DE')} Ereignisse / events —`);
        await measureCell(cellsHere, targets, size >= 50_000 ? loadTimeoutMs * 1.5 : loadTimeoutMs);
      } finally {
        await host?.close();
      }
    }
  } finally {
    await peerServer.close();
  }
  const chromiumVersion = browser.version();
  await browser.close();

  progress('Ableitungen / derivative throughput');
  const derivatives = await measureDerivatives((bundles.get(50) as StressBundleResult).folder, progress);

  const cpus = os.cpus();
  const results: BenchResults = {
    date: new Date(started).toISOString(),
    machine: {
      cpu: cpus[0]?.model.trim() ?? 'unbekannt',
      cores: cpus.length,
      memoryGB: os.totalmem() / 1e9,
      chromium: chromiumVersion,
      node: process.version,
      os: `${os.type()} ${os.release()}`,
      loadStart,
      loadEnd: os.loadavg()[0] ?? 0,
    },
    settings: { runs, seed: SEED, partners: PARTNERS, photos: PHOTOS, photoMB, gestures: GESTURE_SEQUENCE.map((gesture) => gesture.name), settleMs: SETTLE_MS },
    notes,
    cells,
    offHost: [...new Set(offHost)],
    derivatives,
    ...(warmFirstRender ? { warmFirstRender } : {}),
    durationS: (Date.now() - started) / 1000,
  };
  cells.sort((a, b) => sizeRank(a.size) - sizeRank(b.size) || PEERS.indexOf(a.peer) - PEERS.indexOf(b.peer));
  const markdown = renderMarkdown(results);
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(path.join(outDir, 'latest.md'), markdown);
  await updateDocs(path.join(root, 'docs', 'benchmark.md'), markdown);
  console.log(`\n${markdown}`);
  progress(`geschrieben / written: ${path.relative(root, outDir)}/latest.json, latest.md, docs/benchmark.md`);
  if (results.offHost.length > 0) {
    console.error(`FEHLER: ${results.offHost.length} Anfragen verließen 127.0.0.1 / requests left 127.0.0.1`);
    return 1;
  }
  return cells.some((entry) => entry.peer === 'kiosk' && entry.status === 'failed') ? 1 : 0;
}

/** Measuring order: 5,000 and 50,000 (the targets) first, then the rest from large to small. */
function measureRank(size: number): number {
  return size === 5000 ? -2 : size === 50_000 ? -1 : -size / 1e9;
}

/** Table order: the default bundle, then by number of events. */
function sizeRank(size: BenchCell['size']): number {
  return size === 'default' ? -1 : size;
}

/** Replaces the text between the bench markers in the docs; leaves the rest of the page as written. */
async function updateDocs(file: string, markdown: string): Promise<void> {
  if (!existsSync(file)) return;
  const text = await readFile(file, 'utf8');
  const start = text.indexOf(DOCS_START);
  const end = text.indexOf(DOCS_END);
  if (start < 0 || end < start) return;
  // The report's own heading becomes a sub-heading inside the docs page.
  const body = markdown.replace(/^# /, '### ').replace(/^## /gm, '#### ');
  await writeFile(file, `${text.slice(0, start + DOCS_START.length)}\n${body}\n${text.slice(end)}`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Der Benchmark ist abgebrochen / the bench failed: ${(error as Error).stack ?? String(error)}`);
    process.exit(2);
  },
);
