/**
 * `npm run content -- preview <folder|zip> [--port <n>] [--lang en]`: shows a bundle in the browser exactly as the
 * kiosk would, without activating it. A `.zip` is checked and extracted into a private work folder first (removed
 * when the preview stops). Runs until Ctrl+C. Exit 0 after stopping, 1 the bundle has errors, 2 usage, unbuilt
 * app or unreadable input.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentLocations, projectRoot } from '../../content/contentLocations';
import { validateBundle } from '../../content/validation/validateBundle';
import { startKioskRuntime } from '../../kioskRuntime';
import { workFolder } from '../../library/workFolder';
import { startPreviewServer } from '../../preview/previewServer';
import { complain, optionProblem, say } from '../cliOutput';
import { EXIT, UsageError, type CliCommand } from '../commandTypes';
import { validationProgress } from '../progressLine';
import { exitCodeFor, printReport } from './check';

export const run: CliCommand = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { port: { type: 'string' }, lang: { type: 'string' } } });
  } catch (error) {
    throw new UsageError(optionProblem(error));
  }
  const { values, positionals } = parsed;
  const lang = values.lang ?? 'de';
  if (lang !== 'de' && lang !== 'en') throw new UsageError({ de: `--lang „${lang}“: erlaubt sind de und en.`, en: `--lang "${lang}": allowed are de and en.` });
  if (positionals.length !== 1) throw new UsageError({ de: 'Bitte genau einen Ordner oder eine .zip-Datei angeben.', en: 'Please give exactly one folder or .zip file.' });
  const port = Number(values.port ?? '4173');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError({ de: `--port „${values.port}“: erlaubt ist eine Zahl von 0 bis 65535.`, en: `--port "${values.port}": allowed is a number from 0 to 65535.` });
  }
  const root = projectRoot(import.meta.url);
  const locations = contentLocations(root);
  if (!existsSync(path.join(locations.rendererDir, 'index.html'))) {
    complain(io, lang, { de: 'Die Oberfläche ist noch nicht gebaut. Bitte zuerst „npm run build“ ausführen.', en: 'The app is not built yet. Please run "npm run build" first.' });
    return EXIT.usage;
  }

  // A private data folder: the preview never touches a real kiosk's library.
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kiosk-vorschau-'));
  const report = await validateBundle(positionals[0]!, { lang, workDir: workFolder(dataDir), ...validationProgress(io, lang) });
  try {
    if (!report.ok) {
      printReport(report, io);
      complain(io, lang, { de: 'Keine Vorschau: Das Paket enthält Fehler (Einzelheiten oben).', en: 'No preview: the bundle has errors (details above).' });
      return exitCodeFor(report);
    }
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    const runtime = await startKioskRuntime({
      host: 'preview',
      appVersion: version,
      contentDir: locations.contentDir,
      dataDir,
      sourceRoots: { usbRoots: [], importDir: path.join(dataDir, 'import') },
      bundleOverride: report.folder,
      backgroundDerivatives: true,
      log: { info: () => undefined, warn: (message) => io.err(message) },
    });
    const preview = await startPreviewServer({ rendererDir: locations.rendererDir, runtime, port });
    say(io, lang, {
      de: `Vorschau läuft: ${preview.url} – im Browser öffnen. Beenden mit Strg+C.`,
      en: `Preview running: ${preview.url} – open it in a browser. Stop with Ctrl+C.`,
    });
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await preview.close();
    runtime.close();
    return EXIT.ok;
  } finally {
    await report.dispose();
    await rm(dataDir, { recursive: true, force: true });
  }
};
