import { Info, Trash2, TriangleAlert } from 'lucide-react';
import { bodyAllowed, resolveVerb } from '../dialects';
import type { ResolvedField, ResolvedVerb } from '../dialects/types';
import type { FlowNode } from '../model/types';
import { useActions, useAppStore } from '../store/context';
import { VerbIcon } from '../ui/VerbIcon';
import type { Problem } from '../validate/types';
import { ConnectedOutlet, useOutletConnected } from './ConnectedOutlet';
import { FieldControl } from './fields/FieldControl';
import { FillInList } from './FillInList';
import { FlowSettings } from './FlowSettings';
import { GeneralProblems } from './GeneralProblems';
import { VERB_LABEL_FIELD } from './labelFields';
import { NestedList } from './NestedList';
import { OutletPickers } from './OutletPickers';

/** A verb's (or the incoming call's) header, fields, outlets and Delete. */
export function VerbInspector({
  node,
  problems,
}: {
  node: FlowNode;
  problems: readonly Problem[];
}) {
  const dialect = useAppStore((s) => s.flow.dialect);
  const verb = resolveVerb(node.verb, dialect);
  const { def } = verb;
  // An outlet that fills a field (Dial's "After the call", the Action URL) has its problems
  // shown at the field; any other at its picker.
  const outletProblems = (outlet: string) =>
    outlet === 'text' || verb.fields.has(outlet)
      ? []
      : problems.filter((p) => p.field === outlet && !p.childId);

  return (
    <>
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
      <GeneralProblems problems={problems.filter((p) => !p.field && !p.childId)} />

      {def.isStart ? (
        <>
          <FillInList />
          <FlowSettings />
          <OutletPickers node={node} problemsOf={outletProblems} />
        </>
      ) : (
        <VerbFields node={node} verb={verb} problems={problems} outletProblems={outletProblems} />
      )}
    </>
  );
}

function VerbFields({
  node,
  verb,
  problems,
  outletProblems,
}: {
  node: FlowNode;
  verb: ResolvedVerb;
  problems: readonly Problem[];
  outletProblems(outlet: string): readonly Problem[];
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
        field={VERB_LABEL_FIELD}
        value={node.label}
        problems={[]}
        onChange={(label) => updateNode(node.id, { label })}
      />
      <OutletPickers node={node} problemsOf={outletProblems} />
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
