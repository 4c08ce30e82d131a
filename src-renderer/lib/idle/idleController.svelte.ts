/**
 * Runs the idle machine in the browser: listens for touches, keys and wheel turns on the window, ticks the clock
 * and mirrors the phase and the countdown into runes. The clock is injected for tests.
 */
import {
  countdownSecondsLeft,
  DEFAULT_COUNTDOWN_MS,
  type IdleConfig,
  type IdleEffect,
  idleActivity,
  type IdlePhase,
  type IdleState,
  idleTick,
  initialIdleState,
} from './idleMachine';

/** How often the clock is checked, ms: fine enough for a seconds countdown. */
const TICK_MS = 250;

/** What the controller tells its owner. */
export interface IdleHooks {
  /** The countdown ran out: reset the visitor session (attract starts). */
  onreset: () => void;
  /** The first touch in attract: open the item that was showing. */
  onwake: () => void;
}

export class IdleController {
  #state = $state.raw<IdleState>(initialIdleState(0));
  #nowMs = $state(0);
  #config: IdleConfig;
  readonly #hooks: IdleHooks;
  readonly #now: () => number;
  /** False when the attract loop is switched off: then no layer catches the first touch, the window does. */
  #attractShown = true;

  constructor(idleSeconds: number, hooks: IdleHooks, now: () => number = Date.now) {
    this.#config = { idleMs: idleSeconds * 1000, countdownMs: DEFAULT_COUNTDOWN_MS };
    this.#hooks = hooks;
    this.#now = now;
    this.#nowMs = now();
    this.#state = initialIdleState(this.#nowMs);
  }

  get phase(): IdlePhase {
    return this.#state.phase;
  }
  /** Seconds left in the visible countdown; 0 outside it. */
  get secondsLeft(): number {
    return countdownSecondsLeft(this.#state, this.#nowMs, this.#config);
  }
  /** Changes the idle time (the kiosk settings arrive after start), s; counts from the last touch. */
  setIdleSeconds(seconds: number): void {
    this.#config = { ...this.#config, idleMs: seconds * 1000 };
  }

  /** Whether a layer is shown in attract that wakes the kiosk itself (setting `attract.enabled`). */
  setAttractShown(shown: boolean): void {
    this.#attractShown = shown;
  }

  /** A touch, key or wheel turn: back to active; wakes from attract. */
  activity(): void {
    const step = idleActivity(this.#state, this.#now());
    this.#run(step.effect, step.state);
  }

  tick(): void {
    this.#nowMs = this.#now();
    const step = idleTick(this.#state, this.#nowMs, this.#config);
    this.#run(step.effect, step.state);
  }

  #run(effect: IdleEffect, state: IdleState): void {
    this.#state = state;
    this.#nowMs = this.#now();
    if (effect === 'reset') this.#hooks.onreset();
    else if (effect === 'wake') this.#hooks.onwake();
  }

  /**
   * Starts listening on `target` and ticking; returns the stop function (for `$effect`). In attract, pointers
   * are left to the attract layer, which wakes the kiosk on a full tap (so the tap cannot land on what opens);
   * without an attract layer (switched off) the first touch wakes the kiosk here and reaches the start screen.
   */
  start(target: Window): () => void {
    const onpointer = () => {
      if (this.#state.phase !== 'attract' || !this.#attractShown) this.activity();
    };
    const onkey = () => this.activity();
    const options = { capture: true, passive: true };
    target.addEventListener('pointerdown', onpointer, options);
    target.addEventListener('wheel', onpointer, options);
    target.addEventListener('keydown', onkey, options);
    const timer = target.setInterval(() => this.tick(), TICK_MS);
    return () => {
      target.removeEventListener('pointerdown', onpointer, options);
      target.removeEventListener('wheel', onpointer, options);
      target.removeEventListener('keydown', onkey, options);
      target.clearInterval(timer);
    };
  }
}
