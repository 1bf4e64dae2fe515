/** How a key press is read: the same rules for every action's shortcut. */

export const isMod = (e: KeyboardEvent): boolean => e.ctrlKey || e.metaKey;

/** The letter pressed, whatever the case (Shift, Caps Lock). */
export const isKey = (e: KeyboardEvent, key: string): boolean => e.key.toLowerCase() === key;

/**
 * The key by its place on the keyboard, for Alt shortcuts: on a Mac, Alt+N types "˜", so the
 * character cannot say which key it was.
 */
export const isCode = (e: KeyboardEvent, letter: string): boolean =>
  e.code === `Key${letter.toUpperCase()}` || isKey(e, letter);

/** Where a key press belongs to a control (typing, a picker, a button), shortcuts stay out. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select, [role="tablist"], [role="separator"]') !== null;
}

/**
 * Whether a key press is a chord (with Ctrl, ⌘ or Alt): a picker (a select) does nothing with
 * those, so the app's shortcuts reach it there too.
 */
export function isChordInPicker(event: KeyboardEvent): boolean {
  const target = event.target;
  return (
    (isMod(event) || event.altKey) &&
    target instanceof HTMLElement &&
    target.closest('select') !== null
  );
}

/** How a key reads on this machine: Mod is ⌘ on a Mac, Ctrl elsewhere. */
export function displayKeys(keys: string, isMac: boolean): string {
  return keys
    .replace('Mod', isMac ? '⌘' : 'Ctrl')
    .replace('Alt', isMac ? '⌥' : 'Alt')
    .replace(/Arrow(\w+)/, '$1 arrow');
}

export const isMacPlatform = (): boolean =>
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
