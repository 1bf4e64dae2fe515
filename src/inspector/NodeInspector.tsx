import { Info, Trash2, TriangleAlert } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { bodyAllowed, resolveVerb } from '../dialects';
import type { ResolvedField, ResolvedVerb } from '../dialects/types';
import type { FlowNode } from '../model/types';
import { useActions, useAppStore } from '../store/context';
import { selectNodeProblems } from '../store/selectors';
import { VerbIcon } from '../ui/VerbIcon';
import { LABEL_MAX_LENGTH } from '../verbs/limits';
import type { Problem } from '../validate/types';
import { ConnectedOutlet, useOutletConnected } from './ConnectedOutlet';
import { FieldControl } from './fields/FieldControl';
import { FlowSettings } from './FlowSettings';
import { NestedList } from './NestedList';

const LABEL_FIELD: ResolvedField = {
  name: 'label',
  xmlName: '',
  label: 'Label',
  kind: 'text',
  help: 'Optional name shown on the canvas. It also names the document this verb starts.',
  maxLength: LABEL_MAX_LENGTH,
};

export function NodeInspector({ node }: { node: FlowNode }) {
  const dialect = useAppStore((s) => s.flow.dialect);
  const problems = useAppStore((s) => selectNodeProblems(s, node.id));
  const focusRequest = useAppStore((s) => s.focusRequest);
  const consumeFocusRequest = useAppStore((s) => s.consumeFocusRequest);
  const container = useRef<HTMLDivElement>(null);
  const verb = resolveVerb(node.verb, dialect);
  const { def } = verb;

  // A verb added from the keyboard hands focus to its first field, once: the request is consumed,
  // so selecting the verb again later (after Undo, or a click) leaves focus on the canvas.
  useEffect(() => {
    if (!focusRequest || focusRequest.nodeId !== node.id) return;
    container.current?.querySelector<HTMLElement>('select, input, textarea')?.focus();
    consumeFocusRequest(focusRequest.seq);
  }, [focusRequest, consumeFocusRequest, node.id]);

  const general = problems.filter((p) => !p.field && !p.childId);

  return (
    <div className="node-inspector" ref={container}>
      <header className={`inspector-header group-${def.isStart ? 'start' : def.group}`}>
        <span className="verb-node-icon">
          <VerbIcon name={def.icon} size={18} />
        </span>
        <div>
          <h2>{def.label}</h2>
          <p>{def.description}</p>
        </div>
      </header>

      {def.hostedOnly && (
        <p className="callout warning">
          <TriangleAlert size={15} aria-hidden="true" /> Documented for the hosted platform only:
          the open-source Restcomm server skips it.
        </p>
      )}
      {def.note && (
        <p className="callout info">
          <Info size={15} aria-hidden="true" /> {def.note}
        </p>
      )}
      {general.length > 0 && (
        <ul className="inspector-problems">
          {general.map((p) => (
            <li key={p.key} className={p.severity}>
              {p.message}
            </li>
          ))}
        </ul>
      )}

      {def.isStart ? <FlowSettings /> : <VerbFields node={node} verb={verb} problems={problems} />}
    </div>
  );
}

function VerbFields({
  node,
  verb,
  problems,
}: {
  node: FlowNode;
  verb: ResolvedVerb;
  problems: readonly Problem[];
}) {
  const { updateNode, removeNodes } = useActions();
  const { def } = verb;
  const fieldProblems = (name: string) => problems.filter((p) => p.field === name && !p.childId);
  const showBody =
    verb.body !== null && (bodyAllowed(verb.bodyRule, node.attributes) || node.text !== undefined);

  return (
    <>
      {verb.attributes.map((field) => (
        <OutletAwareField
          key={field.name}
          nodeId={node.id}
          field={field}
          value={node.attributes[field.name]}
          problems={fieldProblems(field.name)}
          onChange={(value) => updateNode(node.id, { attributes: { [field.name]: value } })}
        />
      ))}
      {showBody && verb.body && (
        <OutletAwareField
          nodeId={node.id}
          field={verb.body}
          value={node.text}
          problems={fieldProblems('text')}
          onChange={(text) => updateNode(node.id, { text })}
        />
      )}
      {!showBody && verb.body && verb.bodyRule.kind === 'only-when' && (
        <p className="field-help">{verb.bodyRule.explanation}</p>
      )}
      {def.nesting && (
        <NestedList
          node={node}
          nesting={def.nesting}
          problems={problems.filter((p) => p.childId)}
        />
      )}
      <FieldControl
        field={LABEL_FIELD}
        value={node.label}
        problems={[]}
        onChange={(label) => updateNode(node.id, { label })}
      />
      <button type="button" className="button danger" onClick={() => removeNodes([node.id])}>
        <Trash2 size={15} aria-hidden="true" /> Delete {def.label}
      </button>
    </>
  );
}

/** A field an outlet can fill: while the outlet is connected, it shows where it leads. */
function OutletAwareField(props: {
  nodeId: string;
  field: ResolvedField;
  value: string | undefined;
  problems: readonly Problem[];
  onChange(value: string): void;
}) {
  const connected = useOutletConnected(props.nodeId, props.field.outlet);
  return (
    <FieldControl
      {...props}
      override={
        connected && props.field.outlet ? (
          <ConnectedOutlet nodeId={props.nodeId} outlet={props.field.outlet} />
        ) : undefined
      }
    />
  );
}
