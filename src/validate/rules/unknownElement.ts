import { verbForMiscasedElement } from '../../verbs';
import type { NodeRule } from '../types';

/**
 * An imported element the catalog does not know is exported unchanged, but the platform skips
 * elements it does not know (names are case-sensitive), so the user must hear about it.
 */
export const unknownElement: NodeRule = {
  id: 'unknown-element',
  severity: 'warning',
  description: 'An element RCML Studio does not know; the platform will skip it.',
  scope: 'node',
  nodes: 'verbs',
  *checkNode(node) {
    const elements = [
      ...(node.raw ? [{ raw: node.raw, childId: undefined }] : []),
      ...(node.children ?? []).filter((c) => c.raw).map((c) => ({ raw: c.raw!, childId: c.id })),
    ];
    for (const { raw, childId } of elements) {
      const meant = verbForMiscasedElement(raw.name);
      yield {
        nodeId: node.id,
        ...(childId ? { childId } : {}),
        message: meant
          ? `The element “${raw.name}” is not one the platform knows: names are case-sensitive, and you probably meant “${meant.element}”. Use the ${meant.label} verb instead, and delete this one.`
          : `The element “${raw.name}” is not RCML, so the platform will skip it. It is exported unchanged.`,
      };
    }
  },
};
