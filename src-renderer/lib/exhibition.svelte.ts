import type { ActiveBundle } from '../../src-shared/kioskApi';
import type { KioskApi } from '../../src-shared/kioskApi';

/** Loading state of the exhibition shown on screen. */
export type ExhibitionStatus = 'loading' | 'ready' | 'unavailable';

/**
 * The exhibition the renderer shows: the active bundle once loaded, and which partner the visitor opened.
 * Loading failures retry by themselves, because nobody at a kiosk can press reload.
 */
export class Exhibition {
  #bundle = $state.raw<ActiveBundle | undefined>(undefined);
  #status = $state<ExhibitionStatus>('loading');
  /** Id of the partner whose profile is open, if any. */
  selectedPartnerId = $state<string | undefined>(undefined);

  get bundle(): ActiveBundle | undefined {
    return this.#bundle;
  }
  get status(): ExhibitionStatus {
    return this.#status;
  }
  readonly selectedPartner = $derived(
    this.#bundle?.manifest.partners.find((partner) => partner.id === this.selectedPartnerId),
  );

  /**
   * Loads the active bundle, retrying after `retryMs` while it is unavailable.
   * @param retryMs Delay between attempts in ms.
   */
  async load(api: KioskApi, retryMs = 3000): Promise<void> {
    for (;;) {
      try {
        this.#bundle = await api.getActiveBundle();
        this.#status = 'ready';
        return;
      } catch {
        this.#status = 'unavailable';
        await new Promise((resolve) => setTimeout(resolve, retryMs));
      }
    }
  }
}
