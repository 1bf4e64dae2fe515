import { Mail } from 'lucide-react';
import { getDialect, resolveVerb } from '../dialects';
import { dialectHasEmail, EMAIL } from '../model/handOffEmail';
import { kindLabel } from '../kinds';
import type { FlowNode } from '../schema/flow';
import { useActions, useAppStore } from '../store/context';
import type { HandOffDef, VerbDef } from '../schema/verbs';

/**
 * What a verb hands on and where (Record: “Where the recording goes”), read from its `handOff`,
 * with a ready Email step where the dialect has Email, and a plain “no Email here” where not.
 */
export function HandOffSection({
  node,
  def,
  handOff,
}: {
  node: FlowNode;
  def: VerbDef;
  handOff: HandOffDef;
}) {
  const dialect = useAppStore((s) => s.flow.dialect);
  // The node itself: it is the same object until it changes, so nothing re-renders for nothing.
  const targetNode = useAppStore((s) => {
    const graph = s.derived.analysis.graph(s.flow);
    const id = graph.edgeFrom(node.id, handOff.outlet)?.target;
    return id === undefined ? undefined : graph.node(id);
  });
  const target = targetNode && {
    name: targetNode.label ?? kindLabel(targetNode.kind),
    isEmail: targetNode.kind === EMAIL,
  };
  const { addHandOffEmail, reveal } = useActions();
  const outlet = def.outlets.find((o) => o.id === handOff.outlet)?.label ?? handOff.outlet;
  const headingId = `hand-off-${node.id}`;
  const email = handOff.email;

  return (
    <section className="hand-off" aria-labelledby={headingId}>
      <h3 id={headingId}>{handOff.heading}</h3>
      <p>{handOff.explanation}</p>
      <p>
        {target
          ? `“${outlet}” leads to ${target.name}.`
          : `“${outlet}” is not connected yet: the platform keeps it, and nothing else is done with it.`}
      </p>
      {email &&
        (target?.isEmail ? (
          // Already emailed: a second button would add a second Email between the two.
          <>
            <button
              type="button"
              className="button small"
              onClick={() => reveal(targetNode!.id, { focusInspector: true })}
            >
              <Mail size={14} aria-hidden="true" /> Show the Email step
            </button>
            <p className="field-help">{email.caveat}</p>
          </>
        ) : dialectHasEmail(dialect) ? (
          <>
            <button type="button" className="button small" onClick={() => addHandOffEmail(node.id)}>
              <Mail size={14} aria-hidden="true" /> {email.action}
            </button>
            <p className="field-help">{email.caveat}</p>
          </>
        ) : (
          <p className="field-help">{noEmail(dialect, outlet, handOff.parameter)}</p>
        ))}
    </section>
  );
}

/** Why there is no email button in this dialect, and what to do instead. */
function noEmail(dialectId: Parameters<typeof getDialect>[0], outlet: string, parameter: string) {
  const dialect = getDialect(dialectId);
  const known =
    resolveVerb('email', dialectId).availability === 'absent'
      ? `${dialect.label} has no Email step`
      : `${dialect.label}’s documentation, as far as RCML Studio knows it, has no Email step`;
  return `${known}, so the recording cannot be emailed from here. Connect “${outlet}” to a document your own server answers: it receives the recording’s address as ${parameter}.`;
}
