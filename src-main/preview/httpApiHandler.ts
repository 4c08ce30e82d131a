import { apiRoute, KIOSK_API_METHODS, type KioskApi } from '../../src-shared/kioskApi';
import { parseApiArguments } from '../../src-shared/kioskApiArguments';
import { BASE_HEADERS, errorResponse } from '../content/fileResponse';
import { rawPathOf, type RequestHandler } from '../content/folderHandler';

/** Largest request body the API accepts, in bytes: arguments are a PIN, a source id, or a batch of visit counts. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * Serves {@link KioskApi} over HTTP for the browser preview: `POST /api/<method>` with the arguments as a JSON
 * array, validated against the shared argument schemas before the service is called; the answer is JSON.
 * Only same-origin JSON requests are accepted (a cross-site form cannot send `application/json`).
 */
export function createHttpApiHandler(api: KioskApi): RequestHandler {
  const routes = new Map(KIOSK_API_METHODS.map((method) => [apiRoute(method), method]));
  return async (request) => {
    const method = routes.get(rawPathOf(request.url) ?? '');
    if (method === undefined) return errorResponse(404, 'Not found');
    if (request.method !== 'POST') return errorResponse(405, 'Method not allowed');
    if (!request.headers.get('content-type')?.startsWith('application/json')) return errorResponse(415, 'JSON expected');
    const origin = request.headers.get('origin');
    if (origin !== null && origin !== new URL(request.url).origin) return errorResponse(403, 'Forbidden');
    const body = await request.text();
    if (body.length > MAX_BODY_BYTES) return errorResponse(413, 'Too large');
    let raw: unknown;
    try {
      raw = body === '' ? [] : JSON.parse(body);
    } catch {
      return errorResponse(400, 'Invalid JSON');
    }
    const args = parseApiArguments(method, raw);
    if (args === undefined) return errorResponse(400, 'Invalid arguments');
    const headers = { ...BASE_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };
    try {
      const result: unknown = await (api[method] as (...values: unknown[]) => Promise<unknown>)(...args);
      return new Response(result === undefined ? '' : JSON.stringify(result), { headers });
    } catch (error) {
      // The service's message reaches the renderer as it would through IPC (e.g. „gesperrt“ → show the keypad).
      return new Response(JSON.stringify({ error: (error as Error).message }), { status: 500, headers });
    }
  };
}
