import { nextOutlet } from './fields';
import type { VerbDef } from '../schema/verbs';

/**
 * An element the catalog does not know (a typo such as `<SMS>`, another platform's verb), kept
 * from an import so that it exports unchanged. Never offered in the palette.
 */
export const unknown: VerbDef = {
  id: 'unknown',
  element: '',
  label: 'Unknown element',
  group: 'control',
  description: 'An element RCML Studio does not know; it is exported exactly as it was imported.',
  icon: 'unknown',
  attributes: [],
  outlets: [nextOutlet()],
  // The platform skips elements it does not know: the call stays as it was.
  answersCall: false,
  terminal: false,
  isUnknown: true,
  summary: (node) => (node.raw ? `${node.raw.name}, kept as imported` : 'Unknown element'),
};
