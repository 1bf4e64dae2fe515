import { planDocuments } from '../../model/documents';
import type { FlowNode } from '../../model/types';
import type { Finding, ValidationContext } from '../types';
import { nodeName } from './names';

/**
 * Loops a call can never leave. A call moves from verb to verb on its own (`next`, a Redirect,
 * an action that always runs: Dial, Record, Sms) except at a Gather whose “After input” is
 * connected: there the caller chooses, by entering something or not. So a loop traps the caller
 * exactly when no verb in it has a way out: the graph of every move a call can make is split into
 * strongly connected parts (Tarjan, iterative, linear), and a part that nothing leaves and that
 * a call reaches is a trap. Leaving includes the call ending (a document that runs out of verbs,
 * a Hangup, a Reject) and an action URL typed by hand (a document elsewhere, out of our sight).
 *
 * A Dial's outcome chooses nothing in a static document: the same “After the call” document is
 * fetched whether the call was answered, busy or unanswered, so a Dial is a move on its own
 * (a Call outcome decision, when there is one, will be where that choice is made). A Record
 * finished with a key goes where a Record finished by silence goes: no choice either.
 *
 * A Gather with no action goes on to its `next` (input or none, on the open-source server; the
 * documentation sends input back to the same document, which the `next` path leaves as well
 * when it leaves at all), so it is a move on its own too.
 *
 * A Record with no action differs by platform (rcml-verbs.md §3.11): the documentation says it
 * fetches the same document again (so it always loops), the open-source server goes on to the
 * next verb. Both are checked: a loop on both is an error (endlessLoop), a loop on one of them a
 * warning that says which (loopOnSomePlatforms).
 */

/** Verbs that, with no action, fetch the current document again on the documented platform. */
const REFETCH_WITHOUT_ACTION: ReadonlySet<string> = new Set(['record']);

type Platform = 'documented' | 'open-source';

/** Every move a call can make from each node, by position in `flow.nodes`. */
interface Moves {
  /** Moves of node i are `to[k]` for k from `start[i]` up to `start[i + 1]`. */
  readonly start: Int32Array;
  readonly to: Int32Array;
  /** 1 where the call can end or leave the flow from the node. */
  readonly leaves: Uint8Array;
  /** 1 for a Record with no action (the two platforms differ there). */
  readonly refetches: Uint8Array;
}

/** What the strongly connected parts say, by node position. */
interface Parts {
  readonly moves: Moves;
  /** Part of each node a call reaches, or -1. */
  readonly partOf: Int32Array;
  /** 1 for each part from which the call can still end or leave. */
  readonly canLeave: Uint8Array;
  /** The loops that trap: each part's first node reached, in the order they were found. */
  readonly traps: readonly number[];
  /** A Record with no action inside each part, or -1. */
  readonly refetchIn: Int32Array;
}

/** The loops of a flow, split by whether they trap the caller on every platform. */
export interface Loops {
  /** Loops a call can never leave, whatever the platform. */
  readonly everywhere: readonly Finding[];
  /** Loops through a Record with no action: they trap on one platform and not the other. */
  readonly somePlatforms: readonly Finding[];
}

const loopsOf = new WeakMap<ValidationContext, Loops>();

/** Worked out once per validation run: two rules report its two halves. */
export function findLoops(context: ValidationContext): Loops {
  let loops = loopsOf.get(context);
  if (!loops) {
    loops = collectLoops(context);
    loopsOf.set(context, loops);
  }
  return loops;
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
  if (flow.dialect !== 'rcml' || !refetching) return { everywhere, somePlatforms };
  // Loops only the open-source server runs into, past a Record with no action.
  for (const root of openSource().traps) {
    const there = documented.partOf[root]!;
    if (there >= 0 && !documented.canLeave[there]) continue; // reported above
    somePlatforms.push(
      loop(
        context,
        openSource(),
        root,
        'On the open-source Restcomm server, which goes on to the next verb after a Record with no “After recording”, ',
      ),
    );
  }
  return { everywhere, somePlatforms };
}

/** Whether a URL typed into a field an outlet fills sends the call to a document elsewhere. */
function typedOutletUrl(node: FlowNode, resolve: ValidationContext['resolve']): boolean {
  const { def } = resolve(node);
  if (def.attributes.some((f) => f.outlet && node.attributes[f.name]?.trim())) return true;
  return def.body?.outlet !== undefined && Boolean(node.text?.trim());
}

