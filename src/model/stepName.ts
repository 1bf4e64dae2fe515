/**
 * A step named for a control that points at it ("Insert a step between Say “Step 11” and …"):
 * its label when it has one, else its kind with the start of its text, so that a chain of Says
 * does not read as "Say and Say" again and again. Comparing versions names steps the same way
 * ("Welcome: text changed"), so it lives in the model, where the core can read it.
 */
import { kindLabel } from '../kinds';
import type { FlowNode } from '../schema/flow';
import { excerpt } from '../verbs/summaries';

const TEXT_IN_NAME = 24;

export function stepName(node: FlowNode | undefined): string {
  if (!node) return 'a step';
  if (node.label) return node.label;
  const text = excerpt(node.text, '', TEXT_IN_NAME);
  return text ? `${kindLabel(node.kind)} ${text}` : kindLabel(node.kind);
}
