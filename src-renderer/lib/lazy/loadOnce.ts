/**
 * Wraps a loader (usually a dynamic `import()`) so that it runs at most once at a time: every caller gets the
 * first call's promise. A failed load is forgotten, so the next call tries again instead of failing forever.
 * @param load Starts the load, e.g. `() => import('./Big.svelte')`.
 * @returns A function with the same result that shares one load between callers.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
