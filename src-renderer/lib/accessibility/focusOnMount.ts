/**
 * Svelte action for dialogs: moves keyboard focus into the element when it appears (so Tab continues inside it
 * and screen readers announce it) and gives focus back to where it was when it goes, if that is still there.
 * The element needs `tabindex="-1"`.
 */
export function focusOnMount(node: HTMLElement): { destroy: () => void } {
  const previous = document.activeElement;
  node.focus({ preventScroll: true });
  return {
    destroy() {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus({ preventScroll: true });
    },
  };
}
