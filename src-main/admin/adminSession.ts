/**
 * The admin screen's session: unlocked by the PIN, locked again after inactivity, wrong PINs slowed down.
 * The clock is injected, so the rules are tested without waiting.
 */

/** Rules of the session. */
export interface AdminSessionOptions {
  /** Inactivity (ms) after which the session locks itself. */
  lockAfterMs: number;
  /** Wrong PINs allowed before a pause. Default 5. */
  maxAttempts?: number;
  /** Pause (ms) after too many wrong PINs; doubles with each further round. Default 60 s. */
  penaltyMs?: number;
  /** Clock in ms. */
  now: () => number;
}

export class AdminSession {
  #unlockedUntil = 0;
  #failures = 0;
  #rounds = 0;
  #blockedUntil = 0;
  readonly #options: Required<AdminSessionOptions>;

  constructor(options: AdminSessionOptions) {
    this.#options = { maxAttempts: 5, penaltyMs: 60_000, ...options };
  }

  /** True while unlocked and used within the inactivity limit. */
  get isUnlocked(): boolean {
    return this.#options.now() < this.#unlockedUntil;
  }

  /** Milliseconds until another PIN may be tried; 0 when allowed now. */
  get waitMs(): number {
    return Math.max(0, this.#blockedUntil - this.#options.now());
  }

  /** Records the outcome of a PIN check made by the caller (only when {@link waitMs} is 0). */
  recordAttempt(correct: boolean): void {
    const now = this.#options.now();
    if (correct) {
      this.#failures = 0;
      this.#rounds = 0;
      this.#unlockedUntil = now + this.#options.lockAfterMs;
      return;
    }
    this.#failures += 1;
    if (this.#failures >= this.#options.maxAttempts) {
      this.#blockedUntil = now + this.#options.penaltyMs * 2 ** this.#rounds;
      this.#rounds += 1;
      this.#failures = 0;
    }
  }

  /** Extends the session after a curator action; returns false (and stays locked) when it had expired. */
  touch(): boolean {
    if (!this.isUnlocked) return false;
    this.#unlockedUntil = this.#options.now() + this.#options.lockAfterMs;
    return true;
  }

  lock(): void {
    this.#unlockedUntil = 0;
  }
}
