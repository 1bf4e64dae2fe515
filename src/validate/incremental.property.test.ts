/**
 * A validation that follows a flow through its edits keeps each node's findings between checks
 * (src/validate/nodeChecks.ts): after any edit, what it says must be exactly what a fresh
 * validation of the flow says — the same problems, keys and order — in every dialect.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisionDefs } from '../decisions';
import { resolveVerb } from '../dialects';
import { decisionOf, nodeOutlets } from '../kinds';
import { FlowAnalysis } from '../model/documents';
import * as ops from '../model/operations';
import type { DialectId, Flow, FlowNode } from '../schema/flow';
import { dialectIds, flowWithDecisionsArb } from '../test/arbitraries';
import { generateFlow } from '../test/generateFlow';
import { findVerb, paletteVerbs } from '../verbs';
import { FlowValidation, validateFlow } from './index';

/** Values that please some rules and upset others. */
const VALUES = [
  '',
  'hello & <welcome>',
  '12',
  '-1',
  '99999',
  'true',
  'maybe',
  '+14155550123',
  '555 0199',
  'client:alice',
  'https://example.com/a.wav',
  'ftp://example.com/x',
  'not a url',
  'main.xml',
  'initiated,ringing',
  'initiated ringing',
  'bad\u0001char',
  'x'.repeat(5000),
  '+14155550123\n+1415',
  'Mon-Fri 09:00-17:00',
  '1,2,3',
];

const KINDS = [...paletteVerbs.map((v) => v.id), ...decisionDefs.map((d) => d.kind)];

/** One edit, its targets picked by number among what the flow has when it is applied. */
const editArb = fc.oneof(
  fc.record({
    op: fc.constant('field' as const),
    node: fc.nat(),
    field: fc.nat(),
    value: fc.constantFrom(...VALUES),
  }),
  fc.record({
    op: fc.constant('text' as const),
    node: fc.nat(),
    value: fc.constantFrom(...VALUES),
  }),
  fc.record({
    op: fc.constant('label' as const),
    node: fc.nat(),
    value: fc.constantFrom('', 'Sales', 'main', 'Sales'),
  }),
  fc.record({
    op: fc.constant('add' as const),
    kind: fc.constantFrom(...KINDS),
    after: fc.option(fc.nat(), { nil: undefined }),
  }),
  fc.record({
    op: fc.constant('connect' as const),
    node: fc.nat(),
    outlet: fc.nat(),
    target: fc.nat(),
  }),
  fc.record({ op: fc.constant('disconnect' as const), edge: fc.nat() }),
  fc.record({ op: fc.constant('remove' as const), node: fc.nat() }),
  fc.record({ op: fc.constant('addChild' as const), node: fc.nat(), kind: fc.nat() }),
  fc.record({
    op: fc.constant('child' as const),
    node: fc.nat(),
    child: fc.nat(),
    field: fc.nat(),
    value: fc.constantFrom(...VALUES),
  }),
  fc.record({ op: fc.constant('removeChild' as const), node: fc.nat(), child: fc.nat() }),
  fc.record({
    op: fc.constant('baseUrl' as const),
    value: fc.constantFrom('', 'https://flows.example.com/', 'ivr', 'x y'),
  }),
  fc.record({ op: fc.constant('dialect' as const), dialect: fc.constantFrom(...dialectIds) }),
  fc.record({ op: fc.constant('undo' as const), back: fc.nat() }),
);

type Edit = typeof editArb extends fc.Arbitrary<infer E> ? E : never;

function pick<T>(list: readonly T[], n: number): T | undefined {
  return list.length === 0 ? undefined : list[n % list.length];
}

/** The names of a node's fields: its attributes in the dialect and its body, or a decision's. */
function fieldsOf(node: FlowNode, dialect: DialectId): string[] {
  const decision = decisionOf(node);
  if (decision) return decision.fields.map((f) => f.name);
  if (!findVerb(node.kind)) return [];
  return resolveVerb(node.kind, dialect).attributes.map((f) => f.name);
}

