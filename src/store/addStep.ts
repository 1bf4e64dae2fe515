/**
 * A step added without a target (Enter on the palette, a drop on empty canvas): which outlet it
 * joins and where it is drawn. It joins the step it is added after (the one selected, or the
 * end of a call that is one straight line) through the outlet its definition says it follows
 * (src/model/stepsAdded.ts), never one already taken nor one that makes a new problem; else it
 * stays unconnected and the caller says so. It is drawn below that step by the step's drawn
 * height, and beside any box already there, so that no box covers another and no new line runs
 * over an old one.
 */
import { nodeSize, type MeasuredSizes } from '../canvas/nodeBoxes';
import { openChainEnd, type FlowGraph } from '../model/graph';
import { findKind, isInCall, kindLabel } from '../kinds';
import * as ops from '../model/operations';
import { stepName } from '../model/stepName';
import { outletsJoinedBy, placeFollowed } from '../model/stepsAdded';
import { START_NODE_ID, type Flow, type FlowNode, type Position } from '../schema/flow';
import { unchecked, type Validation } from './validation';

/** Space between a step and the one added below or beside it. */
export const STEP_GAP = 40;

/** Below a step, for a step put on a connection one of whose ends is gone (a damaged file). */
const CHAIN_STEP = 130;

export interface AddedStep {
  readonly flow: Flow;
  readonly nodeId: string;
  /** Why the step joined nothing, in words for the user; undefined when it joined a step. */
  readonly unconnected?: string;
}

export interface AddStepOptions {
  readonly position?: Position;
  /** Join the step before it; false adds it on its own (a note always is). */
  readonly join: boolean;
  readonly selected: readonly string[];
  readonly measured: MeasuredSizes;
  /**
   * The store's validation (with its analysis): the flow's own problems are known there.
   * Without one (or before validation has loaded) no join is tried for the problems it makes.
   */
  readonly validation?: Validation;
}

export function addStep(flow: Flow, verb: string, options: AddStepOptions): AddedStep {
  const { nodeId, flow: added } = ops.addNode(flow, verb, options.position ?? { x: 0, y: 0 });
  const validation = options.validation ?? unchecked();
  const before = options.join
    ? stepBefore(flow, options.selected, validation.analysis.graph(flow))
    : undefined;
  const node = added.nodes.at(-1)!;
  const outlet = before && freeOutletFor(added, before, node, validation.trial());
  const joined = outlet ? ops.connect(added, before!.id, outlet, nodeId) : added;
  const position =
    options.position ??
    clearOf(
      flow,
      node,
      options.measured,
      outlet ? below(before!, options.measured) : belowAll(flow, options.measured),
    );
  const placed = ops.moveNodes(joined, new Map([[nodeId, position]]));
  if (outlet || !options.join) return { flow: placed, nodeId };
  return { flow: placed, nodeId, unconnected: unconnectedMessage(verb, before) };
}

/**
 * The selected step, or with no step selected (nothing, or a note) the end of a call that is one
 * straight line: anywhere else, which branch is meant cannot be told.
 */
function stepBefore(
  flow: Flow,
  selected: readonly string[],
  graph: FlowGraph,
): FlowNode | undefined {
  const steps = selected.map((id) => graph.node(id)).filter((n) => n && isInCall(n));
  if (steps.length > 0) return steps.length === 1 ? steps[0] : undefined;
  const chain = new Set(graph.mainChain.map((n) => n.id));
  const straight = flow.nodes.every(
    (n) => n.id === START_NODE_ID || !isInCall(n) || chain.has(n.id),
  );
  return straight ? openChainEnd(flow, graph) : undefined;
}

/** The first outlet the step may join that is free and makes no problem elsewhere. */
function freeOutletFor(
  flow: Flow,
  before: FlowNode,
  node: FlowNode,
  trial: Validation,
): string | undefined {
  const graph = trial.analysis.graph(flow);
  const known = new Set(trial.problems(flow).map((p) => p.key));
  return outletsJoinedBy(node.kind, before).find((outlet) => {
    if (graph.edgeFrom(before.id, outlet)) return false;
    const joined = ops.connect(flow, before.id, outlet, node.id);
    if (joined === flow) return false;
    // A problem the join makes on another step (the verbs after a Dial that never run). The
    // step's own place is its definition's to say (outletsJoinedBy).
    return !trial.problems(joined).some((p) => !known.has(p.key) && p.nodeId !== node.id);
  });
}

function unconnectedMessage(verb: string, before: FlowNode | undefined): string {
  const kind = kindLabel(verb);
  const place = placeFollowed(verb);
  if (place) {
    return `${kind} added, not connected: it goes straight after ${place}. Select one with that free before adding it, or connect it yourself.`;
  }
  const why = before
    ? `${stepName(before)} has no free outlet it can follow`
    : 'select the step it follows before adding it';
  return `${kind} added, not connected: ${why}. Connect it where it belongs.`;
}

function below(node: FlowNode, measured: MeasuredSizes): Position {
  return { x: node.position.x, y: node.position.y + nodeSize(node, measured).height + STEP_GAP };
}

/** Nowhere to join: below everything, where it is easy to find. */
function belowAll(flow: Flow, measured: MeasuredSizes): Position {
  const bottom = Math.max(...flow.nodes.map((n) => n.position.y + nodeSize(n, measured).height));
  return { x: flow.nodes[0]?.position.x ?? 0, y: bottom + STEP_GAP };
}

