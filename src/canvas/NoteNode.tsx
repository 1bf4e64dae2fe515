import type { NodeProps } from '@xyflow/react';
import { StickyNote } from 'lucide-react';
import { memo, type CSSProperties } from 'react';
import { note } from '../notes';
import { StepName, useFlowNode } from './stepName';
import type { CanvasNode } from './types';
import { excerpt } from '../verbs/summaries';
import '../styles/notes.css';

/**
 * A note on the canvas: a sticky note with its text, wrapped and cut with an ellipsis after a
 * few lines. No handles: nothing leads to a note and it leads nowhere.
 */
function NoteNodeView({ id, selected }: NodeProps<CanvasNode>) {
  const node = useFlowNode(id);
  if (!node) return null;
  const text = node.text?.trim();
  const lines = { '--note-lines': note.linesShown } as CSSProperties;
  return (
    <div className={`note-node${selected ? ' is-selected' : ''}`}>
      <div className="note-node-kind" aria-hidden="true">
        <StickyNote size={13} aria-hidden="true" focusable="false" />
        {note.label}
      </div>
      <div className={`note-node-text${text ? '' : ' is-empty'}`} style={lines}>
        {text || 'Empty note: select it and write in the inspector.'}
      </div>
      <StepName nodeId={id} name={`${note.label}: ${excerpt(node.text, 'empty')}`} />
    </div>
  );
}

export const NoteNode = memo(NoteNodeView);
