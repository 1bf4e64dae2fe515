/**
 * The two kinds of loop only decisions make (see loops.ts): a loop through an outlet of a
 * decision that answers the same way every time round, and decisions connected in a circle.
 */
import { nodeOutlets } from '../../kinds';
import type { Finding, ValidationContext } from '../types';
import {
  hears,
  OPEN_SOURCE_PREFIX,
  OPEN_SOURCE_RECORD,
  recordLoopFinding,
  type Moves,
  type Parts,
} from './loopMoves';
import { decisionNodes, nodeName } from './names';

interface FixedLoops {
  readonly everywhere: Finding[];
  readonly somePlatforms: Finding[];
}

/** Where a call taking one outlet of a decision can go, with that decision held to it. */
interface Region {
  /** 1 for each node the call can reach. */
  readonly reached: Uint8Array;
  /** Whether the call can end or leave from any of them. */
  readonly leaves: boolean;
  /** A Record with no action among them, or -1. */
  readonly record: number;
}

/**
 * From `target`, every node a call can reach when `decision` always sends it to `target` (other
 * choice points still choose freely). Breadth-first, each node once.
 */
function regionOf(moves: Moves, decision: number, target: number): Region {
  const reached = new Uint8Array(moves.leaves.length);
  const queue = [target];
  reached[target] = 1;
  let leaves = false;
  let record = -1;
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    if (moves.leaves[v] && v !== decision) leaves = true;
    if (moves.refetches[v] && record < 0) record = v;
    if (v === decision) {
      continue; // held to `target`, which is reached already
    }
    for (let k = moves.start[v]!; k < moves.start[v + 1]!; k++) {
      const w = moves.to[k]!;
      if (reached[w]) continue;
      reached[w] = 1;
      queue.push(w);
    }
  }
  return { reached, leaves, record };
}

/** The region when it traps the call: it comes back to the decision and never leaves. */
function trap(moves: Moves, decision: number, target: number): Region | undefined {
  const region = regionOf(moves, decision, target);
  return region.reached[decision] && !region.leaves ? region : undefined;
}

/**
 * Loops through an outlet of a decision that reads the call itself (Check caller, Check hours):
 * callers it sends that way come back and are sent the same way again. Only decisions on a loop
 * that the whole-flow analysis found can be left are looked at; each of their outlets that
 * leads back into that loop is followed once per platform.
 */
export function fixedDecisionLoops(
  context: ValidationContext,
  documented: Parts,
  openSource: (() => Parts) | undefined,
): FixedLoops {
  const found: FixedLoops = { everywhere: [], somePlatforms: [] };
  const { flow, graph } = context;
  const { outStart, outEnd, outEdges, edgeTarget } = graph.indexed;
  for (const { node } of decisionNodes(context)) {
    const d = graph.indexOf(node.id);
    if (documented.moves.decision[d] !== 1) continue; // unreached, or a Menu / Call outcome
    const onLoop = (parts: Parts) => {
      const part = parts.partOf[d]!;
      if (part < 0 || !parts.canLeave[part]) return false; // unreached, or reported as a whole
      for (let k = outStart[d]!; k < outEnd[d]!; k++) {
        if (parts.partOf[edgeTarget[outEdges[k]!]!] === part) return true;
      }
      return false;
    };
    const documentedLoop = onLoop(documented);
    if (!documentedLoop && !(openSource && onLoop(openSource()))) continue;
    const outlets = nodeOutlets(node);
    for (let k = outStart[d]!; k < outEnd[d]!; k++) {
      const edge = flow.edges[outEdges[k]!]!;
      const target = edgeTarget[outEdges[k]!]!;
      const outlet = outlets.find((o) => o.id === edge.outlet)?.label ?? edge.outlet;
      const backInto = (parts: Parts) => parts.partOf[target] === parts.partOf[d];
      if (!backInto(documented) && !(openSource && backInto(openSource()))) continue;
      const there = documentedLoop ? trap(documented.moves, d, target) : undefined;
      const says = (moves: Moves, region: Region) =>
        hears(context, moves, target, (i) => region.reached[i] === 1);
      if (there && there.record >= 0 && !openSource) {
        // Not RCML: how a Record with no action goes on is the documentation's word alone.
        const heard = says(documented.moves, there);
        found.somePlatforms.push(
          recordLoopFinding(context, there.record, callersSent(node, outlet), heard, ''),
        );
        continue;
      }
      const other = openSource ? trap(openSource().moves, d, target) : there;
      if (there && other) {
        const message = fixedLoopMessage(node, outlet, says(documented.moves, there), '');
        found.everywhere.push({ nodeId: node.id, field: edge.outlet, message });
      } else if (there && there.record >= 0) {
        const heard = says(documented.moves, there);
        found.somePlatforms.push(
          recordLoopFinding(
            context,
            there.record,
            callersSent(node, outlet),
            heard,
            OPEN_SOURCE_RECORD,
          ),
        );
      } else if (other) {
        const heard = says(openSource!().moves, other);
        const message = fixedLoopMessage(node, outlet, heard, 'open-source');
        found.somePlatforms.push({ nodeId: node.id, field: edge.outlet, message });
      }
    }
  }
  return found;
}

