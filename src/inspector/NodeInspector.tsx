import { Trash2 } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { kindOf } from '../kinds';
import type { FlowNode } from '../schema/flow';
import { useActions, useAppStore } from '../store/context';
import { selectNodeProblems } from '../store/selectors';
import { DecisionInspector } from './DecisionInspector';
import { NoteInspector } from './NoteInspector';
import { VerbInspector } from './VerbInspector';

/** The selected node's inspector: a note's, a decision's or a verb's, by the node's kind. */
export function NodeInspector({ node }: { node: FlowNode }) {
  const problems = useAppStore((s) => selectNodeProblems(s, node.id));
  const focusRequest = useAppStore((s) => s.focusRequest);
  const consumeFocusRequest = useAppStore((s) => s.consumeFocusRequest);
  const container = useRef<HTMLDivElement>(null);
  const kind = kindOf(node);

  // A node added from the keyboard hands focus to its first field (or to what it needs first: a
  // Dial, someone to call), once: the request is consumed,
  // so selecting the node again later (after Undo, or a click) leaves focus on the canvas.
  useEffect(() => {
    if (!focusRequest || focusRequest.nodeId !== node.id) return;
    const first =
      container.current?.querySelector<HTMLElement>('[data-focus-first]') ??
      container.current?.querySelector<HTMLElement>('select, input, textarea');
    first?.focus();
    consumeFocusRequest(focusRequest.seq);
  }, [focusRequest, consumeFocusRequest, node.id]);

  return (
    <div className="node-inspector" ref={container}>
      {kind?.face === 'note' ? (
        <NoteInspector node={node} kind={kind} />
      ) : kind?.decision ? (
        <DecisionInspector node={node} decision={kind.decision} problems={problems} />
      ) : kind?.verb ? (
        <VerbInspector node={node} problems={problems} />
      ) : (
        <UnknownKind node={node} />
      )}
    </div>
  );
}

/** A kind neither catalog knows (a flow from a newer RCML Studio): it can only be deleted. */
function UnknownKind({ node }: { node: FlowNode }) {
  const { removeNodes } = useActions();
  return (
    <>
      <p className="callout warning">
        “{node.kind}” is not a kind of step this version of RCML Studio knows, so it cannot be
        edited here.
      </p>
      <button type="button" className="button danger" onClick={() => removeNodes([node.id])}>
        <Trash2 size={15} aria-hidden="true" /> Delete {node.label ?? node.kind}
      </button>
    </>
  );
}
