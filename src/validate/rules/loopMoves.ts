/**
 * The moves a call can make from each node, for the loop rules (see loops.ts for why each verb
 * and decision moves as it does), and what the caller hears on the way round a loop.
 */
import { documentUrl } from '../../model/documents';
import { nodeOutlets } from '../../kinds';
import { START_NODE_ID, type FlowNode } from '../../schema/flow';
import type { Finding, ValidationContext } from '../types';
import { shortened } from '../../verbs/summaries';
import { decisionNodes } from './names';

/** Verbs that, with no action, fetch the current document again on the documented platform. */
const REFETCH_WITHOUT_ACTION: ReadonlySet<string> = new Set(['record']);

export type Platform = 'documented' | 'open-source';

/** Every move a call can make from each node, by position in `flow.nodes`. */
export interface Moves {
  /** Moves of node i are `to[k]` for k from `start[i]` up to `start[i + 1]`. */
  readonly start: Int32Array;
  readonly to: Int32Array;
  /** 1 where the call can end or leave the flow from the node. */
  readonly leaves: Uint8Array;
  /** 1 for a Record with no action (the two platforms differ there). */
  readonly refetches: Uint8Array;
  /**
   * 1 for a decision that answers the same way every time round in one call (it reads the call
   * itself: the caller's number, the time), 2 for one that may answer differently (a Menu, a
   * Call outcome: they read what the verb before them collected).
   */
  readonly decision: Uint8Array;
}

