/**
 * A stand-in Electron distribution for packaging checks where the real runtime cannot be downloaded: an
 * executable `electron` holding Electron's fuse wire (sentinel, wire version 1, length, one `0`/`1` byte per fuse),
 * plus the files electron-builder copies (`LICENSE`, `LICENSES.chromium.html`, `version`, an empty `resources/`).
 * electron-builder's `dir` target packages the app into it offline and flips the fuses as in the real binary.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SENTINEL } from '@electron/fuses/dist/constants';

/** Fuses on the wire of Electron 45 (the order of `FuseV1Options`). */
export const FUSE_COUNT = 8;

/**
 * Writes the stand-in into `folder`.
 * @param wire One character per fuse, `0` (off) or `1` (on), in `FuseV1Options` order.
 */
export async function writeStandInElectron(folder: string, version: string, wire: string): Promise<void> {
  if (!/^[01]+$/.test(wire) || wire.length !== FUSE_COUNT) throw new RangeError(`wire must be ${FUSE_COUNT} × 0/1`);
  await mkdir(path.join(folder, 'resources'), { recursive: true });
  const executable = path.join(folder, 'electron');
  const body = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron: packaging checks only" >&2\nexit 1\n'),
    Buffer.from(SENTINEL, 'latin1'),
    Buffer.from([1, wire.length]),
    Buffer.from(wire, 'latin1'),
    Buffer.from('\n'),
  ]);
  await writeFile(executable, body);
  await chmod(executable, 0o755);
  await writeFile(path.join(folder, 'LICENSE'), 'Stand-in for the Electron licence (packaging check).\n');
  await writeFile(path.join(folder, 'LICENSES.chromium.html'), '<!doctype html><title>stand-in</title>\n');
  await writeFile(path.join(folder, 'version'), version);
}
