/**
 * `npm run stress-bundle -- --events <N> [--partners <K>] [--photos <M>] [--seed <S>] [--image-per-event] [--out <folder>]`:
 * writes a stress bundle for `npm run bench` (issue 7): N events over K partner lanes, dated 1960–2026, each with a
 * title of 40–80 and a text of 100–300 characters and a thumbnail from M camera-size JPEGs (6000 × 4000 px,
 * ≈ 10 MB, made with sharp); with `--image-per-event` each event has an image entry of its own. Deterministic for its
 * parameters. The photos are generated once into a cache folder and hard-linked into the bundle (copied where
 * links are not possible), so a second run takes well under a second.
 */
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureCameraPhoto } from './bench/cameraPhoto';
import { buildStressContent, type StressContent, stressManifestJson, type StressParams } from './bench/stressManifest';

/** Default cache of generated photos: outside the repository, survives between runs. */
export const DEFAULT_PHOTO_CACHE = path.join(tmpdir(), 'partnerschaftskiosk-bench', 'photos');

/** Default folder of the generated bundles, one `stress-<N>` folder each. */
export const DEFAULT_BUNDLE_DIR = path.join(tmpdir(), 'partnerschaftskiosk-bench', 'bundles');

/** What was written. */
export interface StressBundleResult extends StressContent {
  folder: string;
  /** Absolute paths of the photos in the cache, index = photo number. */
  cachedPhotos: string[];
  manifestBytes: number;
  photoBytes: number;
}

/**
 * Writes the stress bundle for `params` into `folder`. The folder must be empty, missing, or an earlier stress
 * bundle (its manifest id starts with `stress-`): anything else is refused, so a typo never wipes real content.
 */
export async function generateStressBundle(
  params: StressParams & { folder: string; photoCacheDir?: string; photoSize?: { width: number; height: number }; onProgress?: (message: string) => void },
): Promise<StressBundleResult> {
  const { folder, photoCacheDir = DEFAULT_PHOTO_CACHE, onProgress = () => {} } = params;
  await assertReplaceable(folder);
  const content = buildStressContent(params);
  const seed = params.seed ?? 1973;
  const cachedPhotos: string[] = [];
  let photoBytes = 0;
  for (const [index] of content.photoFiles.entries()) {
    const photo = await ensureCameraPhoto({ seed, index, ...(params.photoSize ?? {}) }, photoCacheDir);
    if (photo.generated) onProgress(`Foto ${index + 1}/${content.photoFiles.length} erzeugt (${(photo.bytes / 1e6).toFixed(1)} MB)`);
    cachedPhotos.push(photo.file);
    photoBytes += photo.bytes;
  }
  await rm(path.join(folder, 'fotos'), { recursive: true, force: true });
  await mkdir(path.join(folder, 'fotos'), { recursive: true });
  for (const [index, file] of content.photoFiles.entries()) {
    const target = path.join(folder, file);
    const source = cachedPhotos[index] as string;
    // A hard link costs no space; across file systems (EXDEV) a copy does the same job.
    await link(source, target).catch(() => copyFile(source, target));
  }
  const json = stressManifestJson(content.manifest);
  const manifestFile = path.join(folder, 'bundle.json');
  await writeFile(`${manifestFile}.part`, json);
  await rename(`${manifestFile}.part`, manifestFile);
  return { ...content, folder, cachedPhotos, manifestBytes: Buffer.byteLength(json), photoBytes };
}

async function assertReplaceable(folder: string): Promise<void> {
  if (!existsSync(folder)) return;
  const manifestFile = path.join(folder, 'bundle.json');
  if (!existsSync(manifestFile)) {
    if ((await readdir(folder)).length === 0) return;
    throw new Error(`${folder} ist nicht leer und kein Stresspaket – bitte einen leeren Ordner angeben.`);
  }
  const id = (JSON.parse(await readFile(manifestFile, 'utf8')) as { id?: unknown }).id;
  if (typeof id !== 'string' || !id.startsWith('stress-')) {
    throw new Error(`${folder} enthält ein anderes Paket („${String(id)}“) – es wird nicht überschrieben.`);
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '500' },
      partners: { type: 'string', default: '8' },
      photos: { type: 'string', default: '6' },
      seed: { type: 'string', default: '1973' },
      'image-per-event': { type: 'boolean', default: false },
      out: { type: 'string' },
    },
  });
  const events = Number(values.events);
  const out = path.resolve(values.out ?? path.join(DEFAULT_BUNDLE_DIR, `stress-${events}`));
  const result = await generateStressBundle({
    events,
    partners: Number(values.partners),
    photos: Number(values.photos),
    seed: Number(values.seed),
    imagePerEvent: values['image-per-event'],
    folder: out,
    onProgress: (message) => console.log(message),
  });
  console.log(
    `Stresspaket geschrieben / stress bundle written: ${result.folder}\n` +
      `  ${result.events.length} Ereignisse, ${result.partners.length} Partner, ${result.photoFiles.length} Fotos ` +
      `(${(result.photoBytes / 1e6).toFixed(0)} MB), Manifest ${(result.manifestBytes / 1024).toFixed(0)} KiB`,
  );
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`Fehler / error: ${(error as Error).message}`);
      process.exit(2);
    },
  );
}
