import type { NodeRule } from '../types';

const HINTS = 'hints';
const MAX_PHRASES = 50;
const MAX_PHRASE_LENGTH = 100;

/**
 * The open-source server refuses hints over its limits while parsing, so the whole document
 * fails and the call is hung up (rcml-verbs.md §3.7). Lengths are counted as Java does, in
 * UTF-16 units.
 */
export const gatherHints: NodeRule = {
  id: 'gather-hints',
  severity: 'error',
  description: 'Expected phrases over the platform’s limits make the whole document fail.',
  scope: 'node',
  nodes: 'verbs',
  *checkNode(node, { dialect, resolve }) {
    const value = node.kind === 'gather' ? node.attributes[HINTS] : undefined;
    if (dialect.id !== 'rcml' || !value) return;
    const phrases = value
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    const long = phrases.filter((p) => p.length > MAX_PHRASE_LENGTH);
    const broken: string[] = [];
    if (phrases.length > MAX_PHRASES) {
      broken.push(`${phrases.length} phrases (at most ${MAX_PHRASES} are allowed)`);
    }
    if (long.length > 0) {
      const longest = Math.max(...long.map((p) => p.length));
      broken.push(
        long.length === 1
          ? `a phrase of ${longest} characters (at most ${MAX_PHRASE_LENGTH} are allowed)`
          : `${long.length} phrases over ${MAX_PHRASE_LENGTH} characters (the longest has ${longest})`,
      );
    }
    if (broken.length === 0) return;
    const label = resolve(node).fields.get(HINTS)?.label ?? 'Expected phrases';
    yield {
      nodeId: node.id,
      field: HINTS,
      message: `“${label}” has ${broken.join(' and ')}. Over these limits the platform rejects the whole document and hangs up the call. Shorten the list.`,
    };
  },
};
