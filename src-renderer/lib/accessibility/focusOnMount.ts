/**
 * Svelte action for modal dialogs: moves keyboard focus into the element when it appears (so screen readers
 * announce it), keeps it there while the dialog is open (Tab and Shift+Tab cycle through the dialog's controls,
 * focus that lands outside is brought back) and gives it back to where it was when the dialog goes, if that is
 * still there. Dialogs stack (the image viewer over an event's sheet): only the topmost one holds the focus.
 * The element needs `tabindex="-1"`.
 */

/** What can take focus by Tab. */
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Open dialogs, the topmost last. */
const open: HTMLElement[] = [];

/** The controls of `node` that Tab reaches, in document order; hidden ones are skipped. */
export function tabbables(node: HTMLElement): HTMLElement[] {
  return [...node.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.getClientRects().length > 0);
}

export function focusOnMount(node: HTMLElement): { destroy: () => void } {
  const previous = document.activeElement;
  open.push(node);
  node.focus({ preventScroll: true });

  const onkeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || open.at(-1) !== node) return;
    const items = tabbables(node);
    const first = items[0];
    const last = items.at(-1);
    const active = document.activeElement;
    if (!first || !last) {
      event.preventDefault();
      node.focus({ preventScroll: true });
    } else if (event.shiftKey && (active === first || active === node || !node.contains(active))) {
      event.preventDefault();
      last.focus({ preventScroll: true });
    } else if (!event.shiftKey && (active === last || !node.contains(active))) {
      event.preventDefault();
      first.focus({ preventScroll: true });
    }
  };
  // Focus moved outside by other means (a script, a screen reader's virtual cursor): back into the dialog.
  const onfocusin = (event: FocusEvent) => {
    if (open.at(-1) !== node || !(event.target instanceof Node) || node.contains(event.target)) return;
    node.focus({ preventScroll: true });
  };
  document.addEventListener('keydown', onkeydown, true);
  document.addEventListener('focusin', onfocusin, true);
  return {
    destroy() {
      document.removeEventListener('keydown', onkeydown, true);
      document.removeEventListener('focusin', onfocusin, true);
      open.splice(open.indexOf(node), 1);
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus({ preventScroll: true });
    },
  };
}
