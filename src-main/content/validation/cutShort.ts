/**
 * Whether a photo that failed to decode was cut short (copy interrupted) rather than damaged otherwise: curators are
 * told to copy it again instead of re-exporting it. The decoder's message is not enough on its own — libvips keeps one
 * error buffer for all threads, so with several decodes running a failure can surface as a bare „Unknown error“ — so
 * the file's own end is checked too.
 */
import { open } from 'node:fs/promises';

/** Decoder messages (libjpeg, libpng, libwebp, libvips) that mean the data ended early. */
const CUT_SHORT_DETAIL = /truncat|premature end|unexpected end|not enough data|read error|end of (?:file|stream)/i;

/** Bytes read from the end of the file: enough for a PNG IEND chunk and JPEG padding after the EOI marker. */
const TAIL_BYTES = 64;

/** Whether the decoder's message says the data ended early. */
export function detailSaysCutShort(detail: string): boolean {
  return CUT_SHORT_DETAIL.test(detail);
}

/**
 * Whether the bytes of an image end before their format says they should: a JPEG without its end-of-image marker, a
 * PNG without its IEND chunk, a WebP shorter than its RIFF header announces. Other formats: false (unknown).
 * @param head The first bytes of the file (at least 12).
 * @param tail The last bytes of the file (up to {@link TAIL_BYTES}).
 * @param size The file's length in bytes.
 */
export function bytesEndEarly(head: Uint8Array, tail: Uint8Array, size: number): boolean {
  if (head[0] === 0xff && head[1] === 0xd8) {
    // Some encoders pad after the marker (zeros or 0xFF), so look for FF D9 anywhere in the tail.
    for (let i = tail.length - 2; i >= 0; i--) if (tail[i] === 0xff && tail[i + 1] === 0xd9) return false;
    return true;
  }
  if (head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47) {
    return ascii(tail.subarray(Math.max(0, tail.length - 8), Math.max(0, tail.length - 4))) !== 'IEND';
  }
  if (ascii(head.subarray(0, 4)) === 'RIFF' && ascii(head.subarray(8, 12)) === 'WEBP') {
    const announced = (head[4]! | (head[5]! << 8) | (head[6]! << 16) | (head[7]! << 24)) >>> 0;
    return announced + 8 > size;
  }
  return false;
}

/**
 * Whether a photo that failed to decode was cut short: by the decoder's message, or by the file's end.
 * @param file Absolute path of the photo.
 * @param detail The decoder's error message.
 */
export async function isCutShort(file: string, detail: string): Promise<boolean> {
  if (detailSaysCutShort(detail)) return true;
  try {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      const head = Buffer.alloc(Math.min(12, size));
      await handle.read(head, 0, head.length, 0);
      const tail = Buffer.alloc(Math.min(TAIL_BYTES, size));
      await handle.read(tail, 0, tail.length, size - tail.length);
      return bytesEndEarly(head, tail, size);
    } finally {
      await handle.close();
    }
  } catch {
    // Gone or unreadable since the decode: the caller reports it as unreadable.
    return false;
  }
}

function ascii(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}
