import { watch, type FSWatcher } from 'node:fs';

/**
 * Watches a bundle source (folder, recursively, or a `.zip` file) and calls `onSettled` once changes have stopped
 * for `debounceMs`, so that a curator copying fifty photos triggers one re-validation, not fifty. A source that
 * disappears (USB stick removed) simply stops being watched.
 *
 * @param debounceMs Quiet time after the last change, in ms.
 * @returns A function that stops watching.
 */
export function watchSource(source: string, onSettled: () => void, debounceMs = 1500): () => void {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(onSettled, debounceMs);
  };
  try {
    watcher = watch(source, { recursive: true, persistent: false }, changed);
    watcher.on('error', () => watcher?.close());
  } catch {
    watcher = undefined;
  }
  return () => {
    clearTimeout(timer);
    watcher?.close();
  };
}