/** What the strongly connected parts say, by node position. */
export interface Parts {
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

/** The URL typed into a field an outlet fills (an action, a Redirect's body), if any. */
function typedOutletUrl(node: FlowNode, resolve: ValidationContext['resolve']): string | undefined {
  const { def } = resolve(node);
  for (const field of def.attributes) {
    const value = field.outlet ? node.attributes[field.name]?.trim() : undefined;
    if (value) return value;
  }
  return def.body?.outlet !== undefined ? node.text?.trim() || undefined : undefined;
}

/**
 * The first node of each document by the URLs that fetch it: its file name (relative to the
 * document that names it, which is served beside it) and its address under the base URL. A
 * typed URL is one of them when the user (or an import: a verb cannot be connected to itself)
 * wrote by hand what a connection would write, so the call goes there, not out of the flow.
 */
function documentsByUrl({ flow, graph, plan }: ValidationContext): Map<string, number> {
  const byUrl = new Map<string, number>();
  for (const document of plan.documents) {
    const first = document.startId === undefined ? -1 : graph.indexOf(document.startId);
    if (first < 0) continue;
    byUrl.set(document.fileName, first);
    byUrl.set(documentUrl(flow.baseUrl, document.fileName), first);
  }
  return byUrl;
}

/** A URL without its query string or fragment, which choose no other document. */
function withoutQuery(url: string): string {
  const cut = url.search(/[?#]/);
  return cut < 0 ? url : url.slice(0, cut);
}

export function movesOf(context: ValidationContext, platform: Platform): Moves {
  const { flow, graph, resolve } = context;
  const { nodes } = flow;
  const { next, outStart, outEnd, outEdges, edgeTarget, actionEdge, reachable } = graph.indexed;
  const start = new Int32Array(nodes.length + 1);
  const to: number[] = [];
  const leaves = new Uint8Array(nodes.length);
  const refetches = new Uint8Array(nodes.length);
  const decision = new Uint8Array(nodes.length);
  const decisions = decisionNodes(context);
  const decided = decisions.length > 0;
  for (const { node, def } of decisions) {
    const i = graph.indexOf(node.id);
    if (i >= 0) decision[i] = def.follows ? 2 : 1;
  }
  const plan = platform === 'documented' ? context.plan : undefined;
  let byUrl: Map<string, number> | undefined;

  const goNext = (i: number) => {
    if (next[i]! >= 0) to.push(next[i]!);
    else leaves[i] = 1; // the document runs out of verbs: the call ends
  };

  for (let i = 0; i < nodes.length; i++) {
    start[i] = to.length;
    if (!reachable[i]) continue;
    const node = nodes[i]!;
    if (decision[i]) {
      // Each connected outlet is a move; an unconnected one ends the call (an empty document).
      for (let k = outStart[i]!; k < outEnd[i]!; k++) to.push(edgeTarget[outEdges[k]!]!);
      if (outEnd[i]! - outStart[i]! < nodeOutlets(node).length) leaves[i] = 1;
      continue;
    }
    const def = resolve(node).def;
    let connected = false;
    for (let k = outStart[i]!; k < outEnd[i]!; k++) {
      const e = outEdges[k]!;
      if (!actionEdge[e]) continue;
      connected = true;
      to.push(edgeTarget[e]!);
    }
    const typed = connected ? undefined : typedOutletUrl(node, resolve);
    if (typed !== undefined) {
      connected = true;
      byUrl ??= documentsByUrl(context);
      // A document of the flow is fetched again; any other is elsewhere, out of our sight.
      const first = byUrl.get(withoutQuery(typed));
      if (first === undefined) leaves[i] = 1;
      else to.push(first);
    }
    if (def.terminal) {
      if (!connected) leaves[i] = 1; // Hangup, Reject, a Redirect to nowhere
    } else if (def.endsDocumentWithAction) {
      if (connected) continue;
      if (REFETCH_WITHOUT_ACTION.has(node.kind)) refetches[i] = 1;
      const before = to.length;
      if (plan && REFETCH_WITHOUT_ACTION.has(node.kind)) fetchedAgain(i);
      if (to.length === before) goNext(i);
    } else {
      // Gather (the caller chooses: input to the action, none to `next`), and every verb that
      // simply goes on.
      goNext(i);
    }
  }
  start[nodes.length] = to.length;
  return { start, to: Int32Array.from(to), leaves, refetches, decision };

  /**
   * The platform fetches again the address it fetched the document from: the document's own,
   * or that of a decision whose branch led to it (the flow server answered there with it).
   */
  function fetchedAgain(i: number): void {
    const at = plan!.documentAt[i]!;
    const firstId = at >= 0 ? plan!.documents[at]!.startId : undefined;
    const first = firstId === undefined ? -1 : graph.indexOf(firstId);
    if (first < 0) return;
    // Without decisions (nearly every flow) no need to look at what leads in: the incoming
    // lists are built for the whole graph on first use.
    let ownAddress = !decided || next[graph.indexed.start]! === first;
    for (const edge of decided ? graph.edgesInto(firstId!) : []) {
      const source = graph.indexOf(edge.source);
      if (!reachable[source]) continue;
      if (decision[source]) to.push(source);
      else if (edge.source !== START_NODE_ID) ownAddress = true;
    }
    if (ownAddress || to.length === start[i]) to.push(first);
  }
}

/** Said of a loop the documented platform leaves and the open-source server does not. */
export const OPEN_SOURCE_PREFIX =
  'On platforms that go on to the next step after a Record with no “After recording”, ';

/** Said of a loop through a Record that the open-source server leaves. */
export const OPEN_SOURCE_RECORD =
  ' (Some platforms go on to the next step instead, and leave the loop.)';

const MAX_QUOTE = 60;

/**
 * What the caller hears on the way round a loop: the first Say or Play (or Gather prompt) met
 * going breadth-first from its first node through the nodes `inLoop` keeps. Each node is looked
 * at once per loop.
 */
export function hears(
  { flow }: ValidationContext,
  moves: Moves,
  root: number,
  inLoop: (i: number) => boolean,
): string {
  const seen = new Set<number>([root]);
  const queue = [root];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    const heard = heardAt(flow.nodes[v]!);
    if (heard) return `the caller hears ${heard} again and again until they hang up`;
    for (let k = moves.start[v]!; k < moves.start[v + 1]!; k++) {
      const w = moves.to[k]!;
      if (!inLoop(w) || seen.has(w)) continue;
      seen.add(w);
      queue.push(w);
    }
  }
  return 'the caller hears nothing until they hang up';
}

function heardAt(element: {
  kind: string;
  text?: string;
  children?: FlowNode['children'];
}): string | undefined {
  const text = element.text?.trim();
  if (element.kind === 'say' && text) return `“${quote(text)}”`;
  if (element.kind === 'play' && text) return `the recording “${quote(fileOf(text))}”`;
  for (const child of element.children ?? []) {
    const heard = heardAt(child);
    if (heard) return heard;
  }
  return undefined;
}

function quote(text: string): string {
  return shortened(text, MAX_QUOTE);
}

function fileOf(url: string): string {
  const path = url.split(/[?#]/)[0]!;
  return path.slice(path.lastIndexOf('/') + 1) || url;
}

/**
 * A Record with no “After recording” that fetches its own document again: the one message the
 * loop rules give for it, with who goes round (`the call loops`, `callers who press 1 go round`).
 */
export function recordLoopFinding(
  context: ValidationContext,
  record: number,
  goesRound: string,
  heard: string,
  note: string,
): Finding {
  const node = context.flow.nodes[record]!;
  const def = context.resolve(node).def;
  const after = def.outlets.find((o) => o.kind === 'action')?.label ?? 'After recording';
  return {
    nodeId: node.id,
    field: 'action',
    message: `The platform’s documentation says a ${def.label} with no “${after}” fetches the same document again, so ${goesRound}: ${heard}, and is recorded each time.${note} Connect “${after}” to what should happen after the recording.`,
  };
}
