/**
 * Switching a flow's dialect. Values with a meaning (Reject reasons: the SIP response) are
 * mapped by that meaning, never by name; anything that cannot be carried over exactly is reported
 * before the caller applies the change.
 */
import type { DialectId, Flow, FlowNode } from '../schema/flow';
import type { FieldOption } from '../schema/verbs';
import { findVerb } from '../verbs';
import { bodyAllowed, getDialect, resolveVerb } from './index';
import type { ResolvedField, VerbAvailability } from './types';

export interface ValueChange {
  readonly nodeId: string;
  readonly verbLabel: string;
  readonly fieldLabel: string;
  readonly from: string;
  /** Absent when the value is dropped. */
  readonly to?: string;
  /** True when the target means exactly the same to the carrier. */
  readonly exact: boolean;
  /** Plain sentence for the user. */
  readonly explanation: string;
}

export interface UnavailableVerb {
  readonly nodeId: string;
  readonly verbLabel: string;
  readonly availability: Exclude<VerbAvailability, 'documented' | 'listed'>;
}

export interface DialectConversion {
  readonly from: DialectId;
  readonly to: DialectId;
  /** The flow as it will be after the change. */
  readonly flow: Flow;
  /** Every value that changes spelling, exact or not. */
  readonly changes: readonly ValueChange[];
  /** Verbs the target dialect does not have (they stay, and validation flags them). */
  readonly unavailable: readonly UnavailableVerb[];
}

export function lossesOf(conversion: DialectConversion): readonly ValueChange[] {
  return conversion.changes.filter((c) => !c.exact);
}

export function planDialectChange(flow: Flow, to: DialectId): DialectConversion {
  const changes: ValueChange[] = [];
  const unavailable: UnavailableVerb[] = [];
  const nodes = flow.nodes.map((node) => convertNode(node, flow.dialect, to, changes, unavailable));
  const converted = flow.dialect === to ? flow : { ...flow, dialect: to, nodes };
  return { from: flow.dialect, to, flow: converted, changes, unavailable };
}

function convertNode(
  node: FlowNode,
  fromId: DialectId,
  toId: DialectId,
  changes: ValueChange[],
  unavailable: UnavailableVerb[],
): FlowNode {
  // Only a verb is written in a dialect: a decision writes no markup (the flow server takes it
  // the same way in every dialect), a note nothing at all.
  if (!findVerb(node.kind)) return node;
  const source = resolveVerb(node.kind, fromId);
  const target = resolveVerb(node.kind, toId);
  const verbLabel = source.def.label;
  const targetName = getDialect(toId).label;
  if (target.availability === 'absent' || target.availability === 'unknown') {
    unavailable.push({ nodeId: node.id, verbLabel, availability: target.availability });
  }

  let changed = false;
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(withWrittenDefaults(node, source.attributes))) {
    const from = source.fields.get(name);
    const into = target.fields.get(name);
    if (!from) {
      attributes[name] = value; // not a catalog attribute: carried over untouched
      continue;
    }
    if (!into) {
      changed = true;
      changes.push({
        nodeId: node.id,
        verbLabel,
        fieldLabel: from.label,
        from: value,
        exact: false,
        explanation: `${targetName} has no “${from.label}”; it will be removed.`,
      });
      continue;
    }
    const mapped = mapValue(value, from, into);
    attributes[name] = mapped.value;
    if (mapped.value !== node.attributes[name]) changed = true;
    // The same spelling can mean another SIP response in the target (FlexML busy 600 is RCML
    // busy 486): what counts is the meaning, so that is reported too.
    if (mapped.value !== value || !mapped.exact) {
      changes.push({
        nodeId: node.id,
        verbLabel,
        fieldLabel: from.label,
        from: value,
        to: mapped.value,
        exact: mapped.exact,
        explanation: mapped.explanation,
      });
    }
  }

  let text = node.text;
  if (
    text !== undefined &&
    bodyAllowed(source.bodyRule, node.attributes) &&
    !bodyAllowed(target.bodyRule, attributes)
  ) {
    changed = true;
    changes.push({
      nodeId: node.id,
      verbLabel,
      fieldLabel: source.body?.label ?? 'Body',
      from: text,
      exact: false,
      explanation:
        target.bodyRule.kind === 'allowed'
          ? 'It will be removed.'
          : `${target.bodyRule.explanation} It will be removed.`,
    });
    text = undefined;
  }

  if (!changed) return node;
  const converted: FlowNode = { ...node, attributes };
  if (text === undefined) delete (converted as { text?: string }).text;
  return converted;
}

/**
 * The node's attributes plus those always written with their default (Reject's reason): an
 * absent `reason` is written `rejected`, which is 603 in RCML but 403 in FlexML, so it must be
 * converted like an explicit one.
 */
function withWrittenDefaults(
  node: FlowNode,
  fields: readonly ResolvedField[],
): Record<string, string> {
  const values: Record<string, string> = { ...node.attributes };
  for (const field of fields) {
    if (field.alwaysWrite && values[field.name] === undefined && field.platformDefault) {
      values[field.name] = field.platformDefault;
    }
  }
  return values;
}

interface MappedValue {
  value: string;
  exact: boolean;
  explanation: string;
}

function mapValue(value: string, from: ResolvedField, into: ResolvedField): MappedValue {
  const sourceOption = from.options?.find((o) => o.value === value);
  const targetOptions = into.options;
  if (!targetOptions) return { value, exact: true, explanation: '' };
  if (sourceOption?.meaning && targetOptions.some((o) => o.meaning)) {
    const { option, exact } = nearestByMeaning(sourceOption, targetOptions, into.platformDefault);
    return {
      value: option.value,
      exact,
      explanation: exact
        ? `Same response to the carrier: ${describe(option)}.`
        : `No reason gives ${describe(sourceOption)}; nearest is ${describe(option)}.`,
    };
  }
  if (targetOptions.some((o) => o.value === value)) return { value, exact: true, explanation: '' };
  return {
    value,
    exact: false,
    explanation: `“${value}” is not a choice in this dialect; it is kept and flagged.`,
  };
}

function describe(option: FieldOption): string {
  return option.code ? `${option.code} (“${option.value}”)` : `“${option.value}”`;
}

/**
 * The target option that means the same, or failing that the nearest: same SIP code first;
 * else the same kind of refusal in the same SIP class (4xx, 5xx, 6xx); else the same kind;
 * else the dialect's default.
 */
export function nearestByMeaning(
  source: FieldOption,
  candidates: readonly FieldOption[],
  fallbackValue?: string,
): { option: FieldOption; exact: boolean } {
  const meaning = source.meaning!;
  const sameCode = candidates.filter((o) => o.meaning?.sip === meaning.sip);
  if (sameCode.length > 0) {
    const option =
      sameCode.find((o) => o.value === source.value) ??
      sameCode.find((o) => o.meaning?.q850 !== undefined && o.meaning.q850 === meaning.q850) ??
      sameCode[0]!;
    return { option, exact: true };
  }
  const sameFamily = candidates.filter((o) => o.meaning?.family === meaning.family);
  const sipClass = (o: FieldOption) => Math.floor((o.meaning?.sip ?? 0) / 100);
  const option =
    sameFamily.find((o) => sipClass(o) === sipClass(source)) ??
    sameFamily[0] ??
    candidates.find((o) => o.value === fallbackValue) ??
    candidates[0]!;
  return { option, exact: false };
}
