/**
 * Components outside the renderer's entry chunk (issue 7): the first frame needs only the header and the
 * timeline, so everything else is fetched with a dynamic `import()`: when it is first needed, and usually before
 * that by {@link prefetchAfterFirstFrame}, so that a visitor's first tap finds it loaded.
 */
import { loadOnce } from './loadOnce';

/** A component module loaded on demand; its `component` becomes reactive state once the module has arrived. */
export class LazyComponent<C> {
  #component = $state.raw<C | undefined>(undefined);
  readonly #load: () => Promise<C>;

  /** @param importer The dynamic import, e.g. `() => import('./EventDetail.svelte')`. */
  constructor(importer: () => Promise<{ default: C }>) {
    this.#load = loadOnce(async () => {
      const component = (await importer()).default;
      this.#component = component;
      return component;
    });
  }

  /** The component once loaded; undefined before. Reading it never starts a load. */
  get component(): C | undefined {
    return this.#component;
  }

  /** Starts the load (once; a failed load is retried on the next call). */
  load(): Promise<C> {
    return this.#load();
  }

  /**
   * The component if loaded, else undefined after starting the load: for templates that show the component
   * when needed and nothing while its chunk is on its way (possible only in the first second).
   */
  get(): C | undefined {
    if (this.#component === undefined) this.load().catch(() => undefined);
    return this.#component;
  }
}

/**
 * Loads `parts` in idle time after the next frame, so the fetch and evaluation never delay the frame that shows
 * the timeline. `timeoutMs` bounds the wait for idle time on a busy main thread.
 * @returns A function that cancels the load if it has not started yet.
 */
export function prefetchAfterFirstFrame(parts: ReadonlyArray<{ load: () => Promise<unknown> }>, timeoutMs = 1000): () => void {
  let idle: number | undefined;
  const frame = requestAnimationFrame(() => {
    idle = requestIdleCallback(
      () => {
        for (const part of parts) part.load().catch(() => undefined);
      },
      { timeout: timeoutMs },
    );
  });
  return () => {
    cancelAnimationFrame(frame);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
