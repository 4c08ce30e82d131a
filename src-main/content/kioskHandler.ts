import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BUNDLE_URL_PREFIX, CANDIDATE_URL_PREFIX, type ActiveBundle } from '../../src-shared/kioskApi';
import { bootDocument, fontPreloadPaths, stylesheetHrefs } from './bootDocument';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { BASE_HEADERS, errorResponse } from './fileResponse';
import { DERIVED_URL_PREFIX } from './derivatives/derivedHandler';
import { createFolderHandler, rawPathOf, type RequestHandler } from './folderHandler';
import { safeResolve } from './safeResolve';

/** Where the kiosk handler finds what it serves. */
export interface KioskHandlerOptions {
  /** Absolute folder of the built renderer (`out/renderer`). */
  rendererDir: string;
  /** The folder of the bundle showing now; asked on every request because activation can switch it. */
  bundleDir: () => string;
  /** The folder of a checked bundle the curator previews before activating it, if any. */
  candidateDir?: () => string | undefined;
  /** Handles `/api/…` (the preview host's HTTP API); without it those paths are 404. */
  api?: RequestHandler;
  /** Handles `/derived/…`, the display sizes of bundle images (`derivatives/derivedHandler.ts`); without it 404. */
  derived?: RequestHandler;
  /**
   * The active bundle exactly as `getActiveBundle()` answers, asked on every request of the app document and put
   * into it (see `bootDocument.ts`); without it, or when it fails, the renderer asks the API itself.
   */
  bootSnapshot?: () => Promise<ActiveBundle | undefined> | ActiveBundle | undefined;
}

/**
 * The one request handler of the kiosk: app files at `/`, the active bundle below `/bundle/`, a curator's preview
 * candidate below `/candidate/`, display sizes of their images below `/derived/` (URL scheme in
 * `derivatives/derivedHandler.ts`), the optional API below `/api/`. Electron registers it with `protocol.handle` on the privileged `kiosk:` scheme; the preview host
 * serves it over HTTP on 127.0.0.1. Every document carries the kiosk's Content-Security-Policy.
 */
export function createKioskHandler(options: KioskHandlerOptions): RequestHandler {
  const app = createFolderHandler(options.rendererDir, '/', {
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  });
  // The build names every file below /assets/ by its content hash: a name never changes its bytes, so the browser
  // may keep them without asking again, and a restarted kiosk starts from its cache (and V8's code cache).
  const hashedAssets = createFolderHandler(options.rendererDir, '/', {
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    cacheControl: IMMUTABLE,
  });
  const appDocument = createDocumentHandler(options);
  return async (request) => {
    const path = rawPathOf(request.url);
    if (path === undefined) return errorResponse(400, 'Bad request');
    if (path.startsWith(BUNDLE_URL_PREFIX)) {
      return createFolderHandler(options.bundleDir(), BUNDLE_URL_PREFIX)(request);
    }
    if (path.startsWith(CANDIDATE_URL_PREFIX)) {
      const candidate = options.candidateDir?.();
      return candidate ? createFolderHandler(candidate, CANDIDATE_URL_PREFIX)(request) : errorResponse(404, 'Not found');
    }
    if (path.startsWith(DERIVED_URL_PREFIX)) {
      return options.derived ? options.derived(request) : errorResponse(404, 'Not found');
    }
    if (path === '/api' || path.startsWith('/api/')) {
      return options.api ? options.api(request) : errorResponse(404, 'Not found');
    }
    if (path === '/' || path === '/index.html') return appDocument(request);
    if (HASHED_ASSET.test(path)) return hashedAssets(request);
    return app(request);
  };
}

/** Cache-Control of content-hashed build output. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** A file the build named by its content hash, e.g. `/assets/index-BpW1vku9.js`. */
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

/** The built `index.html` and the font paths read from its stylesheets, for one version of the file. */
interface DocumentTemplate {
  /** Size and mtime of `index.html`: a rebuild changes it, and then the template is read again. */
  key: string;
  html: string;
  fontPaths: string[];
}

/**
 * Serves the app document: the built `index.html` with font preloads and the bundle snapshot (`bootDocument.ts`).
 * The body changes with the shown bundle, so it is never stored (`no-store`) and carries no validators: an ETag
 * or Last-Modified of the file on disk would not describe it, and nothing is kept to revalidate anyway.
 */
function createDocumentHandler(options: KioskHandlerOptions): RequestHandler {
  const indexFile = join(options.rendererDir, 'index.html');
  let template: Promise<DocumentTemplate> | undefined;
  const currentTemplate = async (): Promise<DocumentTemplate | undefined> => {
    let key: string;
    try {
      const info = await stat(indexFile);
      if (!info.isFile()) return undefined;
      key = `${info.size}-${info.mtimeMs}`;
    } catch {
      return undefined;
    }
    const cached = await template?.catch(() => undefined);
    if (cached?.key === key) return cached;
    template = readTemplate(options.rendererDir, indexFile, key);
    return template;
  };
  // The document of the last snapshot: a 5,000-event bundle makes a 700 kB document, and writing it out again
  // for every load would cost ≈ 30 ms of the time to first render (issue 7).
  let last: { template: DocumentTemplate; snapshot: ActiveBundle | undefined; body: Uint8Array } | undefined;
  const documentFor = (found: DocumentTemplate, snapshot: ActiveBundle | undefined): Uint8Array => {
    if (last && last.template === found && sameSnapshot(last.snapshot, snapshot)) return last.body;
    const body = new TextEncoder().encode(bootDocument(found.html, { fontPaths: found.fontPaths, snapshot }));
    last = { template: found, snapshot, body };
    return body;
  };
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405, 'Method not allowed');
    let found: DocumentTemplate | undefined;
    try {
      found = await currentTemplate();
    } catch {
      // Removed or unreadable between stat and read (a rebuild in progress): not there, as for any file.
      found = undefined;
    }
    if (!found) return errorResponse(404, 'Not found');
    let snapshot: ActiveBundle | undefined;
    try {
      snapshot = await options.bootSnapshot?.();
    } catch {
      // The renderer falls back to asking the API, which reports the problem where it can be retried.
      snapshot = undefined;
    }
    const body = documentFor(found, snapshot);
    const headers = {
      ...BASE_HEADERS,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': String(body.byteLength),
      'Cache-Control': 'no-store',
    };
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  };
}

/** True when two snapshots describe the same showing: the same manifest object, version, URL and revision. */
function sameSnapshot(a: ActiveBundle | undefined, b: ActiveBundle | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.manifest === b.manifest && a.version === b.version && a.baseUrl === b.baseUrl && a.revision === b.revision;
}

async function readTemplate(rendererDir: string, indexFile: string, key: string): Promise<DocumentTemplate> {
  const html = await readFile(indexFile, 'utf8');
  const fontPaths: string[] = [];
  for (const href of stylesheetHrefs(html)) {
    const cssPath = new URL(href, 'http://document.invalid/').pathname;
    const cssFile = await safeResolve(rendererDir, cssPath.replace(/^\//, ''));
    if (!cssFile) continue;
    // A missing stylesheet only costs the preloads; the document itself is still served.
    const css = await readFile(cssFile, 'utf8').catch(() => '');
    fontPaths.push(...fontPreloadPaths(css, href).filter((fontPath) => !fontPaths.includes(fontPath)));
  }
  return { key, html, fontPaths };
}
