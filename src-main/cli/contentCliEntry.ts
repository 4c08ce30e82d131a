/** Process entry of the curator CLI (`npm run content -- …`): wires {@link runContentCli} to the console. */
import type { CommandIo } from './commandTypes';
import { runContentCli } from './contentCli';

const io: CommandIo = { out: (line) => console.log(line), err: (line) => console.error(line) };
runContentCli(process.argv.slice(2), io).then(
  (code) => process.exit(code),
  (error: unknown) => {
    io.err(`Unerwarteter Fehler / unexpected error: ${(error as Error).message}`);
    process.exit(2);
  },
);
