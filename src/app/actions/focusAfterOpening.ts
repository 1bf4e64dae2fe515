/**
 * Where focus goes once a flow is on screen: a new flow is built from the palette, so its first
 * verb takes focus; an opened flow starts at its incoming call on the canvas. The dialog that
 * opened it gives focus back to its own button as it closes, so this waits for the next frames
 * (and for the canvas to draw the flow).
 */
import { START_NODE_ID } from '../../schema/flow';

const ATTEMPTS = 10;

export function focusAfterOpening(kind: 'new' | 'opened'): void {
  const selector =
    kind === 'new'
      ? '.palette .palette-item[tabindex="0"]'
      : `.react-flow__node[data-id="${START_NODE_ID}"]`;
  let attempt = 0;
  const tryFocus = () => {
    const target = document.querySelector<HTMLElement>(selector);
    if (target && target.isConnected) {
      target.focus();
      if (document.activeElement === target) return;
    }
    if (++attempt < ATTEMPTS) requestAnimationFrame(tryFocus);
  };
  requestAnimationFrame(tryFocus);
}
