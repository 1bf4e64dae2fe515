import { findVerb } from '../../verbs';
import type { NodeRule } from '../types';

/**
 * When a Dial holds a Conference, the open-source server takes the conference path with the
 * first Conference only (rcml-verbs.md §3.1): other nouns are never rung, other rooms never
 * joined. Reported on each element that is ignored.
 */
export const dialConferenceMix: NodeRule = {
  id: 'dial-conference-mix',
  severity: 'warning',
  description: 'Elements of a Dial that a Conference beside them makes the platform ignore.',
  scope: 'node',
  nodes: 'verbs',
  *checkNode(node) {
    const children = node.kind === 'dial' ? (node.children ?? []) : [];
    const room = children.find((c) => c.kind === 'conference');
    if (!room) return;
    for (const child of children) {
      if (child === room) continue;
      const label = findVerb(child.kind)?.label ?? child.kind;
      yield {
        nodeId: node.id,
        childId: child.id,
        message:
          child.kind === 'conference'
            ? `Only the first conference of a Dial is joined, so this one${child.text ? ` (“${child.text}”)` : ''} is ignored. Put it in a Dial of its own.`
            : `This ${label}${child.text ? ` (${child.text})` : ''} is never rung: a Dial with a conference only puts the caller in the conference. Put it in a Dial of its own.`,
      };
    }
  },
};
