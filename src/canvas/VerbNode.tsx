import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { resolveVerb } from '../dialects';
import { NEXT_OUTLET } from '../schema/flow';
import { useAppStore } from '../store/context';
import { VerbIcon } from '../ui/VerbIcon';
import { CallCount, LiveStatus } from './CallCount';
import { ProblemBadge, problemClass, useProblemSummary } from './ProblemBadge';
import type { CanvasNode } from './types';
import { useDropTarget } from './dropTarget';
import { StepName, useFlowNode } from './stepName';
import { bodyTargetOf, verbFaceSummary } from './verbFace';

function VerbNodeView({ id, selected }: NodeProps<CanvasNode>) {
  const node = useFlowNode(id);
  const dialect = useAppStore((s) => s.flow.dialect);
  const verb = node && resolveVerb(node.kind, dialect);
  const def = verb?.def;
  const problems = useProblemSummary(id);
  const drop = useDropTarget(id);
  const bodyTarget = useAppStore((s) =>
    node ? bodyTargetOf(s.derived.analysis, s.flow, node, def?.body?.outlet) : '',
  );
  // An import keeps verbs that follow a Reject, Hangup or Redirect: draw where they hang from.
  const neverRunsAfter = useAppStore(
    (s) =>
      def !== undefined &&
      !def.outlets.some((o) => o.id === NEXT_OUTLET) &&
      s.derived.analysis.graph(s.flow).edgeFrom(id, NEXT_OUTLET) !== undefined,
  );
  if (!node || !verb || !def) return null;
  const outlets = def.outlets;
  const labelled = outlets.length > 1;
  const summary = verbFaceSummary(node, verb, bodyTarget);

  return (
    <div
      className={[
        'verb-node',
        `group-${def.isStart ? 'start' : def.group}`,
        selected ? 'is-selected' : '',
        problemClass(problems),
        drop ? `is-drop-${drop === 'accepts' ? 'target' : 'refused'}` : '',
      ].join(' ')}
    >
      {!def.isStart && <Handle type="target" position={Position.Top} className="handle-in" />}
      <div className="verb-node-header">
        <span className="verb-node-icon">
          <VerbIcon name={def.icon} />
        </span>
        <span className="verb-node-title">{node.label ?? def.label}</span>
        {node.label && <span className="verb-node-kind">{def.label}</span>}
        <ProblemBadge problems={problems} />
      </div>
      <div className="verb-node-summary">{summary}</div>
      <StepName nodeId={id} name={`${node.label ?? def.label}: ${summary}`} />
      {def.isStart && <LiveStatus />}
      <CallCount nodeId={id} />
      {def.hostedOnly && <div className="verb-node-footer">Hosted platform only</div>}
      {def.terminal && outlets.length === 0 && (
        <div className="verb-node-footer">Ends the call</div>
      )}
      {labelled && (
        <div className="verb-node-outlets" aria-hidden="true">
          {outlets.map((outlet) => (
            <span key={outlet.id} className={`outlet-label outlet-${outlet.kind}`}>
              {outlet.label}
            </span>
          ))}
        </div>
      )}
      {neverRunsAfter && (
        <Handle
          type="source"
          id={NEXT_OUTLET}
          position={Position.Bottom}
          className="handle-out outlet-never"
          isConnectable={false}
          title="What follows never runs"
        />
      )}
      {outlets.map((outlet, index) => (
        <Handle
          key={outlet.id}
          type="source"
          id={outlet.id}
          position={Position.Bottom}
          className={`handle-out outlet-${outlet.kind}`}
          style={{ left: `${((index + 1) / (outlets.length + 1)) * 100}%` }}
          // The outlet's one-line explanation, for whoever hovers before connecting.
          title={`${outlet.label}: ${outlet.help}`}
        />
      ))}
    </div>
  );
}

export const VerbNode = memo(VerbNodeView);
