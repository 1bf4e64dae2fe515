/**
 * A simulated call, run as the platform runs it: pure functions from one session to the next.
 * `startCall` places the call (the platform requests the flow server's root), `step` runs one
 * element, `run` runs until the call waits for the caller or ends, `end` is the caller hanging up.
 */
import { isKnownTimeZone } from '../decisions';
import type { FlowDocuments } from '../model/documents';
import { START_NODE_ID, NEXT_OUTLET } from '../schema/flow';
import type { RouteTable } from '../router';
import { BEHAVIOURS } from './behaviours';
import { callFlowOf } from './callFlow';
import { fetchDocument } from './fetch';
import { actionUrl, currentElement, follow, goOn } from './moves';
import { recordingResults } from './recording';
import { addEvents, answer, endCall, visit } from './sessionState';
import type { CallSetup, Session } from './types';
import { flowAddresses, urlOfPath } from './urls';

/**
 * Places a call to the flow: the platform requests the flow server's root (`/`), the decisions
 * on the way are taken, and the session holds the first document, ready to run.
 */
export function startCall(
  table: RouteTable,
  plan: FlowDocuments | undefined,
  setup: CallSetup,
): Session {
  const flow = callFlowOf(table, plan, setup.dialect);
  const settled = { ...setup, dialect: flow.dialect, timeZone: hoursTimeZone(table) ?? 'UTC' };
  let session: Session = {
    flow,
    setup: settled,
    events: [{ kind: 'call', setup: settled }],
    state: { kind: 'running' },
    position: null,
    answered: false,
    visitedNodes: [],
    visitedOutlets: [],
    inputs: [],
    steps: 0,
    fetchesInARow: 0,
    recordings: 0,
  };
  if (plan?.flow.nodes.some((node) => node.id === START_NODE_ID)) {
    session = visit(session, START_NODE_ID, NEXT_OUTLET);
  }
  return fetchDocument(session, {
    reason: 'incoming',
    // The voice URL of a number is requested as the platform is set up to; POST is the default.
    method: 'POST',
    path: '/',
    url: urlOfPath(flowAddresses(flow.baseUrl), '/'),
  });
}

/**
 * The time zone of the first Check hours a call can reach (where the time of day matters), or
 * undefined when the flow checks no hours. The set-up form enters the call's time in it too.
 */
export function hoursTimeZone(table: RouteTable): string | undefined {
  for (const route of Object.values(table.routes)) {
    if (route.kind === 'decision' && route.decision.kind === 'checkHours') {
      if (isKnownTimeZone(route.decision.timeZone)) return route.decision.timeZone;
    }
  }
  return undefined;
}

/** Runs the element the call is at. A call that waits or has ended is returned as it is. */
export function step(session: Session): Session {
  const position = session.position;
  if (session.state.kind !== 'running' || !position) return session;
  if (position.index >= position.document.verbs.length) {
    return endCall(session, { how: 'completed' });
  }
  const verb = currentElement(session)!;
  const nodeId = position.nodeId;
  let next: Session = { ...session, steps: session.steps + 1 };
  if (nodeId) next = visit(next, nodeId);
  const def = verb.verb?.def;
  const behaviour = def && !def.noun ? BEHAVIOURS[def.id] : undefined;
  const where = { element: verb.name, ...(nodeId ? { nodeId } : {}) };
  if (!def || !behaviour) {
    const why = !def
      ? `<${verb.name}> is not a verb the platform knows: it skips it.`
      : def.hostedOnly
        ? `${def.label} is documented for the hosted platform only (other platforms skip it); the simulator does not run it and goes on.`
        : `<${verb.name}> is not a verb of its own here: the platform skips it.`;
    return goOn(addEvents(next, { kind: 'skipped', why, ...where }));
  }
  const availability = verb.verb!.availability;
  if (availability === 'absent' || availability === 'unknown') {
    const dialect = verb.verb!.dialect.label;
    const text =
      availability === 'absent'
        ? `${dialect} has no <${verb.name}>: a real ${dialect} call would not run it. The simulator runs it as RCML does.`
        : `${dialect}’s documentation known to us does not list <${verb.name}>. The simulator runs it as RCML does.`;
    next = addEvents(next, { kind: 'note', text, ...where });
  }
  if (def.answersCall) next = answer(next, verb.name, nodeId);
  return behaviour(next, verb, nodeId);
}

/** Steps until the call waits for the caller or ends (the loop bound sees to the end). */
export function run(session: Session): Session {
  let current = session;
  while (current.state.kind === 'running') current = step(current);
  return current;
}

/**
 * The caller hangs up. During a recording with an action the platform still requests the
 * action, with Digits `hangup` (what RCML sends), though nothing of its answer runs.
 */
export function end(session: Session): Session {
  if (session.state.kind === 'ended') return session;
  let next: Session = {
    ...session,
    inputs: [...session.inputs, { kind: 'hang-up', afterSteps: session.steps }],
    fetchesInARow: 0,
  };
  if (session.state.kind === 'recording') {
    const verb = currentElement(session);
    if (verb) {
      const { session: recorded, results } = recordingResults(next, verb, { key: 'hangup' });
      next = recorded;
      const url = actionUrl(verb);
      if (url) {
        next = follow(next, verb, url, 'action', results);
        if (next.state.kind === 'ended') return next;
      }
    }
  }
  return endCall(next, { how: 'caller-hung-up' });
}
