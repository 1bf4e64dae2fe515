/** Short texts for node faces, shared by verbs whose body is free text. */

const EXCERPT_LENGTH = 40;

/** The body's first words in quotes, cut to fit a node face, or `empty` when there is none. */
export function excerpt(text: string | undefined, empty: string): string {
  const flat = (text ?? '').trim().replace(/\s+/g, ' ');
  if (!flat) return empty;
  return flat.length > EXCERPT_LENGTH ? `“${flat.slice(0, EXCERPT_LENGTH - 1)}…”` : `“${flat}”`;
}

/** The file name at the end of a URL ("welcome.wav"), or the URL itself when it has none. */
export function fileName(url: string): string {
  const path = url.split(/[?#]/)[0] ?? url;
  return path.split('/').filter(Boolean).at(-1) ?? url;
}
