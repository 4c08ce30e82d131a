/**
 * `npm run set-pin -- [--pin <PIN>] [--data-dir <folder>]`: sets the admin PIN of a kiosk data folder from a
 * source checkout (the packaged app has `--set-pin` instead). Without `--pin` it asks twice on the terminal.
 */
import { parseArgs } from 'node:util';
import { defaultDataDir, lineAsker, setPin } from './setPinCommand';

const USAGE = 'Aufruf: npm run set-pin -- [--pin <4–8 Ziffern>] [--data-dir <Ordner>]';

async function main(): Promise<number> {
  let values: { pin?: string; 'data-dir'?: string };
  try {
    ({ values } = parseArgs({ options: { pin: { type: 'string' }, 'data-dir': { type: 'string' } }, allowPositionals: false }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const dataDir = values['data-dir'] ?? defaultDataDir();
  const asker = lineAsker(process.stdin, process.stdout);
  try {
    return await setPin(dataDir, values.pin, { out: console.log, err: console.error, ask: asker.ask });
  } finally {
    asker.close();
  }
}

process.exitCode = await main();
