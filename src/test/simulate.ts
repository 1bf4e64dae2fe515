/** Simulated calls for tests: a flow's route table and plan, and a call placed to it. */
import { planDocuments } from '../model/documents';
import type { Flow } from '../schema/flow';
import { startCall, type CallSetup, type Session } from '../platform';
import { tableFromFlow } from '../router';

export const CALLER = '+14155550111';
export const CALLED = '+14155550123';
/** A Monday, 10:00 in UTC. */
export const MONDAY_10_UTC = new Date('2026-11-30T10:00:00Z');

export function setupOf(fields: Partial<CallSetup> = {}): CallSetup {
  return { from: CALLER, to: CALLED, at: MONDAY_10_UTC, ...fields };
}

/** A call to `flow`, placed through the flow's own route table and plan. */
export function call(flow: Flow, setup: Partial<CallSetup> = {}): Session {
  return startCall(tableFromFlow(flow), planDocuments(flow), setupOf(setup));
}

/** The events of one kind, narrowed. */
export function eventsOf<K extends Session['events'][number]['kind']>(
  session: Session,
  kind: K,
): Extract<Session['events'][number], { kind: K }>[] {
  return session.events.filter(
    (event): event is Extract<Session['events'][number], { kind: K }> => event.kind === kind,
  );
}

/** The way the call ended; throws when it has not. */
export function endOf(session: Session) {
  if (session.state.kind !== 'ended') throw new Error(`The call is ${session.state.kind}`);
  return session.state.end;
}
