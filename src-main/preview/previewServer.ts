import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BundleManifest } from '../../src-shared/bundleSchema';
import { createKioskHandler } from '../content/kioskHandler';
import { createKioskService } from '../kioskService';
import { createHttpApiHandler } from './httpApiHandler';
import { toNodeListener } from './nodeHttpAdapter';

/** Options of the browser preview host. */
export interface PreviewServerOptions {
  /** Absolute folder of the built renderer. */
  rendererDir: string;
  /** Absolute folder of the validated bundle to show. */
  bundleDir: string;
  /** Its validated manifest. */
  manifest: BundleManifest;
  appVersion: string;
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
 * Starts the preview host on 127.0.0.1 only: the same kiosk handler as in Electron, plus the HTTP version of the
 * kiosk API. Nothing listens on other interfaces.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const service = createKioskService({
    host: 'preview',
    appVersion: options.appVersion,
    active: () => ({ manifest: options.manifest, version: 'preview' }),
  });
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const handler = createKioskHandler({
    rendererDir: options.rendererDir,
    bundleDir: () => options.bundleDir,
    api: createHttpApiHandler(service),
  });
  server.on('request', toNodeListener(handler, origin));
  return {
    url: `${origin}/`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
