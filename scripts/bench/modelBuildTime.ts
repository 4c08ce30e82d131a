/**
 * Developer script (issue 7): how long `buildTimelineModel` takes for a stress bundle in Node, away from the
 * browser's noise. Labels are measured with a deterministic fake (9 px per character), so the numbers show the
 * model's own work; the count of `measure` calls is printed too, because in the kiosk each one is a canvas
 * `measureText`.
 *
 * `npx tsx scripts/bench/modelBuildTime.ts <bundle folder or bundle.json> [--runs 5] [--width 1920] [--height 1080]`
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bundleManifest, type BundleManifest } from '../../src-shared/bundleSchema';
import { packLanes } from '../../src-renderer/lib/timeline/laneLayout';
import { laneMetricsFor, MARK_METRICS } from '../../src-renderer/lib/timeline/surfaceMetrics';
import { buildTimelineModel, type ModelInput } from '../../src-renderer/lib/timeline/timelineModel';
import { median } from './stats';

/** Fake label width: 9 px per UTF-16 code unit, close to the kiosk's 18 px label font on average. */
const PX_PER_CHAR = 9;
/** A fixed "now" (1 May 2026, ms), so repeated runs build the same model. */
const NOW_MS = Date.UTC(2026, 4, 1);

/** One timed build: level 0 (what the first frame waits for) and all levels, in ms (wall clock and CPU). */
interface BuildTiming {
  level0Ms: number;
  allLevelsMs: number;
  level0CpuMs: number;
  allLevelsCpuMs: number;
  levelCount: number;
  measureCalls: number;
}

/** Reads and validates the manifest at `target` (a bundle folder or its bundle.json). */
async function loadManifest(target: string): Promise<BundleManifest> {
  const file = (await stat(target)).isDirectory() ? path.join(target, 'bundle.json') : target;
  return bundleManifest.parse(JSON.parse(await readFile(file, 'utf8')));
}

/** The model input the kiosk would pass for a `width`×`height` px surface, with the fake measure. */
function modelInput(manifest: BundleManifest, width: number, height: number, measure: (text: string) => number): ModelInput {
  const language = manifest.languages[0] ?? 'de';
  // Same lane sizing as the timeline component: probe the lanes, then fill the surface height.
  const probe = packLanes('', manifest.partners, language, { laneHeight: 1, groupRowHeight: 0, gap: 0 });
  const extraRows = probe.reduce((sum, lane) => sum + Math.max(0, lane.partnerIds.length - 1), 0);
  return {
    manifest,
    language,
    nowMs: NOW_MS,
    width,
    laneMetrics: laneMetricsFor(height, probe.length, extraRows),
    markMetrics: MARK_METRICS,
    measure,
    background: '#10161d',
  };
}

/**
 * CPU time of the process in ms. Printed beside the wall clock because bench machines are often shared: other
 * work inflates wall time but hardly CPU time (which does include the garbage collector's helper threads).
 */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Builds the model once and times level 0 and the warm-up of every other level. */
function timeBuild(manifest: BundleManifest, width: number, height: number): BuildTiming {
  let measureCalls = 0;
  const input = modelInput(manifest, width, height, (text) => {
    measureCalls += 1;
    return text.length * PX_PER_CHAR;
  });
  const startCpu = cpuMs();
  const start = performance.now();
  const model = buildTimelineModel(input);
  const level0Ms = performance.now() - start;
  const level0CpuMs = cpuMs() - startCpu;
  for (let z = 1; z < model.levelCount; z += 1) model.level(z);
  const allLevelsMs = performance.now() - start;
  const allLevelsCpuMs = cpuMs() - startCpu;
  return { level0Ms, allLevelsMs, level0CpuMs, allLevelsCpuMs, levelCount: model.levelCount, measureCalls };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      runs: { type: 'string', default: '5' },
      width: { type: 'string', default: '1920' },
      height: { type: 'string', default: '1080' },
    },
  });
  const target = positionals[0];
  const runs = Number(values.runs);
  const width = Number(values.width);
  const height = Number(values.height);
  if (!target || !Number.isInteger(runs) || runs < 1 || !(width > 0) || !(height > 0)) {
    console.error('Aufruf / usage: npx tsx scripts/bench/modelBuildTime.ts <bundle> [--runs 5] [--width 1920] [--height 1080]');
    process.exitCode = 2;
    return;
  }
  const manifest = await loadManifest(path.resolve(target));
  const timings: BuildTiming[] = [];
  for (let run = 0; run < runs; run += 1) timings.push(timeBuild(manifest, width, height));
  const first = timings[0] as BuildTiming;
  const fmt = (ms: number | undefined) => (ms === undefined ? '–' : `${ms.toFixed(1)} ms`);
  console.log(
    `${manifest.events.length} Ereignisse / events, ${width}×${height} px, ${first.levelCount} Zoomstufen / levels, ` +
      `${runs} Läufe / runs`,
  );
  console.log(
    `  Stufe 0 / level 0:        Median ${fmt(median(timings.map((t) => t.level0Ms)))}` +
      ` (CPU ${fmt(median(timings.map((t) => t.level0CpuMs)))})`,
  );
  console.log(
    `  alle Stufen / all levels: Median ${fmt(median(timings.map((t) => t.allLevelsMs)))}` +
      ` (CPU ${fmt(median(timings.map((t) => t.allLevelsCpuMs)))})`,
  );
  console.log(`  measure()-Aufrufe / calls (alle Stufen / all levels): ${first.measureCalls}`);
  console.log(`  einzelne Läufe / runs, Stufe 0: ${timings.map((t) => t.level0Ms.toFixed(1)).join(', ')} ms`);
}

await main();
