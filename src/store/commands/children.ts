/** Nested elements (Dial's numbers, Gather's prompts): added, edited, removed and reordered. */
import * as ops from '../../model/operations';
import type { Args } from './args';
import { unchanged, type Command } from './command';
import { fieldsOf, limitedPatch } from './limits';

export const addChild: Command<Args<'addChild'>, string | undefined> = {
  id: 'add nested element',
  run({ flow }, nodeId, verb) {
    const result = ops.addChild(flow, nodeId, verb);
    return { flow: result.flow, value: result.childId };
  },
};

export const updateChild: Command<Args<'updateChild'>> = {
  id: 'edit nested element',
  run(context, nodeId, childId, patch) {
    const { flow } = context;
    const child = flow.nodes.find((n) => n.id === nodeId)?.children?.find((c) => c.id === childId);
    if (!child) return unchanged(context);
    const limited = limitedPatch(flow, child.kind, patch);
    return {
      flow: ops.updateChild(flow, nodeId, childId, limited.patch),
      notice: limited.notice,
    };
  },
  mergeKey: (nodeId, childId, patch) => `edit:${nodeId}:${childId}:${fieldsOf(patch)}`,
};

export const removeChild: Command<Args<'removeChild'>> = {
  id: 'remove nested element',
  run: ({ flow }, nodeId, childId) => ({ flow: ops.removeChild(flow, nodeId, childId) }),
};

export const moveChild: Command<Args<'moveChild'>> = {
  id: 'reorder nested elements',
  run: ({ flow }, nodeId, childId, toIndex) => ({
    flow: ops.moveChild(flow, nodeId, childId, toIndex),
  }),
};
