/**
 * Low-level helpers of {@link guardWorkbook}: listing and inflating zip entries with a check on every chunk, and
 * counting the rows, cells and merged cells of sheet XML without parsing it.
 */
import { open } from 'node:fs/promises';
import type { Entry, ZipFile } from 'yauzl';
import { entryInfo, type ZipEntryInfo } from '../content/validation/zipEntryChecks';

/** Counts `<row` and `<c` tags in a streamed sheet, carrying a few bytes across chunk borders. */
export class SheetCounter {
  rows = 0;
  cells = 0;
  #carry = '';
  feed(chunk: Buffer): void {
    const text = this.#carry + chunk.toString('latin1');
    // A tag is recognised from 5 characters (`<row `); the last 4 wait for the next chunk.
    const limit = text.length - 4;
    for (let at = text.indexOf('<'); at !== -1 && at < limit; at = text.indexOf('<', at + 1)) {
      const next = text.charCodeAt(at + 1);
      if (next === 114 /* r */ && text.startsWith('row', at + 1) && isTagEnd(text.charCodeAt(at + 4))) this.rows += 1;
      else if (next === 99 /* c */ && isTagEnd(text.charCodeAt(at + 2))) this.cells += 1;
    }
    this.#carry = text.slice(Math.max(0, limit));
  }
}

/** Whitespace, `>` or `/`: what may follow a tag's name. */
function isTagEnd(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 62 || code === 47;
}

/** Total cells covered by `<mergeCell ref="A1:C3"/>` ranges of one sheet. */
export function mergedArea(xml: string): number {
  let total = 0;
  for (const match of xml.matchAll(/<mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)) {
    const width = Math.abs(columnNumber(match[3]!) - columnNumber(match[1]!)) + 1;
    const height = Math.abs(Number(match[4]) - Number(match[2])) + 1;
    total += width * height;
  }
  return total;
}

/** Column letters to their 1-based number: A → 1, AA → 27. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}

/** The first 4 bytes of `file` (its magic number). */
export async function readHead(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    return head;
  } finally {
    await handle.close();
  }
}

/** Every entry of an open zip with what its central directory declares (names undecoded, as stored). */
export async function listEntries(zipfile: ZipFile): Promise<{ entry: Entry; info: ZipEntryInfo }[]> {
  const entries: { entry: Entry; info: ZipEntryInfo }[] = [];
  return new Promise((resolve, reject) => {
    zipfile.on('entry', (entry: Entry) => {
      entries.push({ entry, info: entryInfo(entry) });
      zipfile.readEntry();
    });
    zipfile.once('end', () => resolve(entries));
    zipfile.once('error', reject);
    zipfile.readEntry();
  });
}

/** Inflates one entry; `check` sees every chunk and may stop with a reason, which is then returned instead. */
export async function inflate<R extends string>(zipfile: ZipFile, entry: Entry, check: (chunk: Buffer) => R | undefined): Promise<Buffer | R> {
  const stream = await zipfile.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    const reason = check(chunk as Buffer);
    if (reason !== undefined) {
      stream.destroy();
      return reason;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
