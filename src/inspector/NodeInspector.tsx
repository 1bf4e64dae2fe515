import { Trash2 } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { bodyAllowed, resolveVerb } from '../dialects';
import type { ResolvedField } from '../dialects/types';
import type { FlowNode } from '../model/types';
import { useAppStore } from '../store/context';
import { selectNodeProblems } from '../store/selectors';
import { VerbIcon } from '../ui/VerbIcon';
import type { FieldDef } from '../verbs/types';
import { FieldControl } from './fields/FieldControl';

const LABEL_FIELD: ResolvedField = {
  name: 'label',
  xmlName: '',
  label: 'Label',
  kind: 'text',
  help: 'Optional name shown on the canvas.',
  maxLength: 60,
};

export function NodeInspector({ node }: { node: FlowNode }) {
  const dialect = useAppStore((s) => s.flow.dialect);
  const problems = useAppStore((s) => selectNodeProblems(s, node.id));
  const focusRequest = useAppStore((s) => s.focusRequest);
  const updateNode = useAppStore((s) => s.updateNode);
  const removeNodes = useAppStore((s) => s.removeNodes);
  const container = useRef<HTMLDivElement>(null);
  const verb = resolveVerb(node.verb, dialect);
  const { def } = verb;

  // A verb added from the keyboard hands focus to its first field.
  useEffect(() => {
    if (focusRequest?.nodeId !== node.id) return;
    container.current?.querySelector<HTMLElement>('select, input, textarea')?.focus();
  }, [focusRequest, node.id]);

  const showBody =
    verb.body !== null && (bodyAllowed(verb.bodyRule, node.attributes) || node.text !== undefined);
  const fieldProblems = (name: string) => problems.filter((p) => p.field === name);
  const general = problems.filter((p) => !p.field);

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

      {general.length > 0 && (
        <ul className="inspector-problems">
          {general.map((p) => (
            <li key={p.key} className={p.severity}>
              {p.message}
            </li>
          ))}
        </ul>
      )}

      {def.isStart ? (
        <p className="inspector-note">
          Connect a verb below this node: it runs first when the phone rings. A Reject must come
          first (or after Pauses only), before anything answers the call.
        </p>
      ) : (
        <>
          {verb.attributes.map((field) => (
            <FieldControl
              key={field.name}
              field={field}
              value={node.attributes[field.name]}
              problems={fieldProblems(field.name)}
              onChange={(value) => updateNode(node.id, { attributes: { [field.name]: value } })}
            />
          ))}
          {showBody && verb.body && (
            <FieldControl
              field={verb.body}
              value={node.text}
              problems={fieldProblems('text')}
              onChange={(text) => updateNode(node.id, { text })}
            />
          )}
          {hiddenBodyHint(verb.bodyRule, verb.body, showBody)}
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
      )}
    </div>
  );
}

function hiddenBodyHint(
  rule: ReturnType<typeof resolveVerb>['bodyRule'],
  body: FieldDef | null,
  shown: boolean,
) {
  if (shown || !body || rule.kind !== 'only-when') return null;
  return <p className="field-help">{rule.explanation}</p>;
}
