import { StickyNote, Trash2 } from 'lucide-react';
import type { NodeKind } from '../kinds';
import type { FlowNode } from '../schema/flow';
import { useActions } from '../store/context';
import '../styles/notes.css';
import { FieldControl } from './fields/FieldControl';

/**
 * A note, or any kind drawn as one: the fields its kind defines (a note's is its text, in one
 * multi-line field), each cut to its limit as it is typed or pasted (FieldControl), and Delete.
 * Every edit goes through updateNode, so it is undone like any other.
 */
export function NoteInspector({ node, kind }: { node: FlowNode; kind: NodeKind }) {
  const { updateNode, removeNodes } = useActions();
  const { attributes, body } = kind.fields;
  return (
    <>
      <header className="inspector-header group-note">
        <span className="note-icon" aria-hidden="true">
          <StickyNote size={16} aria-hidden="true" focusable="false" />
        </span>
        <div>
          <h2>{kind.label}</h2>
          <p>{kind.description}</p>
        </div>
      </header>
      {body && (
        <FieldControl
          field={body}
          value={node.text}
          problems={[]}
          onChange={(text) => updateNode(node.id, { text })}
        />
      )}
      {[...attributes.values()].map((field) => (
        <FieldControl
          key={field.name}
          field={field}
          value={node.attributes[field.name]}
          problems={[]}
          onChange={(value) => updateNode(node.id, { attributes: { [field.name]: value } })}
        />
      ))}
      <button type="button" className="button danger" onClick={() => removeNodes([node.id])}>
        <Trash2 size={15} aria-hidden="true" /> Delete {kind.label.toLowerCase()}
      </button>
    </>
  );
}
