/** Small pure changes to a session that every behaviour shares. */
import type { CallEnd, CallEvent, Session } from './types';

export function addEvents(session: Session, ...events: CallEvent[]): Session {
  return events.length ? { ...session, events: [...session.events, ...events] } : session;
}

/** Marks a node, and the outlet it was left through, as visited (each listed once). */
export function visit(session: Session, nodeId: string, outlet?: string): Session {
  let next = session;
  if (!next.visitedNodes.includes(nodeId)) {
    next = { ...next, visitedNodes: [...next.visitedNodes, nodeId] };
  }
  if (
    outlet !== undefined &&
    !next.visitedOutlets.some((v) => v.nodeId === nodeId && v.outlet === outlet)
  ) {
    next = { ...next, visitedOutlets: [...next.visitedOutlets, { nodeId, outlet }] };
  }
  return next;
}

export function endCall(session: Session, end: CallEnd): Session {
  return { ...addEvents(session, { kind: 'ended', end }), state: { kind: 'ended', end } };
}

/** The call is answered from here on; the first time, an event says which verb answered it. */
export function answer(session: Session, element: string, nodeId: string | undefined): Session {
  if (session.answered) return session;
  return {
    ...addEvents(session, { kind: 'answered', element, ...(nodeId ? { nodeId } : {}) }),
    answered: true,
  };
}
