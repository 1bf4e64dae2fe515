/**
 * Seeded generator of realistic call flows, for benchmarks and tests: every palette verb,
 * realistic values and texts (with the `&`, `<` and quotes people really type), Dial with its
 * numbers, Gather with prompts, several documents through action outlets (Gather "After input",
 * Dial "After the call", Record, SMS, Hold, Resume, Refer, Redirect), Redirect joins and loops,
 * labelled documents, and nodes laid out in one column per document.
 *
 * The same seed always gives the same flow (a small PRNG, never Math.random). `verbs` is the
 * number of nodes besides the "Incoming call"; nested numbers and prompts come in addition.
 *
 * The model operations copy the node list and re-analyse the graph on every call (O(n) each,
 * so O(n²) for a flow): 20,000 verbs would take minutes. The generator therefore talks to a small
 * builder interface with two implementations: `generateFlow` builds the arrays directly (a few
 * milliseconds for 20,000 verbs), and `generateFlowThroughOperations` makes the very same calls
 * through addNode / updateNode / addChild / updateChild / connect. A test checks that both give
 * equal flows, so the fast one is exactly what the designer's operations would have built.
 */
import { resolveVerb } from '../dialects';
import { createFlow, createNode } from '../model/flow';
import {
  addChild,
  addNode,
  connect,
  edgeId,
  updateChild,
  updateNode,
  type NodePatch,
} from '../model/operations';
import {
  NEXT_OUTLET,
  START_NODE_ID,
  type AttributeValues,
  type DialectId,
  type Flow,
  type FlowEdge,
  type FlowNode,
  type NestedElement,
  type Position,
} from '../schema/flow';
import { getVerb } from '../verbs';

export interface GenerateOptions {
  /** Nodes besides the "Incoming call". */
  readonly verbs: number;
  readonly seed: number;
  readonly dialect?: DialectId;
}

export function generateFlow(options: GenerateOptions): Flow {
  const dialect = options.dialect ?? 'rcml';
  return generate(options, new DirectBuilder(startFlow(options, dialect)));
}

/** The same flow as `generateFlow`, built call by call through the model operations (slow). */
export function generateFlowThroughOperations(options: GenerateOptions): Flow {
  const dialect = options.dialect ?? 'rcml';
  return generate(options, new OperationsBuilder(startFlow(options, dialect)));
}

function startFlow(options: GenerateOptions, dialect: DialectId): Flow {
  const flow = createFlow({
    id: `generated-${options.seed}-${options.verbs}`,
    name: `Generated flow (${options.verbs} verbs, seed ${options.seed})`,
    dialect,
  });
  // Half the flows write action URLs under a base URL, as a deployed flow does.
  return options.seed % 2 === 0 ? { ...flow, baseUrl: 'https://ivr.example.com/flows/acme' } : flow;
}

/* Builders ------------------------------------------------------------------------------- */

interface ChildPatch {
  readonly attributes?: Readonly<Record<string, string | undefined>>;
  readonly text?: string;
}

interface FlowBuilder {
  readonly dialect: DialectId;
  /** Adds an unconnected node with its values set; returns its id. */
  add(verb: string, position: Position, patch: NodePatch): string;
  addChild(nodeId: string, verb: string, patch: ChildPatch): void;
  connect(source: string, outlet: string, target: string): void;
  result(): Flow;
}

class OperationsBuilder implements FlowBuilder {
  readonly dialect: DialectId;
  constructor(private flow: Flow) {
    this.dialect = flow.dialect;
  }

  add(verb: string, position: Position, patch: NodePatch): string {
    const added = addNode(this.flow, verb, position);
    this.flow = updateNode(added.flow, added.nodeId, patch);
    return added.nodeId;
  }

  addChild(nodeId: string, verb: string, patch: ChildPatch): void {
    const added = addChild(this.flow, nodeId, verb);
    if (!added.childId) throw new Error(`${nodeId} does not take a ${verb}`);
    this.flow = updateChild(added.flow, nodeId, added.childId, patch);
  }

  connect(source: string, outlet: string, target: string): void {
    const next = connect(this.flow, source, outlet, target);
    if (next === this.flow) throw new Error(`Cannot connect ${source}.${outlet} to ${target}`);
    this.flow = next;
  }