function movesOf({ flow, graph, resolve }: ValidationContext, platform: Platform): Moves {
  const { nodes } = flow;
  const { next, outStart, outEnd, outEdges, edgeTarget, actionEdge, reachable } = graph.indexed;
  const start = new Int32Array(nodes.length + 1);
  const to: number[] = [];
  const leaves = new Uint8Array(nodes.length);
  const refetches = new Uint8Array(nodes.length);
  const plan = platform === 'documented' ? planDocuments(flow) : undefined;

  const goNext = (i: number) => {
    if (next[i]! >= 0) to.push(next[i]!);
    else leaves[i] = 1; // the document runs out of verbs: the call ends
  };

  for (let i = 0; i < nodes.length; i++) {
    start[i] = to.length;
    if (!reachable[i]) continue;
    const node = nodes[i]!;
    const def = resolve(node).def;
    let connected = false;
    for (let k = outStart[i]!; k < outEnd[i]!; k++) {
      const e = outEdges[k]!;
      if (!actionEdge[e]) continue;
      connected = true;
      to.push(edgeTarget[e]!);
    }
    if (!connected && typedOutletUrl(node, resolve)) {
      leaves[i] = 1;
      connected = true;
    }
    if (def.terminal) {
      if (!connected) leaves[i] = 1; // Hangup, Reject, a Redirect to nowhere
    } else if (def.endsDocumentWithAction) {
      if (connected) continue;
      if (REFETCH_WITHOUT_ACTION.has(node.verb)) refetches[i] = 1;
      const first = plan && REFETCH_WITHOUT_ACTION.has(node.verb) ? firstOfDocument(i) : -1;
      if (first >= 0) to.push(first);
      else goNext(i);
    } else {
      // Gather (the caller chooses: input to the action, none to `next`), and every verb that
      // simply goes on.
      goNext(i);
    }
  }
  start[nodes.length] = to.length;
  return { start, to: Int32Array.from(to), leaves, refetches };

  function firstOfDocument(i: number): number {
    const at = plan!.documentAt[i]!;
    const first = at >= 0 ? plan!.documents[at]!.startId : undefined;
    return first === undefined ? -1 : graph.indexOf(first);
  }
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
    message: `${opening}: ${hears(context, parts, root)}. Nothing the caller presses or says gets them out. Give it a way out: end it with a Hangup, or add a Gather whose “After input” leads out of the loop.`,
  };
}

const OPEN_SOURCE_RECORD =
  ' (The open-source Restcomm server goes on to the next verb instead, and leaves the loop.)';

function recordLoop(
  context: ValidationContext,
  parts: Parts,
  root: number,
  record: number,
  note: string,
): Finding {
  const node = context.flow.nodes[record]!;
  const def = context.resolve(node).def;
  const outlet = def.outlets.find((o) => o.kind === 'action')?.label ?? 'After recording';
  return {
    nodeId: node.id,
    field: 'action',
    message: `The platform’s documentation says a ${def.label} with no “${outlet}” fetches the same document again, so the call loops: ${hears(context, parts, root)}, and is recorded each time.${note} Connect “${outlet}” to what should happen after the recording.`,
  };
}

const MAX_QUOTE = 60;

/**
 * What the caller hears on the way round: the first Say or Play (or Gather prompt) met going
 * breadth-first through the loop from its first node. Each node is looked at once per loop.
 */
function hears({ flow }: ValidationContext, parts: Parts, root: number): string {
  const { partOf, moves } = parts;
  const part = partOf[root]!;
  const seen = new Set<number>([root]);
  const queue = [root];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    const heard = heardAt(flow.nodes[v]!);
    if (heard) return `the caller hears ${heard} again and again until they hang up`;
    for (let k = moves.start[v]!; k < moves.start[v + 1]!; k++) {
      const w = moves.to[k]!;
      if (partOf[w] !== part || seen.has(w)) continue;
      seen.add(w);
      queue.push(w);
    }
  }
  return 'the caller hears nothing until they hang up';
}

function heardAt(element: {
  verb: string;
  text?: string;
  children?: FlowNode['children'];
}): string | undefined {
  const text = element.text?.trim();
  if (element.verb === 'say' && text) return `“${quote(text)}”`;
  if (element.verb === 'play' && text) return `the recording “${quote(fileOf(text))}”`;
  for (const child of element.children ?? []) {
    const heard = heardAt(child);
    if (heard) return heard;
  }
  return undefined;
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat;
}

function fileOf(url: string): string {
  const path = url.split(/[?#]/)[0]!;
  return path.slice(path.lastIndexOf('/') + 1) || url;
}
