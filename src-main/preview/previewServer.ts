import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createKioskHandler } from '../content/kioskHandler';
import type { KioskRuntime } from '../kioskRuntime';
import { createHttpApiHandler } from './httpApiHandler';
import { toNodeListener } from './nodeHttpAdapter';

/** Options of the browser preview host. */
export interface PreviewServerOptions {
  /** Absolute folder of the built renderer. */
  rendererDir: string;
  /** The kiosk's main side, as Electron would run it. */
  runtime: KioskRuntime;
  /** TCP port; 0 picks a free one. */
  port: number;
}

/** A running preview host. */
export interface PreviewServer {
  /** Base URL such as `http://127.0.0.1:4173/`. */
  url: string;
  server: Server;
  close: () => Promise<void>;
}

/**
 * Starts the preview host on 127.0.0.1 only: the same kiosk handler and runtime as in Electron, with the kiosk
 * API over HTTP instead of IPC. Nothing listens on other interfaces.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const { runtime } = options;
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const handler = createKioskHandler({
    rendererDir: options.rendererDir,
    bundleDir: () => runtime.showing.active.dir,
    candidateDir: () => runtime.showing.candidate?.dir,
    api: createHttpApiHandler(runtime.api),
    derived: runtime.derivatives.handler,
    bootSnapshot: () => runtime.api.getActiveBundle(),
  });
  const listener = toNodeListener(handler, origin);
  // DNS rebinding guard: a page on another site whose name resolves to 127.0.0.1 sends its own Host header, so
  // only requests addressed to this host by its loopback name are answered (the browser route keeps it running).
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  server.on('request', (incoming, outgoing) => {
    if (allowedHosts.has(incoming.headers.host?.toLowerCase() ?? '')) return void listener(incoming, outgoing);
    outgoing.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' });
    outgoing.end('Misdirected request');
  });
  return {
    url: `${origin}/`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        runtime.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
