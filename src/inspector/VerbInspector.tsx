import { Info, Trash2, TriangleAlert } from 'lucide-react';
import { bodyAllowed, resolveVerb } from '../dialects';
import type { ResolvedField, ResolvedVerb } from '../dialects/types';
import type { FlowNode } from '../schema/flow';
import { useActions, useAppStore } from '../store/context';
import { VerbIcon } from '../ui/VerbIcon';
import type { Problem } from '../validate/types';
import { AdvancedFields } from './AdvancedFields';
import { ConnectedOutlet, useOutletConnected } from './ConnectedOutlet';
import {
  advancedProblems,
  inspectorLayout,
  problemGoesToOutlet,
  problemsAtField,
  type InspectorSlot,
} from './fieldLayout';
import { FieldControl } from './fields/FieldControl';
import { FillInList } from './FillInList';
import { FlowSettings } from './FlowSettings';
import { GeneralProblems } from './GeneralProblems';
import { HandOffSection } from './HandOffSection';
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
  const verb = resolveVerb(node.kind, dialect);
  const { def } = verb;
  // An outlet that fills a field (Dial's "After the call", Go to URL) has its problems
  // shown at the field, unless the field is folded under Advanced and empty; any other at its
  // picker.
  const outletProblems = (outlet: string) => {
    const field = verb.fields.get(outlet);
    if (outlet === 'text' || (field && !problemGoesToOutlet(field, node.attributes[outlet]))) {
      return [];
    }
    return problems.filter((p) => p.field === outlet && !p.childId);
  };

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
          other platforms skip it.
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
  const layout = inspectorLayout(verb);
  const valueOf = (name: string) => (name === 'text' ? node.text : node.attributes[name]);
  // A folded, empty field an outlet fills has its problems at the outlet's picker instead.
  const fieldProblems = (field: ResolvedField, name: string) =>
    problemsAtField(problems, field, name, valueOf(name));
  const showBody =
    verb.body !== null && (bodyAllowed(verb.bodyRule, node.attributes) || node.text !== undefined);

  const render = (slot: InspectorSlot) => {
    if (slot.kind === 'nesting') {
      return (
        def.nesting && (
          <NestedList
            key="nesting"
            node={node}
            nesting={def.nesting}
            problems={problems.filter((p) => p.childId)}
          />
        )
      );
    }
    if (slot.kind === 'body') {
      if (!showBody) {
        return verb.bodyRule.kind === 'only-when' ? (
          <p key="text" className="field-help">
            {verb.bodyRule.explanation}
          </p>
        ) : null;
      }
      return (
        <OutletAwareField
          key="text"
          nodeId={node.id}
          field={slot.field}
          value={node.text}
          problems={fieldProblems(slot.field, 'text')}
          onChange={(text) => updateNode(node.id, { text })}
        />
      );
    }
    const { field } = slot;
    return (
      <OutletAwareField
        key={field.name}
        nodeId={node.id}
        field={field}
        value={node.attributes[field.name]}
        problems={fieldProblems(field, field.name)}
        onChange={(value) => updateNode(node.id, { attributes: { [field.name]: value } })}
      />
    );
  };

  return (
    <>
      {def.handOff && <HandOffSection node={node} def={def} handOff={def.handOff} />}
      {layout.plain.map(render)}
      <FieldControl
        field={VERB_LABEL_FIELD}
        value={node.label}
        problems={[]}
        onChange={(label) => updateNode(node.id, { label })}
      />
      <OutletPickers node={node} problemsOf={outletProblems} />
      {layout.advanced.length > 0 && (
        <AdvancedFields
          key={node.id}
          problemCount={advancedProblems(layout, problems, valueOf).length}
        >
          {layout.advanced.map(render)}
        </AdvancedFields>
      )}
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
