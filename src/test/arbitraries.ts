/**
 * Random valid flows for property tests, built as a user builds them: through the model
 * operations (addNode, updateNode, connect, addChild), in any dialect, with values each field
 * accepts. Used by src/xml/roundtrip.property.test.ts.
 */
import fc from 'fast-check';
import { decisionDefs, type DecisionDef, type DecisionFieldKind } from '../decisions';
import { bodyAllowed, resolveVerb, type ResolvedField } from '../dialects';
import { createFlow } from '../model/flow';
import { nodeOutlets } from '../kinds';
import { connect } from '../model/operations';
import { NEXT_OUTLET, START_NODE_ID, type DialectId, type Flow } from '../schema/flow';
import { addVerb } from './builders';
import { addChildren, type ChildSpec } from './nested';
import { getVerb, paletteVerbs } from '../verbs';

export const dialectIds: readonly DialectId[] = ['rcml', 'flexml', 'voiceml'];

/** Printable text with every character XML escapes, accents, an emoji and spaces. */
export const plainText = fc.string({
  unit: fc.constantFrom(...Array.from('aZ09 &<>"\'é€😀-_/.:;#,?=\n')),
  minLength: 1,
  maxLength: 16,
});

/** URLs that never name a document of the flow (those end in .xml). */
const url = fc.constantFrom(
  'https://example.com/welcome.wav',
  'https://example.com/hook.php?a=1&b=2',
  '/sounds/beep.mp3',
  'relative/next',
);

const phone = fc.integer({ min: 2_000_000_000, max: 9_999_999_999 }).map((n) => `+1${n}`);

function valueOf(field: ResolvedField): fc.Arbitrary<string> | undefined {
  switch (field.kind) {
    case 'enum':
      return field.options?.length
        ? fc.constantFrom(...field.options.map((o) => o.value))
        : undefined;
    case 'integer':
      return fc.integer({ min: field.min ?? 0, max: field.max ?? 10_000 }).map((n) => String(n));
    case 'boolean':
      return fc.constantFrom('true', 'false');
    case 'url':
      return url;
    case 'phone':
      return phone;
    case 'events': {
      const values = field.options?.map((o) => o.value) ?? [];
      return fc.subarray(values, { minLength: 1 }).map((list) => list.join(','));
    }
    case 'text':
      return plainText;
  }
}

/** Some of the verb's attributes, each with a value it accepts. */
function attributesOf(verb: string, dialect: DialectId): fc.Arbitrary<Record<string, string>> {
  const fields = resolveVerb(verb, dialect).attributes.flatMap((field) => {
    const value = valueOf(field);
    return value ? [[field.name, value] as const] : [];
  });
  return fc.record(Object.fromEntries(fields), { requiredKeys: [] }) as fc.Arbitrary<
    Record<string, string>
  >;
}

interface VerbPlan {
  readonly kind: string;
  readonly attributes: Record<string, string>;
  readonly text?: string;
  readonly label?: string;
  readonly children: readonly ChildSpec[];
  /** The chain the verb's action outlet leads to. */
  readonly action?: ChainPlan;
}

interface ChainPlan {
  readonly verbs: readonly VerbPlan[];
  /** Index of a verb made earlier that the chain's last verb continues with (a join). */
  readonly joinTo?: number;
}

function bodyOf(verb: string, dialect: DialectId, attributes: Record<string, string>) {
  const resolved = resolveVerb(verb, dialect);
  if (!resolved.body || !bodyAllowed(resolved.bodyRule, attributes)) return fc.constant(undefined);
  const kind = resolved.body.kind;
  return fc.option(kind === 'url' ? url : kind === 'phone' ? phone : plainText, {
    nil: undefined,
  });
}

function childArb(parent: string, dialect: DialectId): fc.Arbitrary<ChildSpec[]> {
  const allowed = getVerb(parent).nesting?.allowed ?? [];
  if (allowed.length === 0) return fc.constant([]);
  const child = fc.constantFrom(...allowed).chain((verb) =>
    attributesOf(verb, dialect).chain((attributes) =>
      bodyOf(verb, dialect, attributes).map((text): ChildSpec => ({
        verb,
        attributes,
        ...(text !== undefined ? { text } : {}),
      })),
    ),
  );
  return fc.array(child, { maxLength: 3 });
}

const labels = fc.option(
  fc.constantFrom('Voicemail', 'Sales team', 'main', 'Ünïcode — label', '!!!', 'say-1'),
  { nil: undefined },
);

export interface FlowOptions {
  /** Only verbs the dialect has (documents whose dialect can then be detected). */
  readonly availableOnly?: boolean;
}

function verbPlan(
  dialect: DialectId,
  verbs: readonly string[],
  chain: fc.Arbitrary<ChainPlan> | undefined,
): fc.Arbitrary<VerbPlan> {
  return fc.constantFrom(...verbs).chain((verb) =>
    attributesOf(verb, dialect).chain((attributes) =>
      fc.record({
        kind: fc.constant(verb),
        attributes: fc.constant(attributes),
        text: bodyOf(verb, dialect, attributes),
        label: labels,
        children: childArb(verb, dialect),
        action:
          chain && getVerb(verb).outlets.some((o) => o.kind === 'action')
            ? fc.option(chain, { nil: undefined })
            : fc.constant(undefined),
      }),
    ),
  );
}

