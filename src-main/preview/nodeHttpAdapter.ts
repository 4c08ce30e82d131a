import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { RequestHandler } from '../content/folderHandler';

/**
 * Bridges Node's HTTP server to a fetch-style {@link RequestHandler}, so that the preview host runs exactly the
 * handler Electron's `protocol.handle` runs. Only GET and HEAD reach the kiosk, so request bodies are not read.
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
      const request = new Request(origin + (incoming.url ?? '/'), { method: incoming.method ?? 'GET', headers });
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
