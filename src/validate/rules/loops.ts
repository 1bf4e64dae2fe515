import type { Finding, ValidationContext } from '../types';
import { decisionCircles, fixedDecisionLoops } from './decisionLoops';
import {
  hears,
  movesOf,
  OPEN_SOURCE_PREFIX,
  OPEN_SOURCE_RECORD,
  recordLoopFinding,
  type Moves,
  type Parts,
} from './loopMoves';
import { nodeName } from './names';

/**
 * Loops a call can never leave. A call moves from verb to verb on its own (`next`, a Redirect,
 * an action that always runs: Dial, Record, Sms) except at a Gather whose “After input” is
 * connected: there the caller chooses, by entering something or not. So a loop traps the caller
 * exactly when no verb in it has a way out: the graph of every move a call can make is split into
 * strongly connected parts (Tarjan, iterative, linear), and a part that nothing leaves and that
 * a call reaches is a trap. Leaving includes the call ending (a document that runs out of verbs,
 * a Hangup, a Reject) and an action URL typed by hand (a document elsewhere, out of our sight),
 * unless it names one of the flow's own documents (`main.xml`): then it leads there.
 *
 * A Dial's outcome chooses nothing in a static document: the same “After the call” document is
 * fetched whether the call was answered, busy or unanswered, so a Dial is a move on its own
 * (a Call outcome decision after it is where that choice is made, below). A Record
 * finished with a key goes where a Record finished by silence goes: no choice either.
 *
 * A Gather with no action goes on to its `next` (input or none, on the open-source server; the
 * documentation sends input back to the same document, which the `next` path leaves as well
 * when it leaves at all), so it is a move on its own too.
 *
 * A Record with no action differs by platform (rcml-verbs.md §3.11): the documentation says it
 * fetches the same document again (so it always loops), the open-source server goes on to the
 * next verb. Both are checked: a loop on both is an error (endlessLoop), a loop on one of them a
 * warning that says which (loopOnSomePlatforms). A document the flow server serves through a
 * decision is fetched again at the decision's address, so the decision runs again.
 *
 * Decisions are choice points too: every connected outlet is a move, and an outlet left
 * unconnected ends the call (the flow server answers with an empty document). A loop through a
 * decision is left when another outlet leads out. But only a Menu or a Call outcome can answer
 * differently the next time round: they read what the Gather or Dial before them collected. A
 * decision that reads the call itself (the caller's number, the time: those without `follows`)
 * answers the same way every time round in one call, so a loop through one of its outlets traps
 * every caller it sends that way when nothing else on the way round leads out; each such outlet
 * is checked on its own (fixedDecisionLoops). And decisions connected in a circle with no verb
 * between them loop inside the flow server, which gives up with an error (decisionCircles).
 */

/** The loops of a flow, split by whether they trap the caller on every platform. */
export interface Loops {
  /** Loops a call can never leave, whatever the platform. */
  readonly everywhere: readonly Finding[];
  /** Loops through a Record with no action: they trap on one platform and not the other. */
  readonly somePlatforms: readonly Finding[];
}

/** Worked out once per validation run: two rules report its two halves. */
export function findLoops(context: ValidationContext): Loops {
  return context.run.once(collectLoops, context);
}

function collectLoops(context: ValidationContext): Loops {
  const everywhere: Finding[] = [];
  const somePlatforms: Finding[] = [];
  const { flow, graph } = context;
  const start = graph.indexed.start;
  if (start < 0) return { everywhere, somePlatforms };
  const documented = strongParts(movesOf(context, 'documented'), start);
  let openSourceParts: Parts | undefined;
  const openSource = () =>
    (openSourceParts ??= strongParts(movesOf(context, 'open-source'), start));
  for (const root of documented.traps) {
    // A documented loop through a Record with no action may not loop on the open-source server.
    const record = documented.refetchIn[documented.partOf[root]!]!;
    if (record >= 0 && flow.dialect !== 'rcml') {
      somePlatforms.push(recordLoop(context, documented, root, record, ''));
      continue;
    }
    if (record >= 0) {
      const part = openSource().partOf[record]!;
      if (part < 0 || openSource().canLeave[part]) {
        somePlatforms.push(recordLoop(context, documented, root, record, OPEN_SOURCE_RECORD));
        continue;
      }
    }
    everywhere.push(loop(context, documented, root, ''));
  }
  const refetching = documented.moves.refetches.some(
    (r, i) => r === 1 && documented.partOf[i]! >= 0,
  );
  const bothPlatforms = flow.dialect === 'rcml' && refetching;
  everywhere.push(...decisionCircles(context, documented));
  const fixed = fixedDecisionLoops(context, documented, bothPlatforms ? openSource : undefined);
  everywhere.push(...fixed.everywhere);
  somePlatforms.push(...fixed.somePlatforms);
  if (!bothPlatforms) return { everywhere, somePlatforms };
  // Loops only the open-source server runs into, past a Record with no action.
  for (const root of openSource().traps) {
    const there = documented.partOf[root]!;
    if (there >= 0 && !documented.canLeave[there]) continue; // reported above
    somePlatforms.push(loop(context, openSource(), root, OPEN_SOURCE_PREFIX));
  }
  return { everywhere, somePlatforms };
}

