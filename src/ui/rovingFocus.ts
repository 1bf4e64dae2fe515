/**
 * A roving tab index: a list of items is one Tab stop, and the arrow keys, Home and End move
 * between its items (WAI-ARIA Authoring Practices, "Managing focus within components").
 */

const MOVES: Readonly<Record<string, (at: number, last: number) => number>> = {
  ArrowDown: (at, last) => Math.min(at + 1, last),
  ArrowRight: (at, last) => Math.min(at + 1, last),
  ArrowUp: (at) => Math.max(at - 1, 0),
  ArrowLeft: (at) => Math.max(at - 1, 0),
  Home: () => 0,
  End: (_at, last) => last,
};

/** The item a key moves to from `items[at]`, or undefined when the key is not one of the moves. */
export function rovingTarget<T>(items: readonly T[], at: number, key: string): T | undefined {
  const move = Object.hasOwn(MOVES, key) ? MOVES[key] : undefined;
  if (!move || at < 0 || at >= items.length) return undefined;
  return items[move(at, items.length - 1)];
}

/** The item the Tab key reaches: the last one focused while it is still there, else the first. */
export function tabStopOf<T>(items: readonly T[], focused: T | undefined): T | undefined {
  return focused !== undefined && items.includes(focused) ? focused : items[0];
}
