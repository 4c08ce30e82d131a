/**
 * Child process for the crash test: activates one bundle into a library, so the test can kill it with SIGKILL at
 * any moment. Run as `node --import tsx tests/support/libraryActivateChild.ts <dataDir> <source> <seed>`.
 *
 * Prints `READY <pid>` once loaded and `STEP <name>` at each activation step, then `DONE <version>`. With
 * `LIBRARY_PAUSE_AT=<step>` it prints `PAUSED <step>` there and waits forever, so a kill lands exactly at that
 * step. With `LIBRARY_WAIT_FOR_GO=1` it waits after READY for a line `GO [<step>]` on stdin (the step overrides
 * LIBRARY_PAUSE_AT): the test starts the next child while it checks the last one. Exit 0 activated, 1 invalid,
 * 2 error.
 */
import { once } from 'node:events';
import { openContentLibrary } from '../../src-main/library/contentLibrary';
import { validateWithLoadBundle } from './libraryBundles';
import { seededRandom } from './seededRandom';

const [dataDir, source, seed] = process.argv.slice(2);
if (dataDir === undefined || source === undefined) {
  process.stderr.write('usage: libraryActivateChild.ts <dataDir> <source> [seed]\n');
  process.exit(2);
}
let pauseAt = process.env.LIBRARY_PAUSE_AT ?? '';
const library = openContentLibrary(dataDir, { random: seededRandom(Number(seed ?? 1)) });
process.stdout.write(`READY ${process.pid}\n`);

if (process.env.LIBRARY_WAIT_FOR_GO === '1') {
  const [chunk] = (await Promise.race([once(process.stdin, 'data'), once(process.stdin, 'end')])) as [Buffer?];
  const command = chunk?.toString('utf8').trim() ?? '';
  // stdin closed without GO: the test is gone, so is the reason to run.
  if (!command.startsWith('GO')) process.exit(2);
  pauseAt = command.slice(2).trim() || pauseAt;
  process.stdin.destroy();
}

try {
  const result = await library.activate(source, {
    validate: validateWithLoadBundle,
    onStep: async (step) => {
      process.stdout.write(`STEP ${step}\n`);
      if (step === pauseAt) {
        process.stdout.write(`PAUSED ${step}\n`);
        // A pending timer keeps the process alive until the test kills it.
        await new Promise(() => setInterval(() => undefined, 60_000));
      }
    },
  });
  process.stdout.write(result.ok ? `DONE ${result.version.name}\n` : `INVALID ${result.problems.join(' | ')}\n`);
  process.exitCode = result.ok ? 0 : 1;
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 2;
}
