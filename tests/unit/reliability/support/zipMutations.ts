/**
 * Mutations of real archives for the zip fuzzer: header fields overwritten with edge values (sizes, offsets,
 * counts, name lengths, flags, methods), bytes flipped, the file cut short or padded, regions repeated.
 */
import fc from 'fast-check';

/** Field offsets (and widths) worth hitting inside each zip record, from APPNOTE.TXT. */
const FIELDS = {
  // local file header: flags, method, crc, compressed size, uncompressed size, name length, extra length
  local: [[6, 2], [8, 2], [14, 4], [18, 4], [22, 4], [26, 2], [28, 2]],
  // central directory header: flags, method, crc, sizes, name/extra/comment lengths, disk, external attributes, offset
  central: [[8, 2], [10, 2], [16, 4], [20, 4], [24, 4], [28, 2], [30, 2], [32, 2], [34, 2], [38, 4], [42, 4]],
  // end of central directory: disk numbers, entry counts, size and offset of the directory, comment length
  end: [[4, 2], [6, 2], [8, 2], [10, 2], [12, 4], [16, 4], [20, 2]],
} as const;

const SIGNATURES = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50 } as const;

/** One change to an archive. */
export type ZipMutation =
  | { kind: 'field'; record: keyof typeof FIELDS; which: number; field: number; value: number }
  | { kind: 'flip'; at: number; mask: number }
  | { kind: 'cut'; at: number }
  | { kind: 'append'; bytes: number[] }
  | { kind: 'repeat'; at: number; length: number };

const edgeValue = fc.oneof(
  fc.constantFrom(0, 1, 0xff, 0xffff, 0x7fffffff, 0xffffffff, 8, 9, 12, 14, 99, 0x0801, 0x41ed0000, 0xa1ff0000),
  fc.nat({ max: 0xffffffff }),
);

export const zipMutation: fc.Arbitrary<ZipMutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('field' as const), record: fc.constantFrom('local', 'central', 'end'), which: fc.nat(), field: fc.nat(), value: edgeValue }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }) },
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('append' as const), bytes: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 64 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 256 }) }),
);

function recordOffsets(zip: Buffer, signature: number): number[] {
  const offsets: number[] = [];
  for (let index = 0; index + 4 <= zip.length; index += 1) if (zip.readUInt32LE(index) === signature) offsets.push(index);
  return offsets;
}

/** Applies `mutations` to a copy of `zip`. */
export function mutateZip(zip: Buffer, mutations: readonly ZipMutation[]): Buffer {
  let out = Buffer.from(zip);
  for (const change of mutations) {
    if (change.kind === 'field') {
      const offsets = recordOffsets(out, SIGNATURES[change.record]);
      const fields = FIELDS[change.record];
      if (offsets.length === 0) continue;
      const start = offsets[change.which % offsets.length] as number;
      const [offset, width] = fields[change.field % fields.length] as readonly [number, number];
      if (start + offset + width > out.length) continue;
      if (width === 2) out.writeUInt16LE(change.value & 0xffff, start + offset);
      else out.writeUInt32LE(change.value >>> 0, start + offset);
    } else if (change.kind === 'flip') {
      if (out.length === 0) continue;
      const at = change.at % out.length;
      out[at] = (out[at] as number) ^ change.mask;
    } else if (change.kind === 'cut') {
      out = out.subarray(0, change.at % (out.length + 1));
    } else if (change.kind === 'append') {
      out = Buffer.concat([out, Buffer.from(change.bytes)]);
    } else {
      const at = change.at % (out.length + 1);
      out = Buffer.concat([out.subarray(0, at), out.subarray(at, at + change.length), out.subarray(at)]);
    }
  }
  return out;
}
