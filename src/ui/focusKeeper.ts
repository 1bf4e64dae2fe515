/**
 * Focus never falls to the page (issue 25). When the control that had focus goes away or can no
 * longer take it (a button replaced by the next one, a step deleted, a dialog closed, a button
 * disabled by its own action), focus moves on, in this order:
 * - out of a dialog: back to what had focus before it opened, if it is still there;
 * - else where focus enters the region it was in (its `data-focus-landing`, else its first
 *   control: src/ui/regions.ts);
 * - else the canvas.
 * A click on empty space, which leaves focus on the page on purpose, is left alone: the control
 * that had focus is still there.
 */
import { entryOf, focusRegionEntry, regionOf } from './regions';

const DIALOG = 'dialog, [role="dialog"], [role="alertdialog"]';

/**
 * Whether an element can hold focus as it is now. `checkVisibility` also sees what a closed
 * `<details>` hides, which still has boxes.
 */
function usable(element: HTMLElement): boolean {
  return (
    element.isConnected &&
    (element.checkVisibility?.() ?? element.getClientRects().length > 0) &&
    !(element as HTMLButtonElement).disabled &&
    element.closest('[inert], fieldset:disabled') === null
  );
}

interface Focused {
  readonly element: HTMLElement;
  /** The region it was in, found while it was on the page. */
  readonly region: HTMLElement | undefined;
}

function remembered(element: HTMLElement): Focused {
  return { element, region: regionOf(element) };
}

/** Starts keeping focus on the page; returns the function that stops it. */
export function keepFocusOnPage(root: Document = document): () => void {
  let last: Focused | undefined;
  let beforeDialog: Focused | undefined;
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const onFocusIn = (event: Event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement)) return;
    last = remembered(target);
    if (!target.closest(DIALOG)) beforeDialog = last;
  };

  function land(focused: Focused | undefined): boolean {
    if (!focused) return false;
    if (usable(focused.element)) {
      focused.element.focus();
      return true;
    }
    const region = focused.region;
    if (!region?.isConnected) return false;
    const entry = entryOf(region, usable);
    entry.focus();
    return root.activeElement === entry;
  }

  const rescue = () => {
    const active = root.activeElement;
    if (active && active !== root.body) return;
    if (!last || usable(last.element)) return; // focus was left on the page on purpose
    // Whatever had focus last outside a dialog is `beforeDialog` itself, unless it was a dialog.
    if (beforeDialog !== last && land(beforeDialog)) return;
    if (land(last)) return;
    focusRegionEntry('Canvas', root);
  };

  // After whatever a key or a click did has been drawn, and once more after a short wait for
  // what answers a frame later (a dialog closing, the simulator's next step).
  const schedule = () => {
    requestAnimationFrame(rescue);
    const timer = setTimeout(() => {
      timers.delete(timer);
      rescue();
    }, 150);
    timers.add(timer);
  };

  root.addEventListener('focusin', onFocusIn, true);
  root.addEventListener('focusout', schedule, true);
  root.addEventListener('keydown', schedule, true);
  root.addEventListener('click', schedule, true);
  return () => {
    root.removeEventListener('focusin', onFocusIn, true);
    root.removeEventListener('focusout', schedule, true);
    root.removeEventListener('keydown', schedule, true);
    root.removeEventListener('click', schedule, true);
    for (const timer of timers) clearTimeout(timer);
  };
}