/**
 * Tarjan's strongly connected components from the start node, without recursion (a chain of
 * 20,000 verbs would overflow the stack). Parts are completed sinks first, so whether a part can
 * be left is known from the parts it leads to.
 */
function strongParts(moves: Moves, root: number): Parts {
  const n = moves.leaves.length;
  const { start, to, leaves, refetches } = moves;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const partOf = new Int32Array(n).fill(-1);
  const canLeave: number[] = [];
  const refetchIn: number[] = [];
  const traps: number[] = [];
  const stack = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const calls = new Int32Array(n);
  const nextMove = new Int32Array(n);
  let visited = 0;
  let top = 0;
  let depth = 0;

  const enter = (v: number) => {
    order[v] = low[v] = visited++;
    stack[top++] = v;
    onStack[v] = 1;
    calls[depth++] = v;
    nextMove[v] = start[v]!;
  };
  enter(root);
  while (depth > 0) {
    const v = calls[depth - 1]!;
    if (nextMove[v]! < start[v + 1]!) {
      const w = to[nextMove[v]!]!;
      nextMove[v]! += 1;
      if (order[w]! < 0) enter(w);
      else if (onStack[w]) low[v] = Math.min(low[v]!, order[w]!);
      continue;
    }
    depth--;
    if (depth > 0) {
      const u = calls[depth - 1]!;
      low[u] = Math.min(low[u]!, low[v]!);
    }
    if (low[v] !== order[v]) continue;
    // v is the first node of a part: its members are on the stack above it.
    const part = canLeave.length;
    let bottom = top;
    do {
      const w = stack[--bottom]!;
      onStack[w] = 0;
      partOf[w] = part;
    } while (stack[bottom] !== v);
    let leaving = false;
    let closed = true;
    let cycle = top - bottom > 1;
    let refetch = -1;
    for (let j = bottom; j < top; j++) {
      const w = stack[j]!;
      if (leaves[w]) leaving = true;
      if (refetches[w] && refetch < 0) refetch = w;
      for (let k = start[w]!; k < start[w + 1]!; k++) {
        const x = to[k]!;
        if (x === w) cycle = true;
        if (partOf[x] === part) continue;
        closed = false;
        if (canLeave[partOf[x]!]) leaving = true;
      }
    }
    top = bottom;
    canLeave.push(leaving ? 1 : 0);
    refetchIn.push(refetch);
    if (closed && !leaving && cycle) traps.push(v);
  }
  return {
    moves,
    partOf,
    canLeave: Uint8Array.from(canLeave),
    traps: traps.reverse(), // the loop nearest the incoming call first
    refetchIn: Int32Array.from(refetchIn),
  };
}

function loop(context: ValidationContext, parts: Parts, root: number, prefix: string): Finding {
  const node = context.flow.nodes[root]!;
  const opening = prefix
    ? `${prefix}the call goes round a loop from ${nodeName(node)} that it can never leave`
    : `The call goes round a loop from here that it can never leave`;
  return {
    nodeId: node.id,
    message: `${opening}: ${hearsIn(context, parts, root)}. Nothing the caller presses or says gets them out. Give it a way out: end it with a Hangup, or add a Gather whose “After input” leads out of the loop.`,
  };
}

function recordLoop(
  context: ValidationContext,
  parts: Parts,
  root: number,
  record: number,
  note: string,
): Finding {
  return recordLoopFinding(context, record, 'the call loops', hearsIn(context, parts, root), note);
}

/** What the caller hears going round the part of `root`. */
function hearsIn(context: ValidationContext, parts: Parts, root: number): string {
  const part = parts.partOf[root]!;
  return hears(context, parts.moves, root, (i) => parts.partOf[i] === part);
}