/** A random flow in `dialect`: a main chain, action chains up to two levels deep, and joins. */
export function flowArb(dialect: DialectId, options: FlowOptions = {}): fc.Arbitrary<Flow> {
  const verbs = paletteVerbs
    .map((def) => def.id)
    .filter((id) => !options.availableOnly || resolveVerb(id, dialect).availability !== 'absent');
  // Chains whose verbs lead to chains, two levels deep at most.
  const chainArb = (depth: number): fc.Arbitrary<ChainPlan> =>
    fc.record(
      {
        verbs: fc.array(verbPlan(dialect, verbs, depth > 0 ? chainArb(depth - 1) : undefined), {
          minLength: 1,
          maxLength: 4,
        }),
        joinTo: fc.option(fc.nat(), { nil: undefined }),
      },
      { requiredKeys: ['verbs'] },
    );
  const baseUrl = fc.constantFrom(
    '',
    'https://example.com/ivr',
    'https://example.com/ivr/',
    '/calls',
  );
  return fc
    .tuple(chainArb(2), baseUrl)
    .map(([main, base]) => buildFlow({ ...createFlow({ dialect }), baseUrl: base }, main));
}

function buildFlow(initial: Flow, main: ChainPlan): Flow {
  let flow = initial;
  const made: string[] = [];
  addChain(START_NODE_ID, NEXT_OUTLET, main, 0);
  return flow;

  function addChain(source: string, outlet: string, chain: ChainPlan, depth: number): void {
    let from = source;
    let fromOutlet = outlet;
    for (const plan of chain.verbs) {
      const added = addVerb(flow, plan);
      const connected = connect(added.flow, from, fromOutlet, added.nodeId);
      if (connected === added.flow) return;
      flow = addChildren(connected, added.nodeId, ...plan.children).flow;
      made.push(added.nodeId);
      if (plan.action) addChain(added.nodeId, 'action', plan.action, depth + 1);
      if (getVerb(plan.kind).terminal) return;
      [from, fromOutlet] = [added.nodeId, NEXT_OUTLET];
    }
    const target = chain.joinTo !== undefined ? made[chain.joinTo % made.length] : undefined;
    if (target && depth > 0) flow = connect(flow, from, NEXT_OUTLET, target);
  }
}

/** Values a decision field may hold as typed: good ones, and every kind of mistake. */
const decisionValues: Readonly<Record<DecisionFieldKind, fc.Arbitrary<string>>> = {
  lines: fc
    .array(
      fc.constantFrom(
        '+14155550199',
        '+1 (415) 555-0100',
        '0044 20 7946 0018',
        '415-555-0100',
        '+1900',
        '+1',
        '',
        'reception',
        '25 Dec Christmas',
        '2026-12-24',
        'soon',
      ),
      { maxLength: 4 },
    )
    .map((lines) => lines.join('\n')),
  hours: fc.constantFrom(
    '',
    '09:00–17:00',
    '09:00-12:00, 13:00-17:30',
    '22:00–02:00',
    '09:00–13:00, 12:00–18:00',
    '00:00–24:00',
    '10:00–10:00',
    'all day',
  ),
  timeZone: fc.constantFrom('Europe/Paris', 'America/New_York', 'UTC', 'Mars/Olympus', ''),
  keys: fc.constantFrom('', '1', '1 2 3', '1 * #', '10 1 0#', 'A 1', '1 1', '*9'),
  boolean: fc.constantFrom('true', 'false', 'maybe'),
  enum: fc.constantFrom('', 'anything'),
};

/** Some of a decision's fields, each holding a value from decisionValues. */
function decisionAttributes(def: DecisionDef): fc.Arbitrary<Record<string, string>> {
  const fields = def.fields.map((field) => [field.name, decisionValues[field.kind]] as const);
  return fc.record(Object.fromEntries(fields), { requiredKeys: [] }) as fc.Arbitrary<
    Record<string, string>
  >;
}

/** One connection to try: from the `from`-th node's `outlet`-th outlet to the `to`-th node. */
const wire = fc.record({ from: fc.nat(), outlet: fc.nat(), to: fc.nat() });

/**
 * A random flow (flowArb) with one or two decisions of every kind added, with any field values,
 * wired anyhow: each decision outlet to any node or to nothing, any outlet of any node (the
 * incoming call's too) to a decision, decisions to decisions, loops and all. Every connection
 * goes through `connect`, so the flow is one a user could make, however odd.
 */
export function flowWithDecisionsArb(dialect: DialectId): fc.Arbitrary<Flow> {
  const decision = fc
    .constantFrom(...decisionDefs)
    .chain((def) => decisionAttributes(def).map((attributes) => ({ def, attributes })));
  const everyKind = fc.tuple(
    ...decisionDefs.map((def) =>
      decisionAttributes(def).map((attributes) => ({ def, attributes })),
    ),
  );
  return fc
    .tuple(
      flowArb(dialect),
      everyKind,
      fc.array(decision, { maxLength: 4 }),
      fc.array(wire, { maxLength: 24 }),
      fc.boolean(),
    )
    .map(([base, kinds, more, wires, fromStart]) => {
      let flow = base;
      const added: string[] = [];
      for (const { def, attributes } of [...kinds, ...more]) {
        const made = addVerb(flow, { kind: def.kind, attributes });
        flow = made.flow;
        added.push(made.nodeId);
      }
      if (fromStart) flow = connect(flow, START_NODE_ID, NEXT_OUTLET, added[0]!);
      for (const { from, outlet, to } of wires) {
        // Half the wires leave a decision, the other half lead into one.
        const nodes = flow.nodes;
        const source = from % 2 ? added[from % added.length]! : nodes[from % nodes.length]!.id;
        const target = from % 2 ? nodes[to % nodes.length]!.id : added[to % added.length]!;
        const outlets = nodeOutlets(nodes.find((n) => n.id === source)!);
        if (outlets.length === 0) continue;
        flow = connect(flow, source, outlets[outlet % outlets.length]!.id, target);
      }
      return flow;
    });
}
