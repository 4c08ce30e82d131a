/**
 * Derivative throughput for the bench: part A's `measureThroughput` on the bench's own camera photos — sharp's
 * raw resize, the derivative cache from empty, and the cache-hit path, all on the same files.
 */
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleManifest } from '../../src-shared/bundleSchema';
import { measureThroughput } from '../../src-main/content/derivatives/measureThroughput';
import type { DerivativeThroughput } from './benchResults';

/** Measures derivative throughput on the photos of the stress bundle in `bundleDir` (its manifest: bundle.json). */
export async function measureDerivatives(bundleDir: string, progress: (message: string) => void): Promise<DerivativeThroughput> {
  try {
    const manifest = bundleManifest.parse(JSON.parse(await readFile(path.join(bundleDir, 'bundle.json'), 'utf8')));
    const result = await measureThroughput({ bundleDir, manifest, scratchDir: path.join(tmpdir(), `kiosk-bench-derivatives-${process.pid}`) });
    progress(
      `  roh / raw ${result.raw.megapixelsPerSecond.toFixed(1)} MP/s, Ableitungen / derivatives ${result.derivatives.megapixelsPerSecond.toFixed(1)} MP/s ` +
        `(${Math.round(result.derivativesVsRaw * 100)} %), Cache-Treffer / cache hit ${result.cacheHit.seconds.toFixed(2)} s`,
    );
    return { status: 'ok', result, ratio: result.derivativesVsRaw };
  } catch (error) {
    return { status: 'failed', note: (error as Error).message };
  }
}
