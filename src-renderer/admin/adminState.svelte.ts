import type { ActiveBundle, AdminStatus, ContentSource, KioskApi, SourceCheck } from '../../src-shared/kioskApi';

/** Which admin view is open. */
export type AdminStage = 'closed' | 'pin' | 'open' | 'preview';

/** What the admin layer tells the rest of the app. */
export interface AdminHooks {
  /** The shown exhibition changed (activation, rollback): reload it. */
  onActiveChanged: () => void;
  /** Show a checked bundle instead of the active one (undefined: back to the active one). */
  onPreview: (bundle: ActiveBundle | undefined) => void;
}

/**
 * The curator's admin flow in the renderer: PIN, overview, sources, validation report, preview, activation,
 * rollback and PIN change. All decisions are made by the main side; this class only keeps what is on screen and
 * locks itself after `lockAfterMs` without a touch, like the main-side session.
 */
export class AdminState {
  stage = $state<AdminStage>('closed');
  status = $state.raw<AdminStatus | undefined>(undefined);
  sources = $state.raw<ContentSource[]>([]);
  report = $state.raw<{ source: ContentSource; check: SourceCheck } | undefined>(undefined);
  /** German text of the operation running now; buttons are disabled meanwhile. */
  busy = $state<string | undefined>(undefined);
  /** The last outcome, German. */
  message = $state<{ ok: boolean; text: string } | undefined>(undefined);

  readonly #api: KioskApi;
  readonly #hooks: AdminHooks;
  #lockAfterMs = 120_000;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(api: KioskApi, hooks: AdminHooks) {
    this.#api = api;
    this.#hooks = hooks;
  }

  /** The hidden gesture was made: ask for the PIN. */
  askPin(lockAfterMs: number): void {
    this.#lockAfterMs = lockAfterMs;
    this.stage = 'pin';
    this.message = undefined;
    this.touch();
  }

  /** @returns the main side's answer, for the keypad to show. */
  async unlock(pin: string): Promise<{ ok: boolean; message: string }> {
    const outcome = await this.#api.adminUnlock(pin);
    if (outcome.ok) {
      this.stage = 'open';
      await this.refresh();
    }
    return outcome;
  }

  async refresh(): Promise<void> {
    await this.#run('Lade Übersicht …', async () => {
      this.status = await this.#api.adminStatus();
      this.sources = await this.#api.adminListSources();
    });
  }

  async check(source: ContentSource): Promise<void> {
    await this.#run(`Prüfe „${source.label}“ …`, async () => {
      const check = await this.#api.adminCheckSource(source.id);
      this.report = { source, check };
      this.message = { ok: check.ok, text: check.message };
    });
  }

  /** Shows the checked bundle full screen with a banner; `endPreview` returns to the admin screen. */
  startPreview(): void {
    const preview = this.report?.check.preview;
    if (!preview) return;
    this.stage = 'preview';
    this.#hooks.onPreview(preview);
    this.touch();
  }

  endPreview(): void {
    this.#hooks.onPreview(undefined);
    if (this.stage === 'preview') this.stage = 'open';
    this.touch();
  }

  async activate(source: ContentSource): Promise<void> {
    this.endPreview();
    await this.#run(`Übernehme „${source.label}“ …`, async () => {
      const outcome = await this.#api.adminActivateSource(source.id);
      this.message = { ok: outcome.ok, text: outcome.message };
      if (outcome.ok) {
        this.report = undefined;
        this.#hooks.onActiveChanged();
      }
      this.status = await this.#api.adminStatus();
    });
  }

  async rollback(): Promise<void> {
    await this.#run('Schalte zurück …', async () => {
      const outcome = await this.#api.adminRollback();
      this.message = { ok: outcome.ok, text: outcome.message };
      if (outcome.ok) this.#hooks.onActiveChanged();
      this.status = await this.#api.adminStatus();
    });
  }

  async changePin(currentPin: string, newPin: string): Promise<{ ok: boolean; message: string }> {
    const outcome = await this.#api.adminChangePin(currentPin, newPin);
    this.message = { ok: outcome.ok, text: outcome.message };
    if (outcome.ok) this.status = await this.#api.adminStatus();
    this.touch();
    return outcome;
  }

  async quit(): Promise<void> {
    const outcome = await this.#api.adminQuit();
    this.message = { ok: outcome.ok, text: outcome.message };
  }

  /** Any touch inside the admin layer: restart the inactivity countdown. */
  touch(): void {
    clearTimeout(this.#timer);
    if (this.stage !== 'closed') this.#timer = setTimeout(() => void this.lock(), this.#lockAfterMs);
  }

  async lock(): Promise<void> {
    clearTimeout(this.#timer);
    if (this.stage === 'preview') this.#hooks.onPreview(undefined);
    this.stage = 'closed';
    this.status = undefined;
    this.report = undefined;
    this.message = undefined;
    await this.#api.adminLock().catch(() => undefined);
  }

  async #run(label: string, work: () => Promise<void>): Promise<void> {
    this.busy = label;
    this.touch();
    try {
      await work();
    } catch (error) {
      // The main side locks itself after inactivity; show the keypad again rather than an error.
      if (/gesperrt/.test((error as Error).message)) {
        this.stage = 'pin';
      } else {
        this.message = { ok: false, text: `Das hat nicht geklappt: ${(error as Error).message}` };
      }
    } finally {
      this.busy = undefined;
      this.touch();
    }
  }
}
