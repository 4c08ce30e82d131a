/**
 * Feeds the visit machine from the running kiosk and sends each finished visit to the main side. It watches the
 * shell's runes (view, open panel, viewer, gallery page, filters) and the window's touches; the idle layer tells
 * it when a visit ends (`visitEnded`, before the reset) and when the attract loop was woken (`woke`).
 * Nothing is kept between visits but the unsent records of a failed call.
 */
import type { KioskApi } from '../../../src-shared/kioskApi';
import { MAX_VISITS_PER_BATCH, type VisitRecord } from '../../../src-shared/usageStats';
import type { KioskShell } from '../kioskShell.svelte';
import { endVisit, localHour, type VisitInput, visitStep, type VisitState } from './visitMachine';

export class UsageRecorder {
  #state: VisitState = undefined;
  #unsent: VisitRecord[] = [];
  readonly #shell: KioskShell;
  readonly #api: KioskApi;
  readonly #now: () => number;

  constructor(shell: KioskShell, api: KioskApi, now: () => number = Date.now) {
    this.#shell = shell;
    this.#api = api;
    this.#now = now;
  }

  #step(input: VisitInput): void {
    this.#state = visitStep(this.#state, input);
  }

  /** A touch, key or wheel turn anywhere: starts a visit or keeps it going. */
  touched(): void {
    this.#step({ kind: 'touch', nowMs: this.#now(), mode: this.#shell.mode });
  }

  /** The first touch on the attract loop opened its slide. */
  woke(): void {
    this.#step({ kind: 'wake', nowMs: this.#now(), mode: this.#shell.mode });
  }

  /** The idle countdown ran out: the visit is over; call before the shell resets. */
  visitEnded(): void {
    const bundle = this.#shell.source.bundle;
    // A curator's preview of a bundle that is not yet active is not a visit.
    const record =
      bundle && bundle.version !== 'preview'
        ? endVisit(this.#state, {
            bundleId: bundle.manifest.id,
            bundleVersion: bundle.version,
            language: this.#shell.session.language,
            hourOf: localHour,
          })
        : undefined;
    this.#state = undefined;
    if (record) this.#send([...this.#unsent, record].slice(-MAX_VISITS_PER_BATCH));
  }

  #send(batch: VisitRecord[]): void {
    this.#unsent = [];
    this.#api.recordUsage(batch).catch(() => {
      // Kept for the next visit's call (the main side may be restarting); older ones give way when too many.
      this.#unsent = [...batch, ...this.#unsent].slice(-MAX_VISITS_PER_BATCH);
    });
  }

  /** Starts watching `target` and the shell; returns the stop function (for `$effect`). */
  start(target: Window): () => void {
    const shell = this.#shell;
    const ontouch = () => this.touched();
    const options = { capture: true, passive: true };
    target.addEventListener('pointerdown', ontouch, options);
    target.addEventListener('keydown', ontouch, options);
    target.addEventListener('wheel', ontouch, options);
    // Read inside the effect only: a read here would make the caller's `$effect` restart on every mode change.
    let lastMode: string | undefined;
    const stopEffects = $effect.root(() => {
      $effect(() => {
        const mode = shell.mode;
        if (lastMode !== undefined && mode !== lastMode) this.#step({ kind: 'mode', mode });
        lastMode = mode;
      });
      $effect(() => {
        const panel = shell.ui.panel;
        if (panel?.kind === 'event') this.#step({ kind: 'event', id: panel.id });
        else if (panel?.kind === 'partner') this.#step({ kind: 'partner', id: panel.id });
      });
      $effect(() => {
        const viewer = shell.ui.viewer;
        const id = viewer?.imageIds[viewer.index];
        if (id) this.#step({ kind: 'image', id });
      });
      $effect(() => {
        if (shell.mode === 'gallery') this.#step({ kind: 'gallery', index: shell.galleryIndex });
      });
      $effect(() => {
        const filters = shell.session.filters;
        if (filters.partnerIds.size > 0) this.#step({ kind: 'filter', filter: 'partnerIds' });
        if (filters.countries.size > 0) this.#step({ kind: 'filter', filter: 'countries' });
        if (filters.themes.size > 0) this.#step({ kind: 'filter', filter: 'themes' });
      });
    });
    return () => {
      target.removeEventListener('pointerdown', ontouch, options);
      target.removeEventListener('keydown', ontouch, options);
      target.removeEventListener('wheel', ontouch, options);
      stopEffects();
    };
  }
}
