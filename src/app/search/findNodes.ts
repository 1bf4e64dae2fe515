/**
 * Search of the flow: which nodes a query names, by anything a user could remember of them —
 * the label, the kind ("Say", "Check caller"), the words said, a number, a URL, a reason as the
 * dialect names it ("Busy"), or a decision's fields (numbers, keys).
 */
import { resolveVerb } from '../../dialects';
import { decisionOf, kindLabel } from '../../kinds';
import type { AttributeValues, DialectId, Flow, FlowNode } from '../../schema/flow';
import { findVerb } from '../../verbs';
import type { FieldOption } from '../../schema/verbs';

/** The ids of the nodes the query matches, case-insensitively, in the flow's order. */
export function findNodes(flow: Flow, query: string): string[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [];
  return flow.nodes
    .filter((node) =>
      searchableText(node, flow.dialect).some((t) => t.toLowerCase().includes(needle)),
    )
    .map((node) => node.id);
}

/** Every piece of text a node can be found by. */
export function searchableText(node: FlowNode, dialect: DialectId): string[] {
  const texts: string[] = [kindLabel(node.kind)];
  if (node.label) texts.push(node.label);
  if (node.text) texts.push(node.text);
  texts.push(...attributeTexts(node.kind, node.attributes, dialect));
  for (const child of node.children ?? []) {
    texts.push(kindLabel(child.kind));
    if (child.text) texts.push(child.text);
    texts.push(...attributeTexts(child.kind, child.attributes, dialect));
  }
  return texts;
}

/** Attribute values, and for a choice the name the user picked it by ("Busy" for `busy`). */
function attributeTexts(verb: string, attributes: AttributeValues, dialect: DialectId): string[] {
  const texts: string[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (!value) continue;
    texts.push(value);
    const option = optionsOf(verb, name, dialect)?.find((o) => o.value === value);
    if (option) texts.push(option.label);
  }
  return texts;
}

function optionsOf(
  verb: string,
  field: string,
  dialect: DialectId,
): readonly FieldOption[] | undefined {
  const decision = decisionOf({ kind: verb });
  if (decision) return decision.fields.find((f) => f.name === field)?.options;
  // resolveVerb throws for a kind neither catalog knows.
  if (!findVerb(verb)) return undefined;
  return resolveVerb(verb, dialect).fields.get(field)?.options;
}
