/**
 * The "+" on the connections is one Tab stop, as the palette is: the arrow keys move between the
 * "+" buttons in the order they are seen. The canvas owns which one the Tab key reaches.
 */
import { createContext, useContext } from 'react';

export interface InsertTabStop {
  /** The connection whose "+" the Tab key reaches. */
  readonly edgeId: string | undefined;
  /** Remembers the "+" last focused, so that Tab comes back to it. */
  focused(edgeId: string): void;
}

export const InsertTabStopContext = createContext<InsertTabStop>({
  edgeId: undefined,
  focused: () => {},
});

export function useInsertTabStop(): InsertTabStop {
  return useContext(InsertTabStopContext);
}

/** The "+" buttons of a canvas in reading order: top to bottom, then left to right. */
export function plusesInReadingOrder(canvas: Element): HTMLButtonElement[] {
  const placed = [...canvas.querySelectorAll<HTMLButtonElement>('.insert-on-edge-plus')].map(
    (button) => ({ button, box: button.getBoundingClientRect() }),
  );
  placed.sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left);
  return placed.map(({ button }) => button);
}

/**
 * Whether an element of the canvas lies (partly) outside what the canvas shows. The browser may
 * have scrolled the canvas to show a focused element (React Flow scrolls it back at once): the
 * element is judged where it is once that scroll is undone.
 */
export function isOutOfView(element: Element, canvas: Element, margin = 16): boolean {
  const box = element.getBoundingClientRect();
  const view = canvas.getBoundingClientRect();
  const left = box.left + canvas.scrollLeft;
  const top = box.top + canvas.scrollTop;
  return (
    left < view.left + margin ||
    top < view.top + margin ||
    left + box.width > view.right - margin ||
    top + box.height > view.bottom - margin
  );
}
