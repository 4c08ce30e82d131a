/**
 * `npx tsx scripts/bench/profileStartupCpu.ts [bundle-folder] [--runs N]`: a sampling CPU profile of one cold page
 * load until the first mark is on screen, summed by function (self time) and by script file, over N loads
 * (default 3). A developer's tool for the first-render target (issue 11); it tells where script time goes, the
 * trace of `profileStartup.ts` tells when.
 */
import { parseArgs } from 'node:util';
import { projectRoot } from '../../src-main/content/contentLocations';
import { kioskForProfiling } from './kioskHost';
import { BENCH_VIEWPORT } from './measureRun';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
const { host, browser, close } = await kioskForProfiling(projectRoot(import.meta.url), positionals[0]);
const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
let firstMark = 0;
try {
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext(BENCH_VIEWPORT);
    const page = await context.newPage();
    await page.goto('about:blank');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(host.url);
    await page.locator('[data-mark-key]').first().waitFor();
    firstMark += await page.evaluate(() => performance.now());
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, index) => {
      const node = nodes.get(id);
      if (!node) return;
      const ms = (profile.timeDeltas[index] ?? 0) / 1000;
      const file = node.callFrame.url.split('/').pop() || `(${node.callFrame.functionName || 'native'})`;
      const name = `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber + 1}:${node.callFrame.columnNumber + 1}`;
      if (node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') return;
      byFunction.set(name, (byFunction.get(name) ?? 0) + ms / runs);
      byFile.set(file, (byFile.get(file) ?? 0) + ms / runs);
    });
    await context.close();
  }
} finally {
  await close();
}
const top = (map: Map<string, number>, count: number) =>
  [...map].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, ms]) => `${ms.toFixed(1).padStart(7)} ms  ${name}`).join('\n');
console.log(`first mark found after ≈ ${(firstMark / runs).toFixed(0)} ms (mean of ${runs}; the probe's own polling adds a little)`);
console.log(`self time by script file (ms per load):\n${top(byFile, 15)}`);
console.log(`\nself time by function (ms per load):\n${top(byFunction, 40)}`);
