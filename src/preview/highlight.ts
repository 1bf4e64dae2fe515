import { boundedMemo } from '../model/boundedMemo';

/**
 * Highlighted markup for one line of the document. The serializer writes one element per line,
 * so lines highlight correctly on their own; a line inside a multi-line text is at worst
 * coloured as plain text. Lines are kept between edits (an edit usually changes one or two), a
 * bounded number.
 *
 * The markup is highlight.js's for XML (the classes the stylesheet colours), written by a small
 * scanner of what the serializer writes (the XML declaration, tags with quoted attributes, text
 * with character references) instead of loading highlight.js (about 8 KB gzipped) with the first
 * screen; highlight.test.ts holds it to highlight.js's output, line by line.
 */
export const highlightLine: (line: string) => string = boundedMemo(highlight, 20_000);

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

function span(kind: string, html: string): string {
  return `<span class="hljs-${kind}">${html}</span>`;
}

/** Text, with its character references (`&amp;`, `&#10;`) marked as highlight.js marks them. */
function textHtml(text: string): string {
  return text
    .split(/(&(?:[a-z]+|#[0-9]+|#x[a-f0-9]+);)/i)
    .map((part, i) => (i % 2 === 1 ? span('symbol', escapeHtml(part)) : escapeHtml(part)))
    .join('');
}

const NAME = /[A-Za-z_:][\w:.-]*/y;
const ATTRIBUTE_NAME = /[^\s"'<>/=]+/y;
const UNQUOTED_VALUE = /[^\s"'=<>`]+/y;
const SPACE = /\s*/y;

/** The match of a sticky pattern at `at`, or null. */
function matchAt(pattern: RegExp, text: string, at: number): string | null {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0] ?? null;
}

function highlight(line: string): string {
  let html = '';
  let text = 0; // start of the text not yet written
  for (let at = line.indexOf('<'); at >= 0 && at < line.length; at = line.indexOf('<', at)) {
    const markup = line.startsWith('<?', at)
      ? declaration(line, at)
      : line.startsWith('<!--', at)
        ? comment(line, at)
        : tag(line, at);
    if (!markup) {
      at++; // a `<` that starts nothing is text
      continue;
    }
    html += textHtml(line.slice(text, at)) + markup[0];
    at = text = markup[1];
  }
  return html + textHtml(line.slice(text));
}

/** `<?xml version="1.0"?>`: one span, its double-quoted values coloured as strings. */
function declaration(line: string, start: number): [string, number] {
  const close = line.indexOf('?>', start + 2);
  const end = close < 0 ? line.length : close + 2;
  const inner = line
    .slice(start, end)
    .split(/("[^"]*")/)
    .map((part, i) => (i % 2 === 1 ? span('string', escapeHtml(part)) : escapeHtml(part)))
    .join('');
  return [span('meta', inner), end];
}

function comment(line: string, start: number): [string, number] {
  const close = line.indexOf('-->', start + 4);
  const end = close < 0 ? line.length : close + 3;
  return [span('comment', escapeHtml(line.slice(start, end))), end];
}

/** `<Name a="1">`, `</Name>`, `<Name/>`; null where `<` starts no tag (it is text then). */
function tag(line: string, start: number): [string, number] | null {
  let at = start + 1;
  const closing = line[at] === '/';
  if (closing) at++;
  const name = matchAt(NAME, line, at);
  if (!name) return null;
  let html = `&lt;${closing ? '/' : ''}${span('name', escapeHtml(name))}`;
  at += name.length;
  while (at < line.length) {
    const space = matchAt(SPACE, line, at)!;
    html += space;
    at += space.length;
    if (line.startsWith('/>', at)) return [span('tag', `${html}/&gt;`), at + 2];
    if (line[at] === '>') return [span('tag', `${html}&gt;`), at + 1];
    const attribute = matchAt(ATTRIBUTE_NAME, line, at);
    if (!attribute) break;
    html += span('attr', escapeHtml(attribute));
    at += attribute.length;
    if (line[at] !== '=') continue;
    html += '=';
    at++;
    const quote = line[at];
    let value: string | null;
    if (quote === '"' || quote === "'") {
      const close = line.indexOf(quote, at + 1);
      value = line.slice(at, close < 0 ? line.length : close + 1);
      html += span('string', textHtml(value));
    } else {
      value = matchAt(UNQUOTED_VALUE, line, at) ?? '';
      if (value) html += span('string', escapeHtml(value));
    }
    at += value.length;
  }
  // A tag the line ends in (the serializer writes none): coloured up to there.
  return [span('tag', html + escapeHtml(line.slice(at))), line.length];
}
