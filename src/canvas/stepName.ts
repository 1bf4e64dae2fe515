/**
 * A step named for a control that points at it ("Insert a step between Say “Step 11” and …"):
 * its label when it has one, else its kind with the start of its text, so that a chain of Says
 * does not read as "Say and Say" again and again.
 */
import { kindLabel } from '../model/nodeKinds';
import type { FlowNode } from '../model/types';
import { excerpt } from '../verbs/summaries';

const TEXT_IN_NAME = 24;

export function stepName(node: FlowNode | undefined): string {
  if (!node) return 'a step';
  if (node.label) return node.label;
  const text = excerpt(node.text, '', TEXT_IN_NAME);
  return text ? `${kindLabel(node.verb)} ${text}` : kindLabel(node.verb);
}
