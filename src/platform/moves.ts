/**
 * How a call moves on from a verb: to the next element of the document (its `next` outlet), or
 * to the document its action or Redirect names (its action outlet), read from the catalog.
 */
import { verbElement, type VerbElement } from './elements';
import { fetchDocument, positionAt } from './fetch';
import { endCall, visit } from './sessionState';
import type { Session } from './types';
import { flowAddresses, resolveUrl } from './urls';

/** The element the call is at, read in the flow's dialect. */
export function currentElement(session: Session): VerbElement | undefined {
  const position = session.position;
  const element = position?.document.verbs[position.index];
  return element ? verbElement(element, session.setup.dialect) : undefined;
}

function outletOf(verb: VerbElement, kind: 'next' | 'action'): string | undefined {
  return verb.verb?.def.outlets.find((outlet) => outlet.kind === kind)?.id;
}

/** On to the next element of the document, leaving the current node by its `next` outlet. */
export function goOn(session: Session): Session {
  const position = session.position;
  if (!position) return session;
  const verb = currentElement(session);
  const outlet = verb && outletOf(verb, 'next');
  const marked = position.nodeId && outlet ? visit(session, position.nodeId, outlet) : session;
  return {
    ...marked,
    position: positionAt(position.document, position.index + 1),
    state: { kind: 'running' },
  };
}

/** The URL the verb's action outlet fills: an attribute (Gather's action) or the body (Redirect). */
export function actionUrl(verb: VerbElement): string | undefined {
  const def = verb.verb?.def;
  if (!def) return undefined;
  const outlet = outletOf(verb, 'action');
  if (!outlet) return undefined;
  if (def.body?.outlet === outlet) return verb.text || undefined;
  const field = def.attributes.find((f) => f.outlet === outlet);
  return field ? verb.written(field.name) : undefined;
}

/** The request method a verb's `method` field asks for (POST unless GET). */
export function methodOf(verb: VerbElement): 'GET' | 'POST' {
  return verb.value('method')?.toUpperCase() === 'GET' ? 'GET' : 'POST';
}

/**
 * The platform requests `url` (written in the current document) for the current verb, with
 * what it reports. A URL outside the flow ends the simulation: it cannot be fetched here.
 */
export function follow(
  session: Session,
  verb: VerbElement,
  url: string,
  reason: 'action' | 'redirect',
  results: Readonly<Record<string, string>> = {},
): Session {
  const position = session.position;
  const documentPath = position?.document.path ?? '/';
  const resolved = resolveUrl(flowAddresses(session.flow.baseUrl), url, documentPath);
  const nodeId = position?.nodeId;
  const outlet = outletOf(verb, 'action');
  // The Redirect the serializer writes when a chain runs into another document has no node:
  // the `next` it stands for was marked when the verb before it ran.
  const marked = nodeId && outlet ? visit(session, nodeId, outlet) : session;
  if (!resolved.inFlow) return endCall(marked, { how: 'left-flow', url: resolved.url });
  return fetchDocument(marked, {
    reason,
    method: methodOf(verb),
    path: resolved.path,
    url: resolved.url,
    results,
    ...(nodeId ? { nodeId } : {}),
  });
}

/** After a verb with an action (Dial, Record, Sms): its action when it has one, else on. */
export function actionOrOn(
  session: Session,
  verb: VerbElement,
  results: Readonly<Record<string, string>>,
): Session {
  const url = actionUrl(verb);
  return url ? follow(session, verb, url, 'action', results) : goOn(session);
}
