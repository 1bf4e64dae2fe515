/**
 * Where a step added without a target (Enter on the palette, a drop on empty canvas) joins the
 * step before it. Read from the definitions, here only: a decision's `follows` (a Menu straight
 * after a Gather's “After input”); after a decision, its outcomes in order; else the verb's
 * `stepsAddedAfterJoin` (after a Gather, its “After input”), else the verb's “Then”.
 */
import { findVerb } from '../verbs';
import { findKind, kindLabel, nodeOutlets } from '../kinds';
import { NEXT_OUTLET, type FlowNode } from '../schema/flow';

type Kind = Pick<FlowNode, 'kind' | 'attributes'>;

/** The outlets of `before` a new step of kind `verb` may join, the one meant first. */
export function outletsJoinedBy(verb: string, before: Kind): readonly string[] {
  const follows = findKind(verb)?.follows;
  if (follows) return before.kind === follows.kind ? [follows.outlet] : [];
  const outlets = nodeOutlets(before);
  // After a decision, its outcomes in the order it lists them: each new step takes the next
  // free one (Matches, then Otherwise), as a user fills them in.
  if (outlets.some((o) => o.kind === 'branch')) return outlets.map((o) => o.id);
  const meant = [findVerb(before.kind)?.stepsAddedAfterJoin, NEXT_OUTLET];
  return [...new Set(meant)].filter((id) => outlets.some((o) => o.id === id)) as string[];
}

/** Where a kind of step belongs, when only one place will do (“a Gather’s “After input””). */
export function placeFollowed(verb: string): string | undefined {
  const follows = findKind(verb)?.follows;
  if (!follows) return undefined;
  const outlet = nodeOutlets({ kind: follows.kind, attributes: {} }).find(
    (o) => o.id === follows.outlet,
  );
  return `a ${kindLabel(follows.kind)}’s “${outlet?.label ?? follows.outlet}”`;
}
