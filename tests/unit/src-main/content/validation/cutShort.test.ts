import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytesEndEarly, detailSaysCutShort, isCutShort } from '../../../../../src-main/content/validation/cutShort';
import { makeTempDir } from '../../../../support/tempDir';

/** Real encodings of one noisy picture, so each format has a body worth cutting. */
async function encodings(): Promise<Record<'jpeg' | 'png' | 'webp', Buffer>> {
  const raw = Buffer.alloc(64 * 48 * 3);
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 7919) % 251;
  const image = () => sharp(raw, { raw: { width: 64, height: 48, channels: 3 } });
  return { jpeg: await image().jpeg().toBuffer(), png: await image().png().toBuffer(), webp: await image().webp().toBuffer() };
}

function judge(bytes: Buffer): boolean {
  return bytesEndEarly(bytes.subarray(0, 12), bytes.subarray(Math.max(0, bytes.length - 64)), bytes.length);
}

describe('cut-short photos', () => {
  let images: Awaited<ReturnType<typeof encodings>>;
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    images = await encodings();
    ({ dir, cleanup } = await makeTempDir('kiosk-cut-short-'));
  });
  afterAll(() => cleanup());

  it.each(['jpeg', 'png', 'webp'] as const)('a whole %s ends where its format says; cut in half or by one byte it does not', (format) => {
    const whole = images[format];
    expect(judge(whole)).toBe(false);
    expect(judge(whole.subarray(0, whole.length >> 1))).toBe(true);
    expect(judge(whole.subarray(0, whole.length - 1))).toBe(true);
  });

  it('a JPEG padded after its end marker (as some cameras write) is whole', () => {
    expect(judge(Buffer.concat([images.jpeg, Buffer.alloc(20, 0)]))).toBe(false);
  });

  it('bytes of no known format are not judged cut short', () => {
    expect(judge(Buffer.from('kein Bild, nur Text'))).toBe(false);
  });

  it.each([
    ['VipsJpeg: Premature end of JPEG file', true],
    ['Input file is truncated', true],
    ['pngload: libpng read error', true],
    ['VipsJpeg: Unsupported marker type 0x12', false],
    ['Unknown error', false],
  ])('the decoder message %j says cut short: %s', (detail, expected) => {
    expect(detailSaysCutShort(detail)).toBe(expected);
  });

  it('a truncated file counts as cut short even when the decoder only said „Unknown error“', async () => {
    const cut = path.join(dir, 'halb.jpg');
    await writeFile(cut, images.jpeg.subarray(0, images.jpeg.length >> 1));
    const whole = path.join(dir, 'ganz.jpg');
    await writeFile(whole, images.jpeg);
    expect(await isCutShort(cut, 'Unknown error')).toBe(true);
    expect(await isCutShort(whole, 'Unknown error')).toBe(false);
    expect(await isCutShort(path.join(dir, 'fehlt.jpg'), 'Unknown error')).toBe(false);
  });
});
