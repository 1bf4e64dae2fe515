/** Short texts for node faces, shared by verbs whose body is free text. */

const EXCERPT_LENGTH = 40;

/**
 * A text on one line, cut to `length` characters with an ellipsis: what a face, a notice or a
 * problem quotes of the user's words. The one place texts are shortened.
 */
export function shortened(text: string, length = EXCERPT_LENGTH): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/** The body's first words in quotes, cut to fit a node face, or `empty` when there is none. */
export function excerpt(text: string | undefined, empty: string, length = EXCERPT_LENGTH): string {
  const short = shortened(text ?? '', length);
  return short ? `“${short}”` : empty;
}

/** "A, B or C": the one way a choice of several is written. */
export function orList(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** The file name at the end of a URL ("welcome.wav"), or the URL itself when it has none. */
export function fileName(url: string): string {
  const path = url.split(/[?#]/)[0] ?? url;
  return path.split('/').filter(Boolean).at(-1) ?? url;
}

/** "1 key", "4 keys": a count with its noun. */
export function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Seconds as people say them: "45 s", "2 min", "1 h 30 min"; the value itself when not a number. */
export function duration(seconds: string): string {
  const total = Number(seconds);
  if (!Number.isInteger(total) || total < 0) return `${seconds} s`;
  if (total < 120 && total % 60 !== 0) return `${total} s`;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  const parts = [hours && `${hours} h`, minutes && `${minutes} min`, rest && `${rest} s`];
  return parts.filter(Boolean).join(' ');
}

/** How often Say or Play repeats, as a suffix: "", " · 3 times", " · until hang-up". */
export function repeats(loop: string | undefined): string {
  if (loop === '0') return ' · until hang-up';
  if (!loop || loop === '1') return '';
  return ` · ${loop} times`;
}
