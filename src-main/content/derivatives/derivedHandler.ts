/**
 * Serves derivatives over the kiosk's one request handler. URL scheme (the renderer builds these URLs):
 *
 * ```
 * /derived/bundle/<size>/<image file>      the active bundle's image   (size: thumb | screen | full)
 * /derived/candidate/<size>/<image file>   the curator's preview candidate's image
 * … optionally followed by ?v=<sha-256 of the source>
 * ```
 *
 * `<image file>` is an `images[].file` value of the manifest, each segment percent-encoded as in `/bundle/` URLs
 * (`encodeURI` of the path is enough), so `'/derived' + baseUrl + size + '/' + encodeURI(file)` turns an
 * `ActiveBundle.baseUrl` into a derivative URL. The answer is `image/webp` with `nosniff` and the strong ETag
 * `"<sha-256>.<size>.<pipeline>"`; with `?v=` equal to the source's hash it may be cached for a year (the URL
 * changes when the photo does), without it the browser revalidates (a 304 costs no encoding). A missing
 * derivative is made on demand, ahead of background work. Anything that is not an image of the manifest is 404.
 */
import { readFile } from 'node:fs/promises';
import type { BundleManifest } from '../../../src-shared/bundleSchema';
import { BASE_HEADERS, errorResponse, fileResponse } from '../fileResponse';
import type { RequestHandler } from '../folderHandler';
import { rawPathOf } from '../folderHandler';
import { decodeRequestPath, safeResolve } from '../safeResolve';
import type { DerivativeCache } from './derivativeCache';
import { DERIVED_URL_PREFIX, isDerivativeSize } from '../../../src-shared/derivedImages';
import { DERIVATIVE_MEDIA_TYPE } from './derivativeSizes';

// The prefix is part of the URL contract with the renderer (src-shared/derivedImages.ts).
export { DERIVED_URL_PREFIX } from '../../../src-shared/derivedImages';
/** Cache-Control of a URL that names the source's hash: it can never change. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** A bundle folder and its validated manifest. */
export interface ServedImages {
  dir: string;
  manifest: BundleManifest;
}

/** Where {@link createDerivedHandler} finds the bundles; asked on every request, since activation switches them. */
export interface DerivedHandlerOptions {
  cache: DerivativeCache;
  bundle: () => ServedImages;
  candidate?: () => ServedImages | undefined;
}

/** The handler for everything below {@link DERIVED_URL_PREFIX}. */
export function createDerivedHandler(options: DerivedHandlerOptions): RequestHandler {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405, 'Method not allowed');
    const rawPath = rawPathOf(request.url);
    if (rawPath === undefined || !rawPath.startsWith(DERIVED_URL_PREFIX)) return notFound();
    const [mount, size, ...rest] = rawPath.slice(DERIVED_URL_PREFIX.length).split('/');
    const served = mount === 'bundle' ? options.bundle() : mount === 'candidate' ? options.candidate?.() : undefined;
    if (!served || size === undefined || !isDerivativeSize(size)) return notFound();
    const file = decodeRequestPath(rest.join('/'));
    if (file === undefined) return notFound();
    let derivative;
    try {
      derivative = await options.cache.derivativeFor(served.dir, served.manifest, file, size);
    } catch {
      // The cache cannot be written (disk full, read-only data folder) or the source vanished: the original photo
      // is served instead, uncached, so visitors still see every picture until the cache works again.
      return originalImage(request, served.dir, rest.join('/'));
    }
    if (!derivative) return notFound();
    const version = new URL(request.url).searchParams.get('v');
    const headers: Record<string, string> = {
      ...BASE_HEADERS,
      'Content-Type': DERIVATIVE_MEDIA_TYPE,
      ETag: derivative.etag,
      'Cache-Control': version === derivative.hash ? IMMUTABLE_CACHE_CONTROL : 'no-cache',
    };
    const ifNoneMatch = request.headers.get('if-none-match');
    if (ifNoneMatch !== null && ifNoneMatch.split(',').some((tag) => [derivative.etag, '*'].includes(tag.trim()))) {
      return new Response(null, { status: 304, headers });
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(derivative.path);
    } catch {
      return notFound();
    }
    headers['Content-Length'] = String(bytes.length);
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(bytes), { status: 200, headers });
  };
}

/** The original file below `dir` (as `/bundle/` would serve it), or 503 when it cannot be read either. */
async function originalImage(request: Request, dir: string, encodedFile: string): Promise<Response> {
  const filePath = await safeResolve(dir, encodedFile);
  if (filePath === undefined) return errorResponse(503, 'Derivative unavailable');
  try {
    return await fileResponse(request, filePath, { cacheControl: 'no-store' });
  } catch {
    return errorResponse(503, 'Derivative unavailable');
  }
}

function notFound(): Response {
  return errorResponse(404, 'Not found');
}
