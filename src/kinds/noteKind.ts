/** The note (src/notes) as a node kind: text on the canvas that no call runs. */
import { note } from '../notes';
import type { KindFields, NodeKind } from './types';

const fields: KindFields = { attributes: new Map(), body: note.field };

export const noteKind: NodeKind = {
  id: note.kind,
  label: note.label,
  description: note.description,
  face: 'note',
  inCall: false,
  exported: false,
  outletsMayShareTarget: false,
  outlets: () => [],
  initialAttributes: () => ({}),
  fieldsIn: () => fields,
  fields,
  note,
};
