/**
 * Keeps a lane's mark elements in step with its {@link MarkView}s, by hand instead of with a keyed `{#each}`:
 * a zoom-level change replaces hundreds of marks in one frame, and a Svelte block per mark (an effect per
 * attribute, nodes moved to keep order) costs several times what a plain element costs. Elements are keyed by
 * {@link MarkView.identity}; a kept element gets only its changed attributes, new ones are appended in one
 * fragment (order does not matter: every mark is positioned absolutely), gone ones are removed.
 */
import type { MarkView } from './markViews';

/** The elements of one lane, by identity, with the view each shows. */
export type MarkElements = Map<string, { element: HTMLButtonElement; view: MarkView }>;

const ATTRIBUTES = [
  ['key', 'data-mark-key'],
  ['eventId', 'data-event-id'],
  ['count', 'data-count'],
  ['label', 'data-label'],
  ['ariaLabel', 'aria-label'],
] as const satisfies ReadonlyArray<readonly [keyof MarkView, string]>;

function apply(element: HTMLButtonElement, view: MarkView, before: MarkView | undefined): void {
  if (view.className !== before?.className) element.className = view.className;
  for (const [field, attribute] of ATTRIBUTES) {
    const value = view[field];
    if (value === before?.[field]) continue;
    if (value === undefined) element.removeAttribute(attribute);
    else element.setAttribute(attribute, value);
  }
  if (view.left !== before?.left) element.style.left = view.left;
  if (view.labelY !== before?.labelY) {
    if (view.labelY === undefined) element.style.removeProperty('--label-y');
    else element.style.setProperty('--label-y', view.labelY);
  }
  if (view.background !== before?.background) element.style.backgroundImage = view.background ?? '';
}

/** Updates `container`'s mark elements to `views`; returns the new index (pass it back next time). */
export function syncMarkElements(container: HTMLElement, views: readonly MarkView[], previous: MarkElements): MarkElements {
  const next: MarkElements = new Map();
  const added = document.createDocumentFragment();
  for (const view of views) {
    const kept = previous.get(view.identity);
    if (kept) {
      previous.delete(view.identity);
      if (kept.view !== view) apply(kept.element, view, kept.view);
      next.set(view.identity, { element: kept.element, view });
      continue;
    }
    const element = document.createElement('button');
    element.type = 'button';
    apply(element, view, undefined);
    added.append(element);
    next.set(view.identity, { element, view });
  }
  for (const { element } of previous.values()) element.remove();
  container.append(added);
  return next;
}