  result(): Flow {
    return this.flow;
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What the operations do, for a flow that only grows: ids, initial values, patches, edges. */
class DirectBuilder implements FlowBuilder {
  readonly dialect: DialectId;
  private readonly nodes: Mutable<FlowNode>[];
  private readonly byId = new Map<string, Mutable<FlowNode>>();
  private readonly edges: FlowEdge[] = [];
  private readonly linked = new Set<string>();
  private readonly counters = new Map<string, number>();

  constructor(private readonly base: Flow) {
    this.dialect = base.dialect;
    this.nodes = base.nodes.map((n) => ({ ...n }));
    for (const node of this.nodes) this.byId.set(node.id, node);
  }

  add(verb: string, position: Position, patch: NodePatch): string {
    // nextNodeId: one more than the highest number of the verb; nodes are never removed here.
    const n = (this.counters.get(verb) ?? 0) + 1;
    this.counters.set(verb, n);
    const id = `${verb}-${n}`;
    const node: Mutable<FlowNode> = createNode(verb, id, position, this.dialect);
    node.attributes = patched(node.attributes, patch.attributes);
    if (patch.text) node.text = patch.text;
    if (patch.label) node.label = patch.label;
    this.nodes.push(node);
    this.byId.set(id, node);
    return id;
  }

  addChild(nodeId: string, verb: string, patch: ChildPatch): void {
    const node = this.byId.get(nodeId)!;
    if (!getVerb(node.kind).nesting?.allowed.includes(verb)) {
      throw new Error(`${nodeId} does not take a ${verb}`);
    }
    const children = (node.children ?? []) as NestedElement[];
    const taken = new Set(children.map((c) => c.id));
    let n = children.length + 1;
    while (taken.has(`${verb}-${n}`)) n += 1;
    const id = `${verb}-${n}`;
    const initial = createNode(verb, id, { x: 0, y: 0 }, this.dialect).attributes;
    const child: Mutable<NestedElement> = {
      id,
      kind: verb,
      attributes: patched(initial, patch.attributes),
    };
    if (patch.text) child.text = patch.text;
    node.children = [...children, child];
  }

  connect(source: string, outlet: string, target: string): void {
    const from = this.byId.get(source);
    const def = from && getVerb(from.kind);
    const pair = `${source}>${target}`;
    const id = edgeId(source, outlet);
    if (
      !from ||
      !def?.outlets.some((o) => o.id === outlet) ||
      !this.byId.has(target) ||
      target === START_NODE_ID ||
      source === target ||
      this.linked.has(pair) ||
      this.linked.has(id)
    ) {
      // The generator only makes connections `connect` adds as new edges.
      throw new Error(`Cannot connect ${source}.${outlet} to ${target}`);
    }
    this.linked.add(pair).add(id);
    this.edges.push({ id, source, outlet, target });
    // connect clears what the outlet now fills: a typed action URL, Redirect's body.
    for (const field of def.attributes) {
      if (field.outlet === outlet && field.name in from.attributes) {
        const rest = { ...from.attributes };
        delete rest[field.name];
        from.attributes = rest;
      }
    }
    if (def.body?.outlet === outlet) delete from.text;
  }

  result(): Flow {
    return { ...this.base, nodes: this.nodes, edges: this.edges };
  }
}

function patched(
  attributes: AttributeValues,
  patch: Readonly<Record<string, string | undefined>> | undefined,
): AttributeValues {
  if (!patch) return attributes;
  const out: Record<string, string> = { ...attributes };
  for (const [name, value] of Object.entries(patch)) {
    if (value === undefined || value === '') delete out[name];
    else out[name] = value;
  }
  return out;
}

/* The flow ------------------------------------------------------------------------------- */

/** mulberry32: small, fast, and the same sequence for the same seed on every platform. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T {
    const entries = Object.entries(weights) as [T, number][];
    let r = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    return entries.at(-1)![0];
  }
  digits(count: number): string {
    let s = '';
    for (let i = 0; i < count; i++) s += String(this.int(0, 9));
    return s;
  }
}

/** Verbs that make up a document's chain, with how often people use them. */
const BODY_WEIGHTS = {
  say: 22,
  play: 8,
  pause: 5,
  gather: 12,
  dial: 10,
  record: 4,
  sms: 4,
  email: 3,
  hold: 1,
  resume: 1,
  refer: 1,
} as const;
type BodyVerb = keyof typeof BODY_WEIGHTS;
const BODY_VERBS = Object.keys(BODY_WEIGHTS) as BodyVerb[];

/** How a document ends when no action took the call elsewhere ('open': it just ends). */
const CLOSING_WEIGHTS = { hangup: 5, redirect: 4, reject: 1, open: 2 } as const;
type Closing = keyof typeof CLOSING_WEIGHTS;

/** How often a verb's action outlet leads to a document of its own. */
const ACTION_CHANCE: Readonly<Record<string, number>> = {
  gather: 0.8,
  dial: 0.5,
  record: 0.75,
  sms: 0.3,
  hold: 0.5,
  resume: 0.5,
  refer: 0.5,
};

const COLUMN_WIDTH = 340;
const ROW_HEIGHT = 120;
/** Documents per band of columns, so a big flow is laid out as a wide block, not a line. */
const COLUMNS = 40;
const BAND_HEIGHT = 20 * ROW_HEIGHT;

const DOCUMENT_LABELS = [
  'Main menu',
  'Sales',
  'Support',
  'Billing',
  'Voicemail',
  'After hours',
  'Callback',
  'Survey',
  'Appointments',
  'Opening hours',
  'Español',
  'Operator',
];

const SAY_TEXTS = [
  'Thank you for calling Smith & Sons Plumbing. Your call may be recorded for quality & training.',
  'Welcome to Acme Dental. Para español, oprima dos.',
  'Our office is open Monday to Friday, 8 a.m. to 6 p.m., and Saturday until noon.',
  'Please hold while we connect you to the next available agent.',
  'Sorry, we didn’t get that.',
  'For sales, press 1. For support, press 2. For billing, press 3.',
  'Press 1 to confirm your appointment, or 2 to reschedule.',
  'Bienvenue chez Café Lumière — nous sommes ravis de votre appel.',
  'Please leave a message after the tone. Press # when you are finished.',
  'Orders over $50 ship free; orders < $50 ship for $4.99.',
  'Say "agent" at any time to speak to a person.',
  'We are closed for the holidays. Frohe Feiertage! 🎄',
  'Your call is important to us. The expected wait is about <5> minutes.',
  'Thanks for your feedback. Goodbye!',
];

const PROMPTS = [
  'Enter your 4-digit account number, then press #.',
  'Press 1 for English. Para español, oprima 2.',
  'Please say or enter your order number.',
  'Rate our service from 1 to 5.',
  'Press 0 & hold for an operator.',
];

const SMS_TEXTS = [
  'Thanks for calling! Book online at https://example.com/book?ref=ivr&src=sms',
  'Your appointment is confirmed for tomorrow at 9:30 a.m.',
  'Missed you! Reply CALL & we’ll ring you back.',
];

const EMAIL_TEXTS = [
  'A caller left a voicemail. Listen in the dashboard.',
  'New callback request from the IVR: "please call after 5 pm".',
];

const MEDIA = ['welcome', 'hold-music', 'menu', 'goodbye', 'jingle', 'closed', 'beep'];
const CLIENTS = ['alice', 'bob', 'front-desk', 'night-shift'];
const SIP_ADDRESSES = [
  'sip:alice@pbx.example.com',
  'sip:support@sip.example.net;transport=tcp',
  'sip:+14155550100@trunk.example.org',
];
const ROOMS = ['Team standup', 'room-42', 'Sales & Marketing weekly'];
const HINTS = ['sales, support, billing', 'yes, no, agent, operator', 'english, español'];

class Generator {
  private readonly random: Random;
  private readonly unusedBody = new Set<BodyVerb>(BODY_VERBS);
  private readonly unusedClosing = new Set<Closing>(['reject', 'hangup', 'redirect']);
  /** Action outlets waiting for the document they lead to. */
  private readonly pending: { source: string; outlet: string }[] = [];
  private head = 0;
  /** The first node of each document, for Redirects that join them. */
  private readonly starts: string[] = [];
  private remaining: number;
  private documents = 0;

  constructor(
    options: GenerateOptions,
    private readonly b: FlowBuilder,
  ) {
    this.random = new Random(options.seed);
    this.remaining = Math.max(0, Math.floor(options.verbs));
  }

  run(): void {
    this.pending.push({ source: START_NODE_ID, outlet: NEXT_OUTLET });
    while (this.remaining > 0 && this.head < this.pending.length) {
      this.document(this.pending[this.head++]!);
    }
  }

  /** One document: a chain of verbs from `entry`, ended by an action, a closing verb, or nothing. */
  private document(entry: { source: string; outlet: string }): void {
    const doc = this.documents++;
    const x = (doc % COLUMNS) * COLUMN_WIDTH;
    const top = Math.floor(doc / COLUMNS) * BAND_HEIGHT + ROW_HEIGHT;
    let row = 0;
    const at = (): Position => ({ x, y: top + ROW_HEIGHT * row++ });
    let previous = entry;
    let first: string | undefined;
    const length = this.random.int(3, 10);

    const append = (verb: string, patch: NodePatch): string => {
      const label =
        first === undefined && doc > 0 && this.random.chance(0.5)
          ? this.random.pick(DOCUMENT_LABELS)
          : undefined;
      const id = this.b.add(verb, at(), label ? { ...patch, label } : patch);
      this.remaining -= 1;
      this.b.connect(previous.source, previous.outlet, id);
      if (first === undefined) {
        first = id;
        this.starts.push(id);
      }
      previous = { source: id, outlet: NEXT_OUTLET };
      return id;
    };

    for (let i = 0; i < length && this.remaining > 0; i++) {
      const verb = doc === 0 && i === 0 ? 'say' : this.bodyVerb();
      const id = append(verb, this.values(verb));
      this.children(verb, id);
      if (ACTION_CHANCE[verb] !== undefined && this.random.chance(ACTION_CHANCE[verb])) {
        this.pending.push({ source: id, outlet: 'action' });
        // With its action connected, the platform never runs what follows Dial, Record, SMS...
        if (getVerb(verb).endsDocumentWithAction) return;
        // ...but it runs Gather's "If no input": often "Sorry", then back to the menu.
        if (verb === 'gather' && this.remaining >= 2 && this.random.chance(0.5)) {
          append('say', { attributes: { voice: 'woman' }, text: 'Sorry, we didn’t get that.' });
          const target = this.random.chance(0.5) ? id : first!;
          const redirect = append('redirect', {});
          this.b.connect(redirect, 'action', target);
          return;
        }
      }
    }
    if (this.remaining <= 0) return;

    // Nothing left to build documents from: this chain leads to the next one.
    const closing: Closing =
      this.head >= this.pending.length ? 'redirect' : this.pickClosing(this.starts.length > 1);
    this.unusedClosing.delete(closing);
    if (closing === 'open') return;
    if (closing === 'hangup') append('hangup', {});
    else if (closing === 'reject')
      append('reject', { attributes: this.values('reject').attributes });
    else if (this.head >= this.pending.length || this.random.chance(0.4)) {
      // A Redirect to a document of its own.
      this.pending.push({ source: append('redirect', {}), outlet: 'action' });
    } else {
      // A Redirect that joins a document built earlier (a loop back to a menu, or a shared end).
      const target = this.random.pick(this.starts);
      const redirect = append('redirect', {});
      this.b.connect(redirect, 'action', target);
    }
  }

  private bodyVerb(): BodyVerb {
    // Every palette verb shows up early, then they come as often as people use them.
    if (this.unusedBody.size > 0 && this.random.chance(0.5)) {
      const verb = this.random.pick([...this.unusedBody]);
      this.unusedBody.delete(verb);
      return verb;
    }
    const verb = this.random.weighted(BODY_WEIGHTS);
    this.unusedBody.delete(verb);
    return verb;
  }

  private pickClosing(canJoin: boolean): Closing {
    const unused = this.unusedClosing.values().next();
    if (!unused.done) return unused.value;
    const closing = this.random.weighted(CLOSING_WEIGHTS);
    return closing === 'redirect' && !canJoin ? 'hangup' : closing;
  }

  private children(verb: string, id: string): void {
    const r = this.random;
    if (verb === 'dial') {
      if (r.chance(0.15)) {
        this.child(id, 'conference', {
          text: r.pick(ROOMS),
          attributes: { beep: r.pick(['true', 'false']), startConferenceOnEnter: 'true' },
        });
        return;
      }
      const count = r.int(1, 3);
      for (let i = 0; i < count; i++) {
        const noun = r.weighted({ number: 6, client: 2, sip: 2 });
        if (noun === 'number') {
          this.child(id, 'number', {
            text: `+1415555${r.digits(4)}`,
            attributes: r.chance(0.3) ? { sendDigits: `ww${r.digits(4)}` } : {},
          });
        } else if (noun === 'client') {
          this.child(id, 'client', { text: r.pick(CLIENTS) });
        } else {
          this.child(id, 'sip', {
            text: r.pick(SIP_ADDRESSES),
            attributes: r.chance(0.3) ? { username: 'ivr', password: `p@ss&${r.digits(3)}` } : {},
          });
        }
      }
    } else if (verb === 'gather') {
      this.child(id, 'say', { text: r.pick(PROMPTS), attributes: { voice: 'woman' } });
      if (r.chance(0.3)) this.child(id, 'pause', { attributes: { length: '1' } });
      if (r.chance(0.4)) {
        this.child(id, 'play', { text: `https://media.example.com/prompts/${r.pick(MEDIA)}.wav` });
      } else if (r.chance(0.5)) {
        this.child(id, 'say', { text: r.pick(PROMPTS) });
      }
    }
  }

  private child(
    nodeId: string,
    verb: string,
    patch: { readonly attributes?: Readonly<Record<string, string>>; readonly text?: string },
  ): void {
    this.b.addChild(nodeId, verb, { ...patch, attributes: this.known(verb, patch.attributes) });
  }

  /** Drops what the flow's dialect does not have, as the inspector would never offer it. */
  private known(
    verb: string,
    attributes: Readonly<Record<string, string>> = {},
  ): Record<string, string> {
    const { fields } = resolveVerb(verb, this.b.dialect);
    const out: Record<string, string> = {};
    for (const [name, value] of Object.entries(attributes)) if (fields.has(name)) out[name] = value;
    return out;
  }

  /** Values a person would set on a new node of this verb. */
  private values(verb: string): NodePatch {
    const r = this.random;
    const resolved = resolveVerb(verb, this.b.dialect);
    const choose = (name: string): string | undefined => {
      const options = resolved.fields.get(name)?.options;
      return options && options.length > 0 ? r.pick(options).value : undefined;
    };
    const a: Record<string, string | undefined> = {};
    let text: string | undefined;
    switch (verb) {
      case 'say':
        text = r.pick(SAY_TEXTS);
        if (r.chance(0.6)) a.voice = choose('voice');
        if (r.chance(0.3)) a.language = choose('language');
        if (r.chance(0.1)) a.loop = String(r.int(1, 3));
        break;
      case 'play':
        text = `https://media.example.com/audio/${r.pick(MEDIA)}-${r.int(1, 99)}.wav`;
        if (r.chance(0.2)) a.loop = String(r.int(0, 5));
        break;
      case 'pause':
        a.length = String(r.int(1, 5));
        break;
      case 'gather':
        a.numDigits = String(r.int(1, 4));
        a.timeout = String(r.int(3, 10));
        if (r.chance(0.3)) a.finishOnKey = '#';
        if (r.chance(0.2)) {
          a.input = 'dtmf speech';
          a.hints = r.pick(HINTS);
          a.language = choose('language');
        }
        // Some menus post to a server instead of a document of the flow.
        if (r.chance(0.1))
          a.action = `https://api.example.com/ivr/menu?step=${r.int(1, 9)}&lang=en`;
        break;
      case 'record':
        a.maxLength = String(r.pick([30, 60, 120, 300]));
        a.playBeep = 'true';
        if (r.chance(0.3)) a.transcribe = 'true';
        if (r.chance(0.5)) a.finishOnKey = '#';
        break;
      case 'dial':
        a.timeout = String(r.pick([15, 20, 30, 45]));
        if (r.chance(0.4)) a.callerId = `+1415555${r.digits(4)}`;
        if (r.chance(0.2)) a.record = 'true';
        if (r.chance(0.2)) a.timeLimit = String(r.pick([600, 3600]));
        break;
      case 'sms':
        text = r.pick(SMS_TEXTS);
        if (r.chance(0.5)) a.from = `+1415555${r.digits(4)}`;
        break;
      case 'email':
        a.to = 'support@example.com';
        a.from = 'ivr@example.com';
        a.subject = `Missed call <+1415555${r.digits(4)}>`;
        text = r.pick(EMAIL_TEXTS);
        break;
      case 'hold':
        if (r.chance(0.5)) a.holdMusic = `https://media.example.com/audio/hold-${r.int(1, 9)}.mp3`;
        break;
      case 'reject':
        a.reason = choose('reason');
        break;
      default:
        break;
    }
    return { attributes: this.known(verb, dropUndefined(a)), ...(text ? { text } : {}) };
  }
}

function dropUndefined(values: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) if (v !== undefined) out[k] = v;
  return out;
}

function generate(options: GenerateOptions, builder: FlowBuilder): Flow {
  new Generator(options, builder).run();
  return builder.result();
}
