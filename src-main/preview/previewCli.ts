/**
 * `npm run preview -- [--bundle <folder>] [--port <n>]`: serves the built renderer and a bundle on 127.0.0.1 for
 * a browser, with the same handler the kiosk uses. Messages are German first, as for curators.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentLocations, projectRoot } from '../content/contentLocations';
import { loadBundle } from '../content/loadBundle';
import { startPreviewServer } from './previewServer';

async function main(): Promise<number> {
  const root = projectRoot(import.meta.url);
  const locations = contentLocations(root);
  let values: { bundle?: string; port?: string };
  try {
    ({ values } = parseArgs({ options: { bundle: { type: 'string' }, port: { type: 'string' } } }));
  } catch (error) {
    console.error(`Aufruf: npm run preview -- [--bundle <Ordner>] [--port <Zahl>]\n${(error as Error).message}`);
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
  const bundleDir = path.resolve(values.bundle ?? locations.defaultBundleDir);
  const loaded = await loadBundle(bundleDir);
  if (!loaded.ok) {
    console.error(`Das Paket in ${bundleDir} kann nicht gezeigt werden:`);
    for (const problem of loaded.problems) console.error(`  ${problem}`);
    return 1;
  }
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const preview = await startPreviewServer({
    rendererDir: locations.rendererDir,
    bundleDir,
    manifest: loaded.manifest,
    appVersion: version,
    port,
  });
  console.log(`Vorschau läuft / preview running: ${preview.url}  (Paket: ${bundleDir})`);
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
