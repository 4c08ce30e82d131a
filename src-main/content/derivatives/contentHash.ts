/**
 * The content hash of a source image: the sha-256 of its bytes. Hashing a 12 MB photo takes tens of ms, so the
 * result is remembered per file as long as its size, modification time and inode stay the same (the check git
 * uses for its index); a changed file gets a new hash and therefore new derivatives.
 */
import { stat } from 'node:fs/promises';
import { sha256OfFile } from '../../fs/fileHash';

/** Hashes files, remembering unchanged ones. */
export interface ContentHasher {
  /** The lower-case hex sha-256 of the file at the absolute path `file`, and its size in bytes. */
  hashOf(file: string): Promise<{ hash: string; bytes: number }>;
}

interface Remembered {
  stamp: string;
  hash: string;
  bytes: number;
}

/** A hasher whose memory lives as long as it does (one per derivative cache). */
export function createContentHasher(): ContentHasher {
  const known = new Map<string, Remembered>();
  return {
    async hashOf(file) {
      const info = await stat(file);
      const stamp = `${info.size}:${info.mtimeMs}:${info.ino}`;
      const remembered = known.get(file);
      if (remembered?.stamp === stamp) return { hash: remembered.hash, bytes: remembered.bytes };
      const hash = await sha256OfFile(file);
      known.set(file, { stamp, hash, bytes: info.size });
      return { hash, bytes: info.size };
    },
  };
}
