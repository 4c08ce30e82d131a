/**
 * Real disk faults without mocks: a small tmpfs mounted for one test gives a real ENOSPC when it is full and a real
 * EROFS when it is remounted read-only. Mounting needs root (as on this project's machines and CI); elsewhere the
 * tests that need it are skipped with that reason.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A mounted small file system. */
export interface SmallDisk {
  dir: string;
  /** Fills the disk until only `leaveBytes` (about) are free; returns the filler file, removable to heal. */
  fill: (leaveBytes?: number) => Promise<string>;
  /** Remounts read-only (`true`) or writable again. */
  readOnly: (on: boolean) => void;
  /** Free bytes now. */
  free: () => number;
  unmount: () => void;
}

/** True when this process may mount a tmpfs (root on Linux with mount available). */
export const CAN_MOUNT: boolean = (() => {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = mkdtempSync(path.join(tmpdir(), 'kiosk-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
})();

/** Why the disk tests are skipped where they are. */
export const MOUNT_SKIP_REASON = 'needs root to mount a small tmpfs (real ENOSPC/EROFS)';

/** Mounts a tmpfs of `sizeKb` KiB on a fresh folder. */
export function mountSmallDisk(sizeKb: number): SmallDisk {
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-small-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0755`, 'tmpfs', dir]);
  const free = () => {
    const out = execFileSync('df', ['-B1', '--output=avail', dir], { encoding: 'utf8' });
    return Number(out.trim().split('\n').pop());
  };
  let fillers = 0;
  return {
    dir,
    free,
    fill: async (leaveBytes = 0) => {
      const filler = path.join(dir, `.fueller-${(fillers += 1)}`);
      const handle = await open(filler, 'w');
      let size = 0;
      try {
        // Big pieces first, then single pages (tmpfs counts whole 4 KiB pages), until the disk refuses.
        for (const piece of [Buffer.alloc(65_536, 0x5a), Buffer.alloc(4096, 0x5a)]) {
          for (;;) {
            try {
              size += (await handle.write(piece)).bytesWritten;
            } catch {
              break;
            }
          }
        }
        if (leaveBytes > 0) await handle.truncate(Math.max(0, size - Math.ceil(leaveBytes / 4096) * 4096));
      } finally {
        await handle.close();
      }
      return filler;
    },
    readOnly: (on) => execFileSync('mount', ['-o', `remount,${on ? 'ro' : 'rw'}`, dir]),
    unmount: () => {
      try {
        execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Writes a file synchronously, creating its folder (test set-up on a disk that still has room). */
export function writeNow(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
