import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { RequestHandler } from '../content/folderHandler';

/** Request bodies are small JSON argument lists; anything larger is cut off and refused by the API handler. */
const MAX_BODY_BYTES = 64 * 1024;

async function readBody(incoming: IncomingMessage, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) break;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Bridges Node's HTTP server to a fetch-style {@link RequestHandler}, so that the preview host runs exactly the
 * handler Electron's `protocol.handle` runs.
 */
export function toNodeListener(handler: RequestHandler, origin: string) {
  return async (incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> => {
    try {
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (typeof value === 'string') headers.set(name, value);
        else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
      }
      // The raw request target is kept as written; `new Request` normalises dot segments like a browser does.
      const method = incoming.method ?? 'GET';
      const target = incoming.url ?? '/';
      // Only origin-form targets (`/path`) address this host; an absolute-form (`http://…`) or `*` target is meant
      // for a proxy and would otherwise make an invalid URL here (an internal error instead of a 400).
      const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(incoming, MAX_BODY_BYTES);
      let request: Request;
      try {
        if (!target.startsWith('/')) throw new Error('not an origin-form target');
        // fetch's Request also refuses what no browser sends (TRACE, TRACK): a bad request, not an internal error.
        request = new Request(origin + target, { method, headers, body });
      } catch {
        outgoing.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
        outgoing.end('Bad request');
        return;
      }
      const response = await handler(request);
      outgoing.writeHead(response.status, Object.fromEntries(response.headers));
      if (response.body === null || incoming.method === 'HEAD') {
        outgoing.end();
        return;
      }
      await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), outgoing);
    } catch (error) {
      if (!outgoing.headersSent) {
        outgoing.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        outgoing.end('Internal error');
      } else {
        outgoing.destroy(error as Error);
      }
    }
  };
}
