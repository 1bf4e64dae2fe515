/**
 * The platform fetching its next document: the request it sends, the decisions the flow server
 * takes on it (through the same `route` as the server), and the document it gets back. A call
 * that fetches document after document without the caller doing anything loops: it is stopped.
 */
import { route, type DecisionStep } from '../router';
import { readDocument } from './elements';
import { platformRequest, routerRequest } from './requests';
import { endCall, visit } from './sessionState';
import type { CallEvent, CallPosition, LoadedDocument, Session } from './types';
import { flowAddresses, urlOfPath } from './urls';

/** Documents fetched in a row, without the caller doing anything, before the call is stopped. */
export const MAX_FETCHES_IN_A_ROW = 50;

export interface FetchOrder {
  readonly reason: 'incoming' | 'action' | 'redirect';
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly url: string;
  /** What the verb reports with the request (Digits, DialCallStatus…). */
  readonly results?: Readonly<Record<string, string>>;
  /** The node whose action or Redirect this is. */
  readonly nodeId?: string;
}

/** The session once the platform has fetched `order` and holds the document it got. */
export function fetchDocument(session: Session, order: FetchOrder): Session {
  if (session.fetchesInARow >= MAX_FETCHES_IN_A_ROW) {
    return endCall(session, { how: 'loop', message: loopMessage(session) });
  }
  const { setup, flow } = session;
  const request = platformRequest(setup, {
    method: order.method,
    url: order.url,
    path: order.path,
    answered: session.answered,
    results: order.results ?? {},
    requestUrl: session.position?.document.url ?? '',
  });
  const routed = route(flow.table, order.path, routerRequest(request), setup.at);
  const events: CallEvent[] = [
    {
      kind: 'request',
      reason: order.reason,
      request,
      ...(order.nodeId ? { nodeId: order.nodeId } : {}),
    },
    ...routed.steps.map((step) => decisionEvent(session, step)),
  ];
  let next = visitDecisions(
    {
      ...session,
      events: [...session.events, ...events],
      fetchesInARow: session.fetchesInARow + 1,
    },
    routed.steps,
  );
  if (!routed.ok) return endCall(next, { how: 'error', message: routed.message });

  const path = routed.path;
  const fileName = path === null ? 'an empty document' : fileNameOf(session, path);
  next = {
    ...next,
    events: [...next.events, { kind: 'document', path, fileName, xml: routed.xml }],
  };
  const read = readDocument(routed.xml);
  if (!read.ok) {
    return endCall(next, {
      how: 'error',
      message: `The platform cannot read ${fileName}: ${read.message}`,
    });
  }
  const nodes = (path !== null && flow.documents[path]) || { nodeIds: [] };
  const document: LoadedDocument = {
    path,
    fileName,
    url: urlOfPath(flowAddresses(flow.baseUrl), path ?? order.path),
    verbs: read.verbs,
    // Nodes only when the plan wrote what was served: else an element would mark the wrong node.
    nodes: nodes.nodeIds.length === read.verbs.length ? nodes : { nodeIds: [] },
  };
  return { ...next, position: positionAt(document, 0), state: { kind: 'running' } };
}

export function positionAt(document: LoadedDocument, index: number): CallPosition {
  return { document, index, nodeId: document.nodes.nodeIds[index] };
}

function fileNameOf(session: Session, path: string): string {
  const found = session.flow.table.routes[path];
  return (found?.kind === 'document' && found.name) || path.replace(/^\//, '');
}

function decisionEvent(session: Session, step: DecisionStep): CallEvent {
  const names = session.flow.decisions[step.path];
  return {
    kind: 'decision',
    path: step.path,
    ...(names?.nodeId ? { nodeId: names.nodeId } : {}),
    decision: step.kind,
    name: names?.name ?? step.path,
    outlet: step.outlet,
    outletLabel: names?.outlets[step.outlet] ?? step.outlet,
    target: step.target,
  };
}

function visitDecisions(session: Session, steps: readonly DecisionStep[]): Session {
  let next = session;
  for (const step of steps) {
    const nodeId = session.flow.decisions[step.path]?.nodeId;
    if (nodeId) next = visit(next, nodeId, step.outlet);
  }
  return next;
}

/** Names the documents the call went round, from the last requests. */
function loopMessage(session: Session): string {
  const names = session.events
    .flatMap((event) => (event.kind === 'document' ? [event.fileName] : []))
    .slice(-4);
  const round = names.length ? ` (${names.join(' → ')} → …)` : '';
  return `The call went round more than ${MAX_FETCHES_IN_A_ROW} documents in a row without the caller doing anything${round}, so the simulation stopped it.`;
}
