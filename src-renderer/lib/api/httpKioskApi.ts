import { apiRoute, type KioskApi } from '../../../src-shared/kioskApi';
import { createKioskApiClient } from '../../../src-shared/kioskApiClient';

/**
 * {@link KioskApi} over HTTP, for the browser preview host: each call is `POST /api/<method>` with the arguments
 * as a JSON array; the answer is the JSON the main-side service returned.
 *
 * @param fetchImpl Injected so tests can run it against a real preview host from Node.
 * @param baseUrl Absolute URL where the preview host serves, e.g. `http://127.0.0.1:4173/`.
 */
export function createHttpKioskApi(fetchImpl: typeof fetch, baseUrl: string): KioskApi {
  return createKioskApiClient(async (method, args) => {
    const response = await fetchImpl(new URL(apiRoute(method), baseUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(args),
    });
    if (!response.ok) {
      const answer = (await response.json().catch(() => undefined)) as { error?: string } | undefined;
      throw new Error(answer?.error ?? `${method}: HTTP ${response.status}`);
    }
    const text = await response.text();
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  });
}
