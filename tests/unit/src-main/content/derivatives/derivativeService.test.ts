import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDerivativeService, type DerivativeService } from '../../../../../src-main/content/derivatives/derivativeService';
import type { ServedImages } from '../../../../../src-main/content/derivatives/derivedHandler';
import { manifestFor, plainJpeg } from '../../../../support/derivativeImages';
import { makeTempDir } from '../../../../support/tempDir';

describe('derivative service', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let first: ServedImages;
  let second: ServedImages;
  let service: DerivativeService;
  const notices: string[] = [];
  const logged: string[] = [];
  let kept: ServedImages[] = [];

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir('kiosk-derivative-service-'));
    for (const name of ['eins', 'zwei']) await mkdir(path.join(dir, name), { recursive: true });
    await writeFile(path.join(dir, 'eins', 'a.jpg'), await plainJpeg(800, 600));
    const broken = await plainJpeg(800, 600);
    await writeFile(path.join(dir, 'eins', 'kaputt.jpg'), broken.subarray(0, broken.length >> 1));
    await writeFile(path.join(dir, 'zwei', 'b.jpg'), await plainJpeg(600, 800));
    first = { dir: path.join(dir, 'eins'), manifest: manifestFor(['a.jpg', 'kaputt.jpg']) };
    second = { dir: path.join(dir, 'zwei'), manifest: manifestFor(['b.jpg']) };
    let showing = first;
    service = createDerivativeService({
      cacheDir: path.join(dir, 'cache'),
      bundle: () => showing,
      candidate: () => undefined,
      keep: async () => kept,
      notice: (message) => notices.push(message),
      log: { info: (message) => logged.push(message) },
    });
    kept = [first];
    service.follow(first);
    service.follow(first); // the same bundle again: no second run
    await service.idle();
    showing = second;
  });
  afterAll(() => cleanup());

  it('makes the showing bundle’s sizes in the background and reports progress and the broken photo', () => {
    expect(service.status()).toMatchObject({ bundleDir: first.dir, running: false, done: 2, total: 2 });
    expect(service.cache.stats()).toMatchObject({ encoded: 3, placeholders: 3 });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^kaputt\.jpg: „kaputt\.jpg“ ist unvollständig/);
    expect(logged[0]).toMatch(/^Bildgrößen berechnet: 1 von 2 Bildern neu \(\d+ s\), 0 aus dem Zwischenspeicher, 1 nicht lesbar \(Platzhalter\)\.$/);
  });

  it('follows a switch and prunes what no kept bundle uses', async () => {
    kept = [second];
    service.follow(second);
    await service.idle();
    expect(service.status()).toMatchObject({ bundleDir: second.dir, done: 1, total: 1 });
    const files = (await readdir(path.join(dir, 'cache'), { recursive: true })).filter((file) => file.endsWith('.webp'));
    expect(files).toHaveLength(3);
    expect(logged.some((line) => line.startsWith('Zwischenspeicher der Bildgrößen aufgeräumt: 7 Dateien'))).toBe(true);
  });

  it('serves /derived/ for the bundle showing now and stops following once closed', async () => {
    const response = await service.handler(new Request('kiosk://app/derived/bundle/thumb/b.jpg'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    service.close();
    service.follow(first);
    await service.idle();
    expect(service.status()?.bundleDir).toBe(second.dir);
  });
});
