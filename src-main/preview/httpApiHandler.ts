import { KIOSK_API_ROUTES, type KioskApi } from '../../src-shared/kioskApi';
import { BASE_HEADERS, errorResponse } from '../content/fileResponse';
import { rawPathOf, type RequestHandler } from '../content/folderHandler';

/**
 * Serves {@link KioskApi} over HTTP for the browser preview: one GET route per method (see `KIOSK_API_ROUTES`),
 * answered with JSON. The renderer's HTTP client is the other half.
 */
export function createHttpApiHandler(api: KioskApi): RequestHandler {
  const routes = new Map<string, keyof KioskApi>(
    Object.entries(KIOSK_API_ROUTES).map(([method, route]) => [route, method as keyof KioskApi]),
  );
  return async (request) => {
    const method = routes.get(rawPathOf(request.url) ?? '');
    if (method === undefined) return errorResponse(404, 'Not found');
    if (request.method !== 'GET') return errorResponse(405, 'Method not allowed');
    const body = JSON.stringify(await api[method]());
    return new Response(body, {
      headers: { ...BASE_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  };
}