/** `at`, or the nearest spot to its right where the new box covers no box already there. */
function clearOf(flow: Flow, node: FlowNode, measured: MeasuredSizes, at: Position): Position {
  const boxes = flow.nodes.map((n) => ({ ...n.position, ...nodeSize(n, measured) }));
  const size = nodeSize(node, measured);
  let x = at.x;
  for (;;) {
    const hit = boxes.find(
      (b) =>
        x < b.x + b.width + STEP_GAP &&
        b.x < x + size.width + STEP_GAP &&
        at.y < b.y + b.height + STEP_GAP &&
        b.y < at.y + size.height + STEP_GAP,
    );
    if (!hit) return { x, y: at.y };
    x = hit.x + hit.width + STEP_GAP;
  }
}

/** Halfway between the two ends of a connection: where a step put on it belongs. */
export function midwayAlong(flow: Flow, id: string): Position {
  const edge = flow.edges.find((e) => e.id === id);
  const ends = flow.nodes.filter((n) => n.id === edge?.source || n.id === edge?.target);
  if (ends.length < 2) return placeAfter(flow, ends[0]?.position);
  const [a, b] = ends as [FlowNode, FlowNode];
  return { x: (a.position.x + b.position.x) / 2, y: (a.position.y + b.position.y) / 2 };
}

function placeAfter(flow: Flow, after: Position | undefined): Position {
  if (after) return { x: after.x, y: after.y + CHAIN_STEP };
  // Nowhere to chain: put it below everything, where it is easy to find.
  const lowest = Math.max(...flow.nodes.map((n) => n.position.y));
  return { x: flow.nodes[0]?.position.x ?? 0, y: lowest + CHAIN_STEP };
}

/**
 * A step added from an outlet (dropped from a dragged connection onto empty canvas, “New step…”
 * beside an outlet's picker): it joins that very outlet. A free outlet leads to it; an outlet
 * that leads somewhere already gets it in between, the step leading on to where the outlet led
 * (as the "+" on a connection does), so that nothing is cut off. It is refused, with the reason
 * in words, when it may not go there: a Menu only after a Gather's “After input”, nothing
 * between two steps that stops the call, and never a join that makes a new problem on another
 * step (the step's own unfilled fields are its own to fill).
 */
export function addStepFrom(
  flow: Flow,
  source: string,
  outlet: string,
  verb: string,
  options: {
    readonly position?: Position;
    readonly measured: MeasuredSizes;
    /** Only the checks that do not validate the whole flow (kindsForOutlet in a big flow). */
    readonly quick?: boolean;
    /** The store's validation (see AddStepOptions). */
    readonly validation?: Validation;
  },
): AddedStep | { readonly problem: string } {
  const validation = options.validation ?? unchecked();
  const graph = validation.analysis.graph(flow);
  const from = graph.node(source);
  if (!from) return { problem: 'That step is not in the flow.' };
  if (!isInCall({ kind: verb })) return { problem: 'A note cannot be connected: no call runs it.' };
  if (!outletsJoinedBy(verb, from).includes(outlet) && findKind(verb)?.follows) {
    return { problem: `${kindLabel(verb)} goes straight after ${placeFollowed(verb)}.` };
  }
  const edge = graph.edgeFrom(source, outlet);
  const at = options.position ?? { x: 0, y: 0 };
  let result: { flow: Flow; nodeId?: string | undefined };
  if (edge) {
    const problem = ops.insertionProblem(flow, edge.id, verb);
    if (problem) return { problem };
    result = ops.insertOnEdge(flow, edge.id, verb, at);
  } else {
    const added = ops.addNode(flow, verb, at);
    const problem = ops.connectionProblem(added.flow, source, outlet, added.nodeId);
    if (problem) return { problem };
    result = { flow: ops.connect(added.flow, source, outlet, added.nodeId), nodeId: added.nodeId };
  }
  const nodeId = result.nodeId;
  if (!nodeId) return { problem: `${kindLabel(verb)} cannot go there.` };
  if (!options.quick) {
    const known = new Set(validation.problems(flow).map((p) => p.key));
    const made = validation
      .trial()
      .problems(result.flow)
      .find((p) => !known.has(p.key) && p.nodeId !== nodeId);
    if (made) return { problem: `${kindLabel(verb)} cannot go there: ${made.message}` };
  }
  if (options.position) return { flow: result.flow, nodeId };
  const node = result.flow.nodes.find((n) => n.id === nodeId)!;
  const position = clearOf(flow, node, options.measured, below(from, options.measured));
  return { flow: ops.moveNodes(result.flow, new Map([[nodeId, position]])), nodeId };
}

/**
 * Past this many steps, a list of choices does not validate the flow once per kind (a second
 * or more for 1,000 steps): it leaves out what the outlet itself refuses, and addStepFrom
 * still refuses, with the reason, a choice that would make a new problem.
 */
export const THOROUGH_CHOICES_UP_TO = 300;

/** The kinds of step (of `kinds`) that may go on a node's outlet (addStepFrom accepts them). */
export function kindsForOutlet(
  flow: Flow,
  source: string,
  outlet: string,
  kinds: readonly string[],
  validation: Validation = unchecked(),
): string[] {
  const measured: MeasuredSizes = new Map();
  const quick = flow.nodes.length > THOROUGH_CHOICES_UP_TO;
  const options = { measured, quick, validation };
  return kinds.filter((verb) => !('problem' in addStepFrom(flow, source, outlet, verb, options)));
}
