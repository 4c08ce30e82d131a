import { KIOSK_API_ROUTES, type KioskApi } from '../../../src-shared/kioskApi';

/**
 * {@link KioskApi} over HTTP, for the browser preview host. Each method is one GET of its route; the answer is the
 * JSON the main-side service returned.
 *
 * @param fetchImpl Injected so tests can run it against a real preview host from Node.
 * @param baseUrl Absolute URL where the preview host serves, e.g. `http://127.0.0.1:4173/`.
 */
export function createHttpKioskApi(fetchImpl: typeof fetch, baseUrl: string): KioskApi {
  async function call<M extends keyof KioskApi>(method: M): Promise<Awaited<ReturnType<KioskApi[M]>>> {
    const url = new URL(KIOSK_API_ROUTES[method], baseUrl);
    const response = await fetchImpl(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`${method}: HTTP ${response.status}`);
    return (await response.json()) as Awaited<ReturnType<KioskApi[M]>>;
  }
  return {
    getActiveBundle: () => call('getActiveBundle'),
    getKioskInfo: () => call('getKioskInfo'),
  };
}
