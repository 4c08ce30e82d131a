/**
 * The bench's own HTTP server for the two peers, on 127.0.0.1 only: their pages, their library files straight
 * from node_modules, the stress data and the same camera photos as the kiosk's bundle. `setContent` switches the
 * data between sizes without a restart.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { mediaTypeFor } from '../../src-main/content/mediaTypes';
import { floorPage, peerDataScript, timelineJsPage, visTimelinePage } from './peerPages';
import type { StressContent } from './stressManifest';

/** A running peer server. */
export interface PeerServer {
  /** Origin such as `http://127.0.0.1:43210`. */
  origin: string;
  /** Serves `content` (and the photos of `bundleDir`) from now on. */
  setContent: (content: StressContent, bundleDir: string) => void;
  close: () => Promise<void>;
}

/** Starts the peer server; `projectRoot` is where node_modules lies. */
export async function startPeerServer(projectRoot: string): Promise<PeerServer> {
  const libraries: Record<string, string> = {
    vis: path.join(projectRoot, 'node_modules', 'vis-timeline', 'standalone', 'umd'),
    tl3: path.join(projectRoot, 'node_modules', '@knight-lab', 'timelinejs', 'dist'),
  };
  let dataScript = 'window.__stress = { partners: [], events: [] };';
  let photos: string[] = [];
  const pages: Record<string, string> = { '/vis/': visTimelinePage(), '/tl3/': timelineJsPage(), '/floor/': floorPage() };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, type: string, body: string) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    const page = pages[url.pathname];
    if (page) return send(200, 'text/html; charset=utf-8', page);
    if (url.pathname === '/data.js') return send(200, 'text/javascript; charset=utf-8', dataScript);
    let file: string | undefined;
    const photo = /^\/photos\/(\d+)\.jpg$/.exec(url.pathname);
    if (photo) file = photos[Number(photo[1])];
    const library = /^\/lib\/(vis|tl3)\/(.+)$/.exec(url.pathname);
    if (library) {
      const root = libraries[library[1] as string] as string;
      const candidate = path.resolve(root, decodeURIComponent(library[2] as string));
      // Only files below the library folder: no ../ escapes.
      if (candidate.startsWith(root + path.sep)) file = candidate;
    }
    if (!file) return send(404, 'text/plain; charset=utf-8', 'not found');
    const found = file;
    stat(found).then(
      (info) => {
        response.writeHead(200, { 'content-type': mediaTypeFor(found), 'content-length': info.size, 'cache-control': 'max-age=3600' });
        createReadStream(found).pipe(response);
      },
      () => send(404, 'text/plain; charset=utf-8', 'not found'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setContent: (content, bundleDir) => {
      dataScript = peerDataScript(content);
      photos = content.photoFiles.map((file) => path.join(bundleDir, file));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
