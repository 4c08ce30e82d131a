/**
 * A minimal Chrome DevTools Protocol client over `--remote-debugging-pipe` (the browser reads commands from its
 * file descriptor 3 and writes answers and events to 4, each message JSON ended by a NUL byte). A pipe, not a
 * port: no other program on the machine can drive the kiosk browser, and the browser quits when the pipe closes,
 * so a host that dies never leaves a browser behind.
 */
import type { Readable, Writable } from 'node:stream';

/** An event or a command's answer from the browser. */
export interface CdpMessage {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
}

/** A connection to one browser process. */
export interface CdpConnection {
  /**
   * Sends a command; resolves with its result, rejects on a protocol error, a closed pipe, or after `timeoutMs`
   * (a hung browser answers nothing, and that must end in a decision, not a promise that never settles).
   */
  send: (method: string, params?: Record<string, unknown>, sessionId?: string, timeoutMs?: number) => Promise<Record<string, unknown>>;
  /** Called for every event (a message without `id`). */
  onEvent: (listener: (message: CdpMessage) => void) => void;
  /** Closes the pipe; the browser quits by itself then. */
  close: () => void;
}

interface Pending {
  resolve: (result: Record<string, unknown>) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** Default command timeout (ms). */
const DEFAULT_TIMEOUT_MS = 10_000;

/** Connects to a browser started with `--remote-debugging-pipe` and `stdio[3]`/`stdio[4]` as pipes. */
export function connectCdpPipe(toBrowser: Writable, fromBrowser: Readable): CdpConnection {
  const pending = new Map<number, Pending>();
  const listeners: ((message: CdpMessage) => void)[] = [];
  let nextId = 0;
  let closed = false;
  let buffered = '';

  const failAll = (reason: string) => {
    closed = true;
    for (const [id, entry] of pending) {
      clearTimeout(entry.timer);
      entry.reject(new Error(reason));
      pending.delete(id);
    }
  };

  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk: string) => {
    buffered += chunk;
    let end = buffered.indexOf('\0');
    while (end >= 0) {
      const text = buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
      end = buffered.indexOf('\0');
      let message: CdpMessage;
      try {
        message = JSON.parse(text) as CdpMessage;
      } catch {
        continue;
      }
      if (message.id === undefined) {
        for (const listener of listeners) listener(message);
        continue;
      }
      const entry = pending.get(message.id);
      if (!entry) continue;
      pending.delete(message.id);
      clearTimeout(entry.timer);
      if (message.error) entry.reject(new Error(message.error.message));
      else entry.resolve(message.result ?? {});
    }
  });
  fromBrowser.on('close', () => failAll('Verbindung zum Browser beendet'));
  fromBrowser.on('error', () => failAll('Verbindung zum Browser gestört'));
  toBrowser.on('error', () => failAll('Verbindung zum Browser gestört'));

  return {
    send: (method, params = {}, sessionId, timeoutMs = DEFAULT_TIMEOUT_MS) =>
      new Promise((resolve, reject) => {
        if (closed) {
          reject(new Error('Verbindung zum Browser beendet'));
          return;
        }
        const id = (nextId += 1);
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`${method}: keine Antwort nach ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(id, { resolve, reject, timer });
        toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      }),
    onEvent: (listener) => {
      listeners.push(listener);
    },
    close: () => {
      failAll('Verbindung zum Browser geschlossen');
      toBrowser.destroy();
      fromBrowser.destroy();
    },
  };
}
