import type { NodeRule } from '../types';

/**
 * Code reading of the open-source server (rcml-verbs.md §3.7): a Pause left as the last prompt
 * to prepare (`Say, Pause` or a lone Pause) hits an out-of-range read while preparing prompts.
 */
export const gatherTrailingPause: NodeRule = {
  id: 'gather-trailing-pause',
  severity: 'warning',
  description: 'A Pause as the last prompt of a Gather can make some platforms fail.',
  scope: 'node',
  nodes: 'verbs',
  *checkNode(node, { dialect }) {
    if (dialect.id !== 'rcml') return;
    const last = node.kind === 'gather' ? node.children?.at(-1) : undefined;
    if (last?.kind !== 'pause') return;
    const alone = node.children?.every((c) => c.kind === 'pause') ?? false;
    yield {
      nodeId: node.id,
      childId: last.id,
      message: `${alone ? 'A Gather whose only prompts are Pauses' : 'A Pause as the last prompt of a Gather'} can make some platforms hang up while preparing the prompts. ${alone ? 'Add a Say or Play after the Pause' : 'Remove the Pause, or move it before a Say or Play'}.`,
    };
  },
};
