import type { RuleMemo } from '../memo';
import type { NodeRule } from '../types';
import { elementName, filledByOutlet, selectFields, valueOf, where } from './names';

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const EXAMPLE = 'https://example.com/welcome.wav';

const urlFields = selectFields((field) => field.kind === 'url');

/** How many answers a validation keeps before it starts over (see urlProblem). */
const KEPT_URLS = 10_000;

/**
 * Parsing URLs is the slow part of this rule, and the same addresses come back on every run
 * (each edit validates the whole flow again): answers are kept per value, a bounded number, in
 * the validation's RuleMemo.
 */
function urlProblem({ urlProblems }: RuleMemo, value: string): string | undefined {
  if (urlProblems.has(value)) return urlProblems.get(value);
  const problem = findUrlProblem(value);
  if (urlProblems.size >= KEPT_URLS) urlProblems.clear();
  urlProblems.set(value, problem);
  return problem;
}

/** Why a URL field's value would not be fetched, or `undefined` when it is fine. */
function findUrlProblem(value: string): string | undefined {
  if (/\s/.test(value))
    return 'contains a space; web addresses cannot. Remove it, or write it as %20';
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    return `starts with “${scheme}:”, which the platform does not fetch. Use an address starting with https:// or http://, or a relative one such as next.xml`;
  }
  try {
    // Relative addresses are read from where the document is served (rcml-verbs.md §1).
    const url = scheme ? new URL(value) : new URL(value, 'https://example.com/flow/');
    if (!url.hostname) throw new Error('no host');
  } catch {
    return `is not a valid web address. Write it in full (for example ${EXAMPLE}), or relative to the document`;
  }
  return undefined;
}

/**
 * URL fields, attributes and bodies of nodes and nested elements. A field a connected outlet
 * fills is skipped: the export writes the connected document's URL instead.
 */
export const invalidUrl: NodeRule = {
  id: 'invalid-url',
  severity: 'error',
  description: 'A web address the platform cannot fetch.',
  scope: 'node',
  nodes: 'verbs',
  *checkNode(_node, context) {
    for (const ref of context.elements) {
      for (const field of urlFields(ref.verb)) {
        const value = valueOf(ref.element, field.name)?.trim();
        if (!value || filledByOutlet(context.connected, ref, field)) continue;
        const problem = urlProblem(context.kept, value);
        if (problem) {
          yield {
            ...where(ref, field.name),
            message: `“${field.label}” of ${elementName(ref)} ${problem}.`,
          };
        }
      }
    }
  },
};
