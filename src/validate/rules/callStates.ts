import { START_NODE_ID } from '../../schema/flow';
import type { ValidationContext } from '../types';
import { decisionNodes } from './names';

/**
 * Whether the call is still ringing when each node runs, along every path from the incoming
 * call. Reject only works on a ringing call, and a Hangup on a ringing call answers it first, so
 * two rules ask. The call rings until a verb answers it (Say, Play, Gather…; not Pause), or
 * until the platform fetches another document: through an action (the verb before it answered),
 * or through a Redirect (which answers). A decision answers nothing: the flow server answers the
 * platform's request with the document the decision picks, so the call stays as it was. That is
 * why a Check caller connected straight to the incoming call can still refuse a caller, while
 * one that comes after a Pause is reached through a Redirect, and cannot.
 *
 * Worked out on the graph: each node is visited at most twice (ringing, answered), each
 * connection followed at most twice, once per validation run. The plan is asked only whether
 * a `next` connection between two verbs stays in one document or goes through a Redirect (a
 * join).
 */

/** Why the call is answered when it arrives somewhere. */
export type AnsweredBy =
  /** A verb of the same document answered it (the first such verb there). */
  | { readonly kind: 'verb'; readonly node: number }
  /** The document went on through a Redirect: into `node`, another document or a decision. */
  | { readonly kind: 'redirect'; readonly node: number }
  /** The platform fetched a document after this verb's action (after input, after the call). */
  | { readonly kind: 'action'; readonly node: number };

export interface AnsweredArrival {
  readonly by: AnsweredBy;
  /** The first verb on the way that answered the call, or -1 (a Redirect did). */
  readonly firstVerb: number;
  /**
   * The first decision the call went through after `by`, or -1: the decision then sent an
   * already answered call here.
   */
  readonly decision: number;
}

export interface CallStates {
  /** Whether the call can arrive at node i (by position) while still ringing. */
  ringing(i: number): boolean;
  /** How the call can arrive at node i already answered; undefined when it never does. */
  answered(i: number): AnsweredArrival | undefined;
}

/** Worked out once per validation run: answeredBeforeReject and hangupFirst share it. */
export function callStates(context: ValidationContext): CallStates {
  return context.run.once(propagate, context);
}

const NONE = 0;
const BY_VERB = 1;
const BY_REDIRECT = 2;
const BY_ACTION = 3;
const KINDS = [undefined, 'verb', 'redirect', 'action'] as const;

function propagate(context: ValidationContext): CallStates {
  const { flow, graph, resolve } = context;
  const n = flow.nodes.length;
  const { next, outStart, outEnd, outEdges, edgeTarget, actionEdge } = graph.indexed;
  const start = graph.indexOf(START_NODE_ID);
  const isDecision = new Uint8Array(n);
  for (const { node } of decisionNodes(context)) {
    const i = graph.indexOf(node.id);
    if (i >= 0) isDecision[i] = 1;
  }
  const documentAt = context.plan.documentAt;

  // Per node: 1 when reached ringing; and, for the answered arrival, why (the one kept).
  const ringing = new Uint8Array(n);
  const answeredKind = new Uint8Array(n);
  const answeredAt = new Int32Array(n);
  const firstVerb = new Int32Array(n);
  const decision = new Int32Array(n);

  // Depth first, `next` before actions, marking a node when it is taken off the stack: the
  // reason kept for a node is then the one along its own chain of verbs, as the caller would
  // read the flow (the incoming call's chain first), not whichever action reached it first.
  // An entry is five numbers: 2 × node + (1 when answered), and why (kind, at, verb, via).
  // A plain array of small integers, grown as needed: it rarely holds more than a few entries.
  const stack: number[] = [];
  const push = (v: number, kind: number, at = -1, verb = -1, via = -1) => {
    stack.push(2 * v + (kind === NONE ? 0 : 1), kind, at, verb, via);
  };

  if (start >= 0 && next[start]! >= 0) push(next[start]!, NONE);
  while (stack.length > 0) {
    const top = stack.length - 5;
    const u = stack[top]! >> 1;
    const answered = (stack[top]! & 1) === 1;
    const seen = answered ? answeredKind[u] !== NONE : ringing[u] === 1;
    if (!seen && answered) {
      answeredKind[u] = stack[top + 1]!;
      answeredAt[u] = stack[top + 2]!;
      firstVerb[u] = stack[top + 3]!;
      decision[u] = stack[top + 4]!;
    } else if (!seen) {
      ringing[u] = 1;
    }
    stack.length = top;
    if (seen) continue;
    if (isDecision[u]) {
      // Every outlet is a branch; the call leaves the decision as it came. Pushed last to
      // first, so that the first outlet is followed first.
      const via = decision[u]! >= 0 ? decision[u]! : u;
      for (let k = outEnd[u]! - 1; k >= outStart[u]!; k--) {
        const v = edgeTarget[outEdges[k]!]!;
        if (!answered) push(v, NONE);
        else push(v, answeredKind[u]!, answeredAt[u]!, firstVerb[u]!, via);
      }
      continue;
    }
    const { def } = resolve(flow.nodes[u]!);
    // How the call stands once this verb has run.
    let kind = answered ? answeredKind[u]! : NONE;
    let at = answeredAt[u]!;
    let verb = answered ? firstVerb[u]! : -1;
    let via = answered ? decision[u]! : -1;
    // An answer by a verb never crosses into another document (a Redirect, an action or a
    // decision's branch stands for it there), so `BY_VERB` means a verb of this document.
    if (def.answersCall && kind !== BY_VERB) {
      // The first verb of this document to answer: the reason, from here on in the document.
      kind = BY_VERB;
      at = u;
      via = -1;
      if (verb < 0) verb = u;
    }
    for (let k = outStart[u]!; k < outEnd[u]!; k++) {
      const e = outEdges[k]!;
      if (actionEdge[e]) push(edgeTarget[e]!, BY_ACTION, u, verb);
    }
    const v = next[u]!;
    if (v < 0 || def.terminal) continue; // after a Reject, Hangup or Redirect nothing runs
    if (isDecision[v] || documentAt[u] !== documentAt[v]) {
      // The document ends with a Redirect to the decision, or to the document v starts.
      push(v, BY_REDIRECT, v, verb);
    } else {
      push(v, kind, at, verb, via);
    }
  }

  return {
    ringing: (i) => i >= 0 && i < n && ringing[i] === 1,
    answered(i) {
      if (i < 0 || i >= n || answeredKind[i] === NONE) return undefined;
      return {
        by: { kind: KINDS[answeredKind[i]!]!, node: answeredAt[i]! },
        firstVerb: firstVerb[i]!,
        decision: decision[i]!,
      };
    },
  };
}
