import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  bundleManifest,
  collection,
  era,
  event,
  geoLocation,
  homeDistrict,
  image,
  partner,
  partnerKinds,
  source,
  theme,
} from '../../../src-shared/bundleSchema';
import { contentLocations, projectRoot } from '../../../src-main/content/contentLocations';
import { validateBundle } from '../../../src-main/content/validation/validateBundle';
import { makeTempDir } from '../../support/tempDir';

const guidePath = path.join(contentLocations(projectRoot(import.meta.url)).contentDir, 'FORMAT.md');
const ENGLISH_HEADING = '# The content bundle, format version 1';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('format-guide-'));
});
afterEach(async () => cleanup());

describe('content/FORMAT.md', () => {
  it('documents every field of the schema and every partner kind, in German and in English', async () => {
    const guide = await readFile(guidePath, 'utf8');
    const english = guide.indexOf(ENGLISH_HEADING);
    expect(english).toBeGreaterThan(0);
    const parts = { de: guide.slice(0, english), en: guide.slice(english) };
    const shapes = [bundleManifest, homeDistrict, geoLocation, partner, event, image, collection, era, source, theme];
    const fields = new Set(shapes.flatMap((shape) => Object.keys(shape.shape)));
    for (const [language, text] of Object.entries(parts)) {
      for (const field of [...fields, ...partnerKinds]) expect(text, `${language}: ${field}`).toContain(`\`${field}\``);
    }
  });

  it('has a complete example manifest that passes the check without errors or warnings', async () => {
    const guide = await readFile(guidePath, 'utf8');
    const example = /```yaml\n(# bundle\.yaml[^\n]*\n[\s\S]*?)```/.exec(guide)?.[1];
    expect(example).toBeDefined();
    await writeFile(path.join(dir, 'bundle.yaml'), example as string);
    await mkdir(path.join(dir, 'bilder'));
    await sharp({ create: { width: 1920, height: 1280, channels: 3, background: '#557799' } })
      .jpeg()
      .toFile(path.join(dir, 'bilder', 'belfort.jpg'));
    const report = await validateBundle(dir);
    await report.dispose();
    expect(report.problems).toEqual([]);
    expect(report.manifest?.partners.map((item) => item.kind)).toEqual(['Partnerschaft', 'Städtepartnerschaft']);
  });
});
