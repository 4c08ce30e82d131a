/**
 * A stand-in for the renderer's `window` in Node: a real EventTarget whose listeners are counted, with the (fake)
 * timer functions of the test, so a week of idle cycles can be run in fake time and leaks show up as counts.
 */

type AddArguments = Parameters<EventTarget['addEventListener']>;
type RemoveArguments = Parameters<EventTarget['removeEventListener']>;

/** A window-like target that counts its listeners. */
export class CountingWindow extends EventTarget {
  #listeners = 0;
  readonly setInterval = (handler: () => void, ms: number): number => globalThis.setInterval(handler, ms) as unknown as number;
  readonly clearInterval = (id: number): void => globalThis.clearInterval(id);

  override addEventListener(...[type, listener, options]: AddArguments): void {
    this.#listeners += 1;
    super.addEventListener(type, listener, options);
  }

  override removeEventListener(...[type, listener, options]: RemoveArguments): void {
    this.#listeners -= 1;
    super.removeEventListener(type, listener, options);
  }

  /** Listeners added and not removed. */
  get listenerCount(): number {
    return this.#listeners;
  }

  /** A finger touching the screen. */
  touch(): void {
    this.dispatchEvent(new Event('pointerdown'));
  }
}
