import { BUNDLE_URL_PREFIX, CANDIDATE_URL_PREFIX } from '../../src-shared/kioskApi';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { errorResponse } from './fileResponse';
import { DERIVED_URL_PREFIX } from './derivatives/derivedHandler';
import { createFolderHandler, rawPathOf, type RequestHandler } from './folderHandler';

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
    if (path === '/' || path === '/index.html') {
      return app(new Request(new URL('/index.html', request.url), request));
    }
    return app(request);
  };
}
