/**
 * The ready "Email me the recording" path: an Email step after the outlet a verb hands its result
 * to (Record's "After recording"), with the result's placeholder in its body. Pure, like
 * operations.ts; the store makes it one undo step.
 */
import { resolveVerb } from '../dialects';
import type { DialectId, Flow, Position } from '../schema/flow';
import { findVerb } from '../verbs';
import { addNode, connect, insertOnEdge, updateNode } from './operations';

/** The catalog id of the Email verb. */
export const EMAIL = 'email';

/** Where the new Email sits, from the verb it follows: below and to the right (its action side). */
const OFFSET: Position = { x: 150, y: 190 };

/** Whether the dialect has an Email step (documented, or listed without its attributes). */
export function dialectHasEmail(dialect: DialectId): boolean {
  const availability = resolveVerb(EMAIL, dialect).availability;
  return availability === 'documented' || availability === 'listed';
}

/**
 * Adds the Email on the verb's hand-off outlet: connected there, or put between the verb and what
 * the outlet led to. Returns the flow unchanged and no id when the verb offers no email or the
 * dialect has no Email.
 */
export function addHandOffEmail(flow: Flow, nodeId: string): { flow: Flow; nodeId?: string } {
  const node = flow.nodes.find((n) => n.id === nodeId);
  const handOff = node ? findVerb(node.kind)?.handOff : undefined;
  const email = handOff?.email;
  if (!node || !handOff || !email || !dialectHasEmail(flow.dialect)) return { flow };
  const position = { x: node.position.x + OFFSET.x, y: node.position.y + OFFSET.y };
  const edge = flow.edges.find((e) => e.source === nodeId && e.outlet === handOff.outlet);
  let added: { flow: Flow; nodeId?: string };
  if (edge) {
    added = insertOnEdge(flow, edge.id, EMAIL, position);
  } else {
    const plain = addNode(flow, EMAIL, position);
    added = {
      flow: connect(plain.flow, nodeId, handOff.outlet, plain.nodeId),
      nodeId: plain.nodeId,
    };
  }
  if (!added.nodeId) return { flow };
  const filled = updateNode(added.flow, added.nodeId, {
    label: email.label,
    attributes: { subject: email.subject },
    text: email.body,
  });
  return { flow: filled, nodeId: added.nodeId };
}
