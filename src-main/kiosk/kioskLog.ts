import { mkdirSync } from 'node:fs';
import { createStream, type RotatingFileStream } from 'rotating-file-stream';

/** Severity of a log line. */
export type LogLevel = 'info' | 'warn' | 'error';

/** The kiosk's log: one line per event, also what the admin screen shows as recent notices. */
export interface KioskLog {
  info: (message: string) => void;
  warn: (message: string) => void;
  error: (message: string) => void;
  /** The most recent lines (newest last), for the admin screen. */
  recent: () => readonly string[];
  close: () => Promise<void>;
}

/** Options of {@link createKioskLog}. */
export interface KioskLogOptions {
  /** Folder of the log files (created if missing), e.g. `<userData>/logs`. */
  folder: string;
  /** Rotate when a file reaches this size, e.g. `5M`. Default `5M`. */
  size?: string;
  /** Rotated files to keep. Default 10 (with 5 MB each: at most ~55 MB on disk, weeks of a quiet kiosk). */
  maxFiles?: number;
  /** Clock, injected in tests. */
  now?: () => Date;
  /** Lines kept in memory for {@link KioskLog.recent}. Default 200. */
  keep?: number;
}

/**
 * A rotating log file in the app's data folder (`kiosk.log`, rotated to `kiosk.log.1` …) using
 * rotating-file-stream. Logging never throws: a full disk must not stop the show.
 */
export function createKioskLog(options: KioskLogOptions): KioskLog {
  try {
    mkdirSync(options.folder, { recursive: true });
  } catch {
    // An unwritable data folder: the kiosk still starts and keeps its lines in memory for the admin screen.
  }
  const now = options.now ?? (() => new Date());
  const keep = options.keep ?? 200;
  const lines: string[] = [];
  let stream: RotatingFileStream | undefined;
  try {
    stream = createStream('kiosk.log', {
      path: options.folder,
      size: options.size ?? '5M',
      maxFiles: options.maxFiles ?? 10,
    });
    stream.on('error', () => undefined);
  } catch {
    stream = undefined;
  }
  const write = (level: LogLevel, message: string) => {
    const line = `${now().toISOString()} ${level.toUpperCase().padEnd(5)} ${message.replace(/\r?\n/g, ' ⏎ ')}`;
    lines.push(line);
    if (lines.length > keep) lines.splice(0, lines.length - keep);
    try {
      stream?.write(`${line}\n`);
    } catch {
      // A log that cannot be written is not worth a crash.
    }
  };
  return {
    info: (message) => write('info', message),
    warn: (message) => write('warn', message),
    error: (message) => write('error', message),
    recent: () => lines,
    close: () =>
      new Promise<void>((resolve) => {
        if (!stream) return resolve();
        stream.end(() => resolve());
      }),
  };
}
