/** Steps: added (from the palette, on a connection, from an outlet), edited and removed. */
import { addHandOffEmail as handOffEmail } from '../../model/handOffEmail';
import { placeNote } from '../../model/notes';
import * as ops from '../../model/operations';
import { isInCall } from '../../kinds';
import type { Flow } from '../../schema/flow';
import { addStep, addStepFrom as stepFrom, midwayAlong } from '../addStep';
import type { Args } from './args';
import { unchanged, type Change, type Command, type CommandContext } from './command';
import { fieldsOf, limitedPatch } from './limits';

export const addVerb: Command<Args<'addVerb'>, string> = {
  id: 'add verb',
  run({ flow, selectedNodeIds, measured, derived }, verb, options = {}) {
    // A note joins no chain: it goes beside the call's last step, unconnected.
    const note = !isInCall({ kind: verb });
    const result = addStep(flow, verb, {
      position:
        options.position ?? (note ? placeNote(flow, derived.analysis.graph(flow)) : undefined),
      join: options.via !== undefined && !note,
      selected: selectedNodeIds,
      measured,
      validation: derived.validation,
    });
    return {
      flow: result.flow,
      value: result.nodeId,
      reveal: { nodeId: result.nodeId, focusInspector: options.via === 'keyboard' },
      notice: result.unconnected ? { text: result.unconnected, tone: 'info' } : undefined,
    };
  },
};

export const insertOnEdge: Command<Args<'insertOnEdge'>, string> = {
  id: 'insert verb',
  run(context, id, verb, options = {}) {
    const { flow } = context;
    const problem = ops.insertionProblem(flow, id, verb);
    if (problem) return { refused: problem };
    const result = ops.insertOnEdge(flow, id, verb, options.position ?? midwayAlong(flow, id));
    if (!result.nodeId) return unchanged(context);
    return {
      flow: result.flow,
      value: result.nodeId,
      reveal: { nodeId: result.nodeId, focusInspector: options.via === 'keyboard' },
    };
  },
};

export const addStepFrom: Command<Args<'addStepFrom'>, string> = {
  id: 'add step',
  run({ flow, measured, derived }, source, outlet, verb, options = {}) {
    const { validation } = derived;
    const result = stepFrom(flow, source, outlet, verb, { ...options, measured, validation });
    if ('problem' in result) return { refused: result.problem };
    return {
      flow: result.flow,
      value: result.nodeId,
      reveal: { nodeId: result.nodeId, focusInspector: true },
    };
  },
};

export const addHandOffEmail: Command<Args<'addHandOffEmail'>, string> = {
  id: 'email the recording',
  run(context, nodeId) {
    const result = handOffEmail(context.flow, nodeId);
    if (!result.nodeId) return unchanged(context);
    return {
      flow: result.flow,
      value: result.nodeId,
      reveal: { nodeId: result.nodeId, focusInspector: true },
      notice: { text: 'Email step added: fill in who it goes to and from.', tone: 'info' },
    };
  },
};

export const updateNode: Command<Args<'updateNode'>> = {
  id: 'edit verb',
  run(context, id, patch) {
    const node = context.flow.nodes.find((n) => n.id === id);
    if (!node) return unchanged(context);
    const limited = limitedPatch(context.flow, node.kind, patch);
    return { flow: ops.updateNode(context.flow, id, limited.patch), notice: limited.notice };
  },
  mergeKey: (id, patch) => `edit:${id}:${fieldsOf(patch)}`,
};

export const removeNodes: Command<Args<'removeNodes'>> = {
  id: 'delete verbs',
  run(context, ids) {
    const graph = context.derived.analysis.graph(context.flow);
    const flow = ops.removeNodes(context.flow, new Set(ids), graph);
    return { flow, select: selectionThatRemains(context, flow) };
  },
};

/** The selected verbs and connections, together: one step to undo. */
export const deleteSelection: Command<Args<'deleteSelection'>> = {
  id: 'delete',
  run(context) {
    const withoutEdges = ops.removeEdges(context.flow, new Set(context.selectedEdgeIds));
    const flow = ops.removeNodes(withoutEdges, new Set(context.selectedNodeIds));
    return { flow, select: selectionThatRemains(context, flow) };
  },
};

/** After a deletion, the selection keeps the verbs and connections still in the flow. */
function selectionThatRemains(context: CommandContext, flow: Flow): Change<void>['select'] {
  const nodes = new Set(flow.nodes.map((n) => n.id));
  const edges = new Set(flow.edges.map((e) => e.id));
  return {
    nodeIds: context.selectedNodeIds.filter((id) => nodes.has(id)),
    edgeIds: context.selectedEdgeIds.filter((id) => edges.has(id)),
  };
}
