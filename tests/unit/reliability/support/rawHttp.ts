/**
 * One raw HTTP/1.1 exchange over a TCP socket to 127.0.0.1: the request line and headers are sent exactly as
 * given (no client-side escaping), so the server's own parser, adapter and handler all meet the hostile bytes.
 */
import { connect } from 'node:net';

/** What came back: the status (0 when the server closed without answering) and the body as text. */
export interface RawAnswer {
  status: number;
  head: string;
  body: string;
}

/** Sends `request` (a complete HTTP message) to `port` and reads until the server closes the connection. */
export function rawExchange(port: number, request: Buffer, timeoutMs: number): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`hang: no complete answer within ${timeoutMs} ms`));
    }, timeoutMs);
    // write, not end: a half-closed socket makes Node's server end its side before an async answer is written.
    socket.on('connect', () => socket.write(request));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined); // a reset after the answer is the server closing a bad request
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const head = split < 0 ? text : text.slice(0, split);
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
      resolve({ status, head, body: split < 0 ? '' : text.slice(split + 4) });
    });
  });
}
