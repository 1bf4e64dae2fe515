import type { NodeRule } from '../types';

export const verbNotDocumented: NodeRule = {
  id: 'verb-not-documented',
  severity: 'warning',
  description:
    'A verb, or an attribute, that the dialect’s documentation known to us does not describe.',
  scope: 'node',
  nodes: 'verbs',
  *checkNode(node, { dialect, resolve }) {
    const verb = resolve(node);
    if (verb.availability === 'unknown') {
      yield {
        nodeId: node.id,
        message: `The ${dialect.label} documentation we know does not list ${verb.def.label}. Check that ${dialect.vendor} supports it before you rely on it.`,
      };
    } else if (verb.availability === 'listed') {
      const set = verb.attributes.filter((f) => node.attributes[f.name]);
      if (set.length > 0) {
        yield {
          nodeId: node.id,
          field: set[0]!.name,
          message: `${dialect.label} has ${verb.def.label}, but its options are not documented to us: ${set.map((f) => f.label).join(', ')} ${set.length === 1 ? 'is' : 'are'} written as in RCML. Check them with ${dialect.vendor}.`,
        };
      }
    }
  },
};
