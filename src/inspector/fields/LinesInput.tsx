import { lengthLimit } from '../../verbs/limits';
import type { FieldProps } from './fieldProps';

const FEWEST_ROWS = 4;
const MOST_ROWS = 12;

/**
 * One entry a line (numbers, prefixes, closures). A column pasted from a spreadsheet arrives as
 * lines (the textarea turns CRLF into LF); tabs and spaces around an entry are tidied when read.
 */
export function LinesInput({
  controlId,
  field,
  value = '',
  describedBy,
  invalid,
  onChange,
}: FieldProps) {
  const rows = Math.min(MOST_ROWS, Math.max(FEWEST_ROWS, lineCount(value) + 1));
  return (
    <textarea
      id={controlId}
      className="control lines-input"
      value={value}
      rows={rows}
      placeholder={field.placeholder}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      spellCheck={false}
      // The browser counts UTF-16 units, the limit characters: it lets through twice the limit
      // and one more, and the field cuts to characters with a message.
      maxLength={2 * lengthLimit(field) + 1}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

function lineCount(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1 && lines <= MOST_ROWS; i = text.indexOf('\n', i + 1)) {
    lines++;
  }
  return lines;
}

/** Entries in a list (its lines that are not blank), for the count beside the label. */
export function entryCount(text: string): number {
  let count = 0;
  for (const line of text.split(/\r\n|\r|\n/)) if (line.trim()) count++;
  return count;
}

/** Selects a line of a textarea and scrolls it into view, for "Line 3" in a problem. */
export function selectLine(textarea: HTMLTextAreaElement, line: number): void {
  const lines = textarea.value.split('\n');
  const start = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0);
  const end = start + (lines[line - 1]?.length ?? 0);
  textarea.focus();
  textarea.setSelectionRange(start, end);
  const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 20;
  textarea.scrollTop = Math.max(0, (line - 1) * lineHeight - textarea.clientHeight / 2);
}
