/**
 * `npm run preview -- [--bundle <folder>] [--port <n>] [--data-dir <dir>] [--usb-root <dir>]`: serves the built
 * renderer and the kiosk's content on 127.0.0.1 for a browser, with the same handler and runtime the kiosk uses.
 * Messages are German first, as for curators.
 */
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultUsbRoots } from '../admin/sourceFinder';
import { contentLocations, projectRoot } from '../content/contentLocations';
import { startKioskRuntime } from '../kioskRuntime';
import { startPreviewServer } from './previewServer';

const USAGE = 'Aufruf: npm run preview -- [--bundle <Ordner>] [--port <Zahl>] [--data-dir <Ordner>] [--usb-root <Ordner>]';

async function main(): Promise<number> {
  const root = projectRoot(import.meta.url);
  const locations = contentLocations(root);
  let values: { bundle?: string; port?: string; 'data-dir'?: string; 'usb-root'?: string[] };
  try {
    ({ values } = parseArgs({
      options: {
        bundle: { type: 'string' },
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        'usb-root': { type: 'string', multiple: true },
      },
    }));
  } catch (error) {
    console.error(`${USAGE}\n${(error as Error).message}`);
    return 2;
  }
  const port = Number(values.port ?? '4173');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port: „${values.port}“ ist keine gültige Portnummer (0–65535).`);
    return 2;
  }
  if (!existsSync(path.join(locations.rendererDir, 'index.html'))) {
    console.error('Die Oberfläche ist noch nicht gebaut. Bitte zuerst „npm run build“ ausführen.');
    return 2;
  }
  // The preview keeps its own data folder, apart from a real kiosk's, unless one is named.
  const dataDir = path.resolve(values['data-dir'] ?? path.join(tmpdir(), 'partnerschaftskiosk-preview'));
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  let runtime;
  try {
    runtime = await startKioskRuntime({
      host: 'preview',
      appVersion: version,
      contentDir: locations.contentDir,
      dataDir,
      sourceRoots: {
        usbRoots: (values['usb-root'] ?? defaultUsbRoots()).map((folder) => path.resolve(folder)),
        importDir: path.join(dataDir, 'import'),
      },
      ...(values.bundle ? { bundleOverride: path.resolve(values.bundle) } : {}),
      // Made in the background so the page is not kept waiting; a photo asked for first is made first.
      backgroundDerivatives: true,
      log: { info: (message) => console.log(message), warn: (message) => console.warn(message) },
    });
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  const preview = await startPreviewServer({ rendererDir: locations.rendererDir, runtime, port });
  console.log(`Vorschau läuft / preview running: ${preview.url}  (Paket: ${runtime.showing.active.dir})`);
  const stop = () => void preview.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return -1;
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(`Die Vorschau konnte nicht starten: ${(error as Error).message}`);
    process.exit(2);
  },
);
