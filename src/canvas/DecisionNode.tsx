import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { decisionOf, nodeOutlets } from '../kinds';
import { DecisionIcon } from '../ui/DecisionIcon';
import { decisionSummary } from './decisionSummary';
import { ProblemBadge, problemClass, useProblemSummary } from './ProblemBadge';
import type { CanvasNode } from './types';
import { useDropTarget } from './dropTarget';
import { StepName, useFlowNode } from './stepName';
import '../styles/canvas-decisions.css';
import { CallCount, OutletShare } from './CallCount';

/**
 * A decision on the canvas: a diamond icon and its own colour, what it checks in one line, and
 * one row per outlet (a Menu has one per key) with the handle on the right edge beside the
 * outlet's name, so a mouse user drags from the branch they mean. Geometry: decisionGeometry.ts.
 */
function DecisionNodeView({ id, selected }: NodeProps<CanvasNode>) {
  const node = useFlowNode(id);
  const problems = useProblemSummary(id);
  const drop = useDropTarget(id);
  const def = node && decisionOf(node);
  if (!node || !def) return null;
  const outlets = nodeOutlets(node);
  const summary = decisionSummary(def, node.attributes);

  return (
    <div
      className={[
        'verb-node',
        'decision-node',
        selected ? 'is-selected' : '',
        problemClass(problems),
        drop ? `is-drop-${drop === 'accepts' ? 'target' : 'refused'}` : '',
      ].join(' ')}
    >
      <Handle type="target" position={Position.Top} className="handle-in" />
      <div className="verb-node-header">
        <DecisionIcon kind={def.kind} />
        <span className="verb-node-title">{node.label ?? def.label}</span>
        {node.label && <span className="verb-node-kind">{def.label}</span>}
        <ProblemBadge problems={problems} />
      </div>
      <div className="verb-node-summary decision-summary" title={summary}>
        {summary}
      </div>
      <StepName nodeId={id} name={`${node.label ?? def.label}: ${summary}`} />
      <CallCount nodeId={id} />
      <ul className="decision-outlets" aria-hidden="true">
        {outlets.map((outlet) => (
          <li key={outlet.id} className="decision-outlet">
            <span className="decision-outlet-label">
              {outlet.label}
              <OutletShare nodeId={id} outlet={outlet.id} />
            </span>
            <Handle
              type="source"
              id={outlet.id}
              position={Position.Right}
              className="handle-out outlet-branch"
              title={outlet.help ? `${outlet.label}: ${outlet.help}` : outlet.label}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

export const DecisionNode = memo(DecisionNodeView);
