/**
 * `import` for the CLI: builds the bundle beside the target folder under a temporary name and swaps it in only when
 * it checks out, so a failed import leaves an existing bundle folder as it was. Refuses targets that would touch
 * the sources: a target inside the images folder, or one holding the workbook or the images folder.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, realpath, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { isInside } from '../content/safeResolve';
import { say, type LocalizedMessage } from '../content/validation/problem';
import { buildBundle, type BuildOptions, type BuildResult } from './importSpreadsheet';

/** Manifest names that mark a folder as a bundle, which an import may replace. */
const MANIFESTS = ['bundle.yaml', 'bundle.yml', 'bundle.json'];

/** The import's outcome: the build, whether the target was written, or why the call itself was refused. */
export type ImportOutcome = (BuildResult & { written: boolean }) | { refused: LocalizedMessage };

async function realOrResolved(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch {
    return path.resolve(file);
  }
}

/** Imports `source` (+ `options.images`) into the bundle folder `target`. */
export async function importToFolder(source: string, target: string, options: BuildOptions = {}): Promise<ImportOutcome> {
  const realSource = await realOrResolved(source);
  const parent = await realOrResolved(path.dirname(path.resolve(target)));
  const realTarget = path.join(parent, path.basename(target));
  const images = options.images === undefined ? undefined : await realOrResolved(options.images);
  if (isInside(realTarget, realSource)) return { refused: say('die Tabelle liegt im Zielordner – bitte einen anderen Zielordner wählen', 'the workbook lies inside the target folder – please choose another target') };
  if (images !== undefined && (isInside(realTarget, images) || isInside(images, realTarget))) {
    return { refused: say('Zielordner und Bilder-Ordner dürfen nicht ineinander liegen – der Bilder-Ordner wird nie verändert', 'the target and the images folder must not lie inside each other – the images folder is never changed') };
  }
  try {
    await stat(parent);
  } catch {
    return { refused: say(`der Ordner „${parent}“ existiert nicht`, `the folder "${parent}" does not exist`) };
  }
  let existing = false;
  try {
    const info = await stat(realTarget);
    const entries = info.isDirectory() ? await readdir(realTarget) : undefined;
    if (entries === undefined || (entries.length > 0 && !entries.some((name) => MANIFESTS.includes(name)))) {
      return { refused: say(`„${target}“ ist kein Paketordner und nicht leer – er wird nicht ersetzt`, `"${target}" is neither a bundle folder nor empty – it is not replaced`) };
    }
    existing = entries.length > 0;
  } catch {
    existing = false;
  }
  const suffix = randomBytes(6).toString('hex');
  const temp = path.join(parent, `.${path.basename(target)}.import-${suffix}`);
  try {
    const built = await buildBundle(realSource, temp, options);
    if (!built.ok) return { ...built, written: false };
    if (existing) {
      const old = path.join(parent, `.${path.basename(target)}.old-${suffix}`);
      await rename(realTarget, old);
      await rename(temp, realTarget);
      await rm(old, { recursive: true, force: true });
    } else {
      await rm(realTarget, { recursive: true, force: true });
      await mkdir(parent, { recursive: true });
      await rename(temp, realTarget);
    }
    return { ...built, written: true };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
