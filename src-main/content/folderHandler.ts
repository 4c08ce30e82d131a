import { errorResponse, fileResponse, type FileResponseOptions } from './fileResponse';
import { safeResolve } from './safeResolve';

/** A fetch-style request handler: the one seam Electron's `protocol.handle` and the preview host share. */
export type RequestHandler = (request: Request) => Promise<Response>;

/**
 * Serves the files of one folder below a URL prefix, refusing everything that would leave the folder with 404.
 *
 * @param root Absolute folder to serve.
 * @param prefix URL path prefix, starting and ending with `/`, e.g. `/bundle/`.
 * @param options Response options applied to every file, see {@link fileResponse}.
 */
export function createFolderHandler(root: string, prefix: string, options: FileResponseOptions = {}): RequestHandler {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405, 'Method not allowed');
    const encodedPath = encodedPathBelow(request.url, prefix);
    if (encodedPath === undefined) return errorResponse(404, 'Not found');
    const filePath = await safeResolve(root, encodedPath);
    if (filePath === undefined) return errorResponse(404, 'Not found');
    try {
      return await fileResponse(request, filePath, options);
    } catch {
      // A file removed or made unreadable between resolving and reading is simply not there.
      return errorResponse(404, 'Not found');
    }
  };
}

/**
 * The still-encoded path of `url` below `prefix`, or `undefined` when the URL is not below it. The raw text is
 * taken from the request line, not from `URL.pathname`, so that encoded separators stay visible to the checks.
 */
export function encodedPathBelow(url: string, prefix: string): string | undefined {
  const rawPath = rawPathOf(url);
  if (rawPath === undefined || !rawPath.startsWith(prefix)) return undefined;
  return rawPath.slice(prefix.length);
}

/** The path part of an absolute URL exactly as written (no dot-segment removal), without query and fragment. */
export function rawPathOf(url: string): string | undefined {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url);
  return match?.[1] === undefined ? undefined : match[1] || '/';
}
