/** The sha-256 of a file, streamed: shared by the library's integrity check and the derivative cache. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** The sha-256 of a file's bytes, as lower-case hex. Opens the file read-only. */
export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { flags: 'r' })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
