import { isAdminLocked, type ActiveBundle, type AdminOutcome, type AdminStatus, type ContentSource, type KioskApi, type SourceCheck } from '../../src-shared/kioskApi';

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
  /** Another exhibition would replace the one on screen: the source and the question, until confirmed or cancelled. */
  replacing = $state.raw<{ source: ContentSource; question: string } | undefined>(undefined);

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
      if (!(await this.#loadStatus())) return;
      const sources = await this.#api.adminListSources();
      if (isAdminLocked(sources)) this.#locked();
      else this.sources = sources;
    });
  }

  async check(source: ContentSource): Promise<void> {
    await this.#run(`Prüfe „${source.label}“ …`, async () => {
      const check = await this.#api.adminCheckSource(source.id);
      if (check.reason === 'locked') return this.#locked();
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

  /**
   * Activates `source`. When it is another exhibition than the one on screen the main side asks first
   * (reason `other-bundle`): the question is shown, and {@link confirmReplace} activates with `replace`.
   */
  async activate(source: ContentSource, replace = false): Promise<void> {
    this.endPreview();
    this.replacing = undefined;
    await this.#run(`Übernehme „${source.label}“ …`, async () => {
      const outcome = await this.#api.adminActivateSource(source.id, replace);
      if (!this.#apply(outcome)) return;
      if (outcome.reason === 'other-bundle') {
        this.replacing = { source, question: outcome.message };
        this.message = undefined;
        return;
      }
      if (outcome.ok) {
        this.report = undefined;
        this.#hooks.onActiveChanged();
      }
      await this.#loadStatus();
    });
  }

  /** The curator confirmed that the other exhibition replaces the one on screen. */
  async confirmReplace(): Promise<void> {
    const pending = this.replacing;
    if (pending) await this.activate(pending.source, true);
  }

  cancelReplace(): void {
    this.replacing = undefined;
    this.message = { ok: true, text: 'Nichts geändert: Die gezeigte Ausstellung bleibt.' };
    this.touch();
  }

  async rollback(): Promise<void> {
    await this.#run('Schalte zurück …', async () => {
      const outcome = await this.#api.adminRollback();
      if (!this.#apply(outcome)) return;
      if (outcome.ok) this.#hooks.onActiveChanged();
      await this.#loadStatus();
    });
  }

  async changePin(currentPin: string, newPin: string): Promise<{ ok: boolean; message: string }> {
    const outcome = await this.#api.adminChangePin(currentPin, newPin);
    if (!this.#apply(outcome)) return outcome;
    if (outcome.ok) await this.#loadStatus();
    this.touch();
    return outcome;
  }

  async quit(): Promise<void> {
    const outcome = await this.#api.adminQuit();
    this.#apply(outcome);
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

  /** Shows `outcome`; false when it says the session is locked (the keypad is shown again instead). */
  #apply(outcome: AdminOutcome): boolean {
    if (outcome.reason === 'locked') {
      this.#locked();
      return false;
    }
    this.message = { ok: outcome.ok, text: outcome.message };
    return true;
  }

  /** Loads the overview; false when the session turned out to be locked. */
  async #loadStatus(): Promise<boolean> {
    const status = await this.#api.adminStatus();
    if (isAdminLocked(status)) {
      this.#locked();
      return false;
    }
    this.status = status;
    return true;
  }

  /** The main side locked itself after inactivity: show the keypad again rather than an error. */
  #locked(): void {
    if (this.stage === 'preview') this.#hooks.onPreview(undefined);
    this.stage = 'pin';
    this.replacing = undefined;
  }

  async #run(label: string, work: () => Promise<void>): Promise<void> {
    this.busy = label;
    this.touch();
    try {
      await work();
    } catch (error) {
      // A locked session arrives as a value (handled above); what is thrown here is a broken connection or a bug.
      this.message = { ok: false, text: `Das hat nicht geklappt: ${(error as Error).message}` };
    } finally {
      this.busy = undefined;
      this.touch();
    }
  }
}
