/**
 * Child process of the statistics kill test: appends numbered batches to the store of `dataDir` as fast as it can
 * and prints `ACK <n>` once batch n is on disk (fsynced). The test kills it at a random moment.
 * Usage: node --import tsx usageWriterChild.ts <dataDir> <first batch number>
 */
import { openUsageWriter } from '../../src-main/stats/usageStore';
import { visit } from './usageVisits';

const [dataDir, firstArg] = process.argv.slice(2);
const writer = openUsageWriter(dataDir!);
let n = Number(firstArg);
for (;;) {
  // The batch number is the visit length, so the test can tell which batches survived.
  await writer.append([visit({ seconds: n, hour: '2026-11-02T10' }), visit({ seconds: n, hour: '2026-11-02T11' })], '2026-11-02');
  process.stdout.write(`ACK ${n}\n`);
  n += 1;
}