function apply(flow: Flow, edit: Edit, history: readonly Flow[]): Flow {
  const nodes = flow.nodes;
  const node = 'node' in edit ? pick(nodes, edit.node) : undefined;
  switch (edit.op) {
    case 'field': {
      const field = node && pick(fieldsOf(node, flow.dialect), edit.field);
      return field ? ops.updateNode(flow, node.id, { attributes: { [field]: edit.value } }) : flow;
    }
    case 'text':
      return node ? ops.updateNode(flow, node.id, { text: edit.value }) : flow;
    case 'label':
      return node ? ops.updateNode(flow, node.id, { label: edit.value }) : flow;
    case 'add': {
      const after = edit.after === undefined ? undefined : pick(nodes, edit.after)?.id;
      return ops.addNode(flow, edit.kind, { x: 0, y: 0 }, after ? { after } : {}).flow;
    }
    case 'connect': {
      const outlet = node && pick(nodeOutlets(node), edit.outlet);
      const target = pick(nodes, edit.target);
      return outlet && target ? ops.connect(flow, node.id, outlet.id, target.id) : flow;
    }
    case 'disconnect': {
      const edge = pick(flow.edges, edit.edge);
      return edge ? ops.removeEdges(flow, new Set([edge.id])) : flow;
    }
    case 'remove':
      return node ? ops.removeNodes(flow, new Set([node.id])) : flow;
    case 'addChild': {
      const kind = node && pick(findVerb(node.kind)?.nesting?.allowed ?? [], edit.kind);
      return kind ? ops.addChild(flow, node.id, kind).flow : flow;
    }
    case 'child': {
      const child = node && pick(node.children ?? [], edit.child);
      if (!node || !child || !findVerb(child.kind)) return flow;
      const fields = resolveVerb(child.kind, flow.dialect).attributes.map((f) => f.name);
      const field = pick(fields, edit.field);
      const patch = field ? { attributes: { [field]: edit.value } } : { text: edit.value };
      return ops.updateChild(flow, node.id, child.id, patch);
    }
    case 'removeChild': {
      const child = node && pick(node.children ?? [], edit.child);
      return child ? ops.removeChild(flow, node.id, child.id) : flow;
    }
    case 'baseUrl':
      return { ...flow, baseUrl: edit.value };
    case 'dialect':
      // The same nodes read in another dialect (a conversion would replace some of them).
      return { ...flow, dialect: edit.dialect };
    case 'undo':
      return history[history.length - 1 - (edit.back % history.length)]!;
  }
}

/** Follows the edits as a store does (one analysis, one validation), checking after each. */
function followEdits(start: Flow, edits: readonly Edit[]): void {
  const validation = new FlowValidation(new FlowAnalysis());
  const history: Flow[] = [start];
  let flow = start;
  expect(validation.problems(flow)).toEqual(validateFlow(flow));
  for (const edit of edits) {
    flow = apply(flow, edit, history);
    history.push(flow);
    validation.analysis.plan(flow); // as the store does within each change
    const fresh = validateFlow(flow);
    expect(validation.problems(flow), edit.op).toEqual(fresh);
    // A trial (adding a step) shares the node findings, with an analysis of its own.
    expect(validation.trial().problems(flow), edit.op).toEqual(fresh);
  }
}

describe('a validation that follows edits', () => {
  it.each(dialectIds)(
    'says what a fresh one says after every edit, in %s (generated flows)',
    (dialect) => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 1_000 }),
          fc.integer({ min: 5, max: 60 }),
          fc.array(editArb, { minLength: 1, maxLength: 25 }),
          (seed, verbs, edits) => followEdits(generateFlow({ verbs, seed, dialect }), edits),
        ),
        { numRuns: 60 },
      );
    },
  );

  it.each(dialectIds)(
    'says what a fresh one says after every edit, in %s (decisions)',
    (dialect) => {
      fc.assert(
        fc.property(
          flowWithDecisionsArb(dialect),
          fc.array(editArb, { minLength: 1, maxLength: 25 }),
          followEdits,
        ),
        { numRuns: 60 },
      );
    },
  );
});
