import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { mediaTypeFor } from './mediaTypes';

/** Headers every response of the kiosk carries, whatever it serves. */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

/** A plain-text error response with the base headers. */
export function errorResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** Options for {@link fileResponse}. */
export interface FileResponseOptions {
  /** Extra headers, e.g. a Content-Security-Policy for documents. */
  headers?: Record<string, string>;
  /** Cache-Control value; defaults to revalidating with the ETag on every use. */
  cacheControl?: string;
}

/**
 * Serves one existing regular file as a fetch `Response`: Content-Type from the extension, `nosniff`, a weak
 * ETag and Last-Modified from size and mtime, conditional requests (304), single byte ranges (206/416) and HEAD.
 *
 * @param filePath Absolute path, already checked to be inside the served folder.
 */
export async function fileResponse(
  request: Request,
  filePath: string,
  options: FileResponseOptions = {},
): Promise<Response> {
  const info = await stat(filePath);
  if (!info.isFile()) return errorResponse(404, 'Not found');
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
    ...BASE_HEADERS,
    ...options.headers,
    'Content-Type': mediaTypeFor(filePath),
    'Accept-Ranges': 'bytes',
    ETag: etag,
    'Last-Modified': new Date(Math.floor(info.mtimeMs / 1000) * 1000).toUTCString(),
    'Cache-Control': options.cacheControl ?? 'no-cache',
  };
  if (isNotModified(request, etag, info.mtimeMs)) {
    return new Response(null, { status: 304, headers });
  }
  const isHead = request.method === 'HEAD';
  const rangeHeader = request.headers.get('range');
  const ifRange = request.headers.get('if-range');
  const range = rangeHeader && (!ifRange || ifRange === etag) ? parseRange(rangeHeader, info.size) : 'none';
  if (range === 'unsatisfiable') {
    return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${info.size}` } });
  }
  if (range === 'none') {
    headers['Content-Length'] = String(info.size);
    return new Response(isHead ? null : streamFile(filePath), { status: 200, headers });
  }
  headers['Content-Length'] = String(range.end - range.start + 1);
  headers['Content-Range'] = `bytes ${range.start}-${range.end}/${info.size}`;
  return new Response(isHead ? null : streamFile(filePath, range), { status: 206, headers });
}

function isNotModified(request: Request, etag: string, mtimeMs: number): boolean {
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch !== null) {
    return ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*');
  }
  const ifModifiedSince = request.headers.get('if-modified-since');
  if (ifModifiedSince === null) return false;
  const since = Date.parse(ifModifiedSince);
  return Number.isFinite(since) && Math.floor(mtimeMs / 1000) * 1000 <= since;
}

/** An inclusive byte range. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Parses a `Range: bytes=…` header for a file of `size` bytes. Only a single range is honoured; several ranges
 * or another unit are answered with the whole file (`none`), as RFC 9110 allows.
 */
export function parseRange(header: string, size: number): ByteRange | 'none' | 'unsatisfiable' {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return 'none';
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return 'none';
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  if (start >= size) return 'unsatisfiable';
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (end < start) return 'unsatisfiable';
  return { start, end };
}

function streamFile(filePath: string, range?: ByteRange): ReadableStream<Uint8Array> {
  const stream = createReadStream(filePath, range ? { start: range.start, end: range.end } : {});
  return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
}
