import { note } from '../notes';

/** Sizes of a note as src/styles/notes.css draws it: change both together. */
export const NOTE_WIDTH = 220;
export const NOTE_MIN_HEIGHT = 72;
/** Padding and the "Note" line above the text. */
const NOTE_CHROME = 22 + 22;
const LINE_HEIGHT = 18;
/** Characters of 13px text that fit on a line of the note, about. */
const CHARACTERS_A_LINE = 30;

/** The height a note's text gives it, about: for a note React Flow has not drawn yet. */
export function noteHeight(text: string | undefined): number {
  let lines = 0;
  for (const line of (text ?? '').split('\n')) {
    lines += Math.max(1, Math.ceil(line.length / CHARACTERS_A_LINE));
    if (lines >= note.linesShown) break;
  }
  const shown = Math.min(Math.max(lines, 1), note.linesShown);
  return Math.max(NOTE_MIN_HEIGHT, NOTE_CHROME + shown * LINE_HEIGHT);
}