const callersSent = (decision: { label?: string; kind: string }, outlet: string) =>
  `callers that ${nodeName(decision)} sends to “${outlet}” come back to it, and it sends them the same way every time round`;

function fixedLoopMessage(
  decision: { label?: string; kind: string },
  outlet: string,
  heard: string,
  platform: '' | 'open-source',
): string {
  const callers = callersSent(decision, outlet);
  const opening =
    platform === 'open-source'
      ? `${OPEN_SOURCE_PREFIX}${callers}`
      : `${callers.charAt(0).toUpperCase()}${callers.slice(1)}`;
  return `${opening}: ${heard}. Nothing they press gets them out. Give that branch a way out: end it with a Hangup, or connect “${outlet}” elsewhere.`;
}

/**
 * Decisions connected in a circle with no verb between them: the flow server follows decisions
 * one after another within one request, and every one answers the same way within a request,
 * so a call that goes that way never gets a document (the server gives up with an error, and
 * the call fails). Circles inside a loop already reported as a whole are left to that report.
 */
export function decisionCircles(context: ValidationContext, documented: Parts): Finding[] {
  const { flow, graph } = context;
  const decisions = decisionNodes(context);
  if (decisions.length < 2) return [];
  const { outStart, outEnd, outEdges, edgeTarget, reachable } = graph.indexed;
  const isDecision = documented.moves.decision;
  const state = new Uint8Array(flow.nodes.length); // 0 new, 1 on the path, 2 done
  const reported = new Uint8Array(flow.nodes.length);
  const findings: Finding[] = [];
  for (const { node } of decisions) {
    const root = graph.indexOf(node.id);
    if (!reachable[root] || state[root]) continue;
    // Depth first without recursion; `path` holds the decisions from `root` to the current one.
    const path = [root];
    const nextEdge = [outStart[root]!];
    state[root] = 1;
    while (path.length > 0) {
      const top = path.length - 1;
      const u = path[top]!;
      if (nextEdge[top]! >= outEnd[u]!) {
        state[u] = 2;
        path.pop();
        nextEdge.pop();
        continue;
      }
      const v = edgeTarget[outEdges[nextEdge[top]!]!]!;
      nextEdge[top]! += 1;
      if (!isDecision[v]) continue;
      if (state[v] === 0) {
        state[v] = 1;
        path.push(v);
        nextEdge.push(outStart[v]!);
      } else if (state[v] === 1 && !reported[v]) {
        const circle = path.slice(path.indexOf(v));
        const part = documented.partOf[v]!;
        if (part >= 0 && !documented.canLeave[part]) continue; // the whole loop is reported
        for (const i of circle) reported[i] = 1;
        findings.push(circleFinding(context, circle));
      }
    }
  }
  return findings;
}

function circleFinding({ flow }: ValidationContext, circle: readonly number[]): Finding {
  const names = circle.map((i) => nodeName(flow.nodes[i]!));
  const listed =
    names.length === 2
      ? `${names[0]} and ${names[1]}`
      : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return {
    nodeId: flow.nodes[circle[0]!]!.id,
    message: `${listed} lead to each other in a circle with no verb in between: a call that goes round it never gets anything to play, and the flow server gives up with an error, so the call fails. Put a verb on the way round (a Say, for example), or connect one of these outlets elsewhere.`,
  };
}
