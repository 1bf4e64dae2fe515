import type { KeyboardEvent } from 'react';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;
const TYPED = /^[0-9*#]$/;

/**
 * A phone's keypad: twelve buttons named after their key. With focus on it, typing a key on the
 * keyboard presses it too.
 */
export function Keypad({ onPress }: { onPress(key: string): void }) {
  const typed = (event: KeyboardEvent) => {
    if (!TYPED.test(event.key) || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    onPress(event.key);
  };
  return (
    <div role="group" aria-label="Keypad" className="sim-keypad" onKeyDown={typed}>
      {KEYS.map((key) => (
        <button key={key} type="button" className="sim-key" onClick={() => onPress(key)}>
          {key}
        </button>
      ))}
    </div>
  );
}
