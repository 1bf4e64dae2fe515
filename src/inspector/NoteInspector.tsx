import { StickyNote, Trash2 } from 'lucide-react';
import type { NoteDef } from '../notes';
import type { FlowNode } from '../schema/flow';
import { useActions } from '../store/context';
import '../styles/notes.css';
import { FieldControl } from './fields/FieldControl';

/**
 * A note: its text in one multi-line field, cut to the note's limit as it is typed or pasted
 * (FieldControl), and Delete. Every edit goes through updateNode, so it is undone like any other.
 */
export function NoteInspector({ node, note }: { node: FlowNode; note: NoteDef }) {
  const { updateNode, removeNodes } = useActions();
  return (
    <>
      <header className="inspector-header group-note">
        <span className="note-icon" aria-hidden="true">
          <StickyNote size={16} aria-hidden="true" focusable="false" />
        </span>
        <div>
          <h2>{note.label}</h2>
          <p>{note.description}</p>
        </div>
      </header>
      <FieldControl
        field={note.field}
        value={node.text}
        problems={[]}
        onChange={(text) => updateNode(node.id, { text })}
      />
      <button type="button" className="button danger" onClick={() => removeNodes([node.id])}>
        <Trash2 size={15} aria-hidden="true" /> Delete note
      </button>
    </>
  );
}
