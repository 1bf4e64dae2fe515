/**
 * Every template, in every dialect: valid as it opens (only its fields to fill warn), free of
 * errors once they are filled, written as documents a strict XML parser accepts, read back by
 * the importer and the flow file, and, where it decides per call, each branch reached by the
 * router for a call that should go there.
 */
import { describe, expect, it } from 'vitest';
import { dialects, getDialect, resolveVerb } from '../dialects';
import { planDocuments } from '../model/documents';
import { analyzeFlow } from '../model/graph';
import { layoutFlow } from '../model/layout';
import { decisionOf, nodeOutlets } from '../kinds';

const isDecisionNode = (node: { kind: string }) => decisionOf(node) !== undefined;
import { updateChild, updateNode } from '../model/operations';
import type { DialectId, Flow } from '../schema/flow';
import { readFlowFile, writeFlowFile } from '../persist/flowFile';
import { routePath, tableFromFlow } from '../router/flowTable';
import { callRequest, type CallRequest } from '../router/request';
import { route } from '../router/table';
import { importedFiles } from '../test/importing';
import { parseXml } from '../test/xmlTree';
import { validateFlow, validationContext } from '../validate';
import { fillIn } from '../validate/rules/fillIn';
import { findVerb } from '../verbs';
import { serializeFlow } from '../xml/serialize';
import { EXAMPLE } from './examples';
import { fillInNeeds, openTemplate, templates, type TemplateDef } from '.';

const ENVIRONMENT = { timeZone: 'UTC' };
const DIALECT_IDS = dialects.map((d) => d.id);

/** A template as it opens in a dialect, with its companions: every flow it makes. */
function opened(template: TemplateDef, dialect: DialectId) {
  return openTemplate(template, dialect, ENVIRONMENT);
}

/** Dialects that can run every verb of the template (the others keep it in RCML). */
function runsIn(template: TemplateDef, dialect: DialectId): boolean {
  const { flow, companions = [] } = template.build(ENVIRONMENT);
  return [flow, ...companions].every((f) =>
    f.nodes.every((node) => {
      if (isDecisionNode(node)) return true;
      const availability = resolveVerb(node.kind, dialect).availability;
      return availability === 'documented' || availability === 'listed';
    }),
  );
}

/** What the fill-in rule finds, run on its own (it may not be registered yet). */
function fillInFindings(flow: Flow) {
  return [...fillIn.check(validationContext(flow))];
}

/** Every problem of the flow, the fill-in rule's included once: rule and severity. */
function problems(flow: Flow) {
  const others = validateFlow(flow).filter((p) => p.ruleId !== fillIn.id);
  return [
    ...others.map((p) => ({ ruleId: p.ruleId, severity: p.severity })),
    ...fillInFindings(flow).map(() => ({ ruleId: fillIn.id, severity: fillIn.severity })),
  ];
}

/**
 * A dialect whose verbs' options are not documented to us warns about each one set, however
 * right it is; that is all a template may show besides its fields to fill.
 */
const DIALECT_NOTES = new Set(['verb-not-documented']);

/** The user's own values, none of them a template's example. */
const OWN_NUMBERS = ['+442079460123', '+442079460456', '+33612345678', '+4930901820'];
const OWN_NAME = 'Acme Plumbing';
const OWN_URL = 'https://calls.acme-plumbing.test/whisper.xml';

/** The flow with every field to fill filled as a user would: the example replaced by their own. */
function filledIn(flow: Flow): Flow {
  let next = flow;
  (flow.fillIn ?? []).forEach((entry, i) => {
    const own = /^\+\d+$/.test(entry.example)
      ? OWN_NUMBERS[i % OWN_NUMBERS.length]!
      : entry.example.startsWith('https://')
        ? OWN_URL
        : OWN_NAME;
    const node = next.nodes.find((n) => n.id === entry.nodeId)!;
    const element = entry.childId ? node.children!.find((c) => c.id === entry.childId)! : node;
    const value = entry.field === 'text' ? element.text! : element.attributes[entry.field]!;
    const written = value.replaceAll(entry.example, own);
    const patch =
      entry.field === 'text' ? { text: written } : { attributes: { [entry.field]: written } };
    next = entry.childId
      ? updateChild(next, entry.nodeId, entry.childId, patch)
      : updateNode(next, entry.nodeId, patch);
  });
  return next;
}

const cases = templates.flatMap((template) =>
  DIALECT_IDS.map((dialect) => ({ template, dialect, name: `${template.name} in ${dialect}` })),
);
const runnable = cases.filter(({ template, dialect }) => runsIn(template, dialect));

describe('the templates', () => {
  it('are those people build most, each with a plain one-line description', () => {
    expect(templates.map((t) => t.name)).toEqual([
      'Block nuisance callers',
      'After-hours message',
      'Phone menu',
      'Forward with voicemail',
      'Number not in service',
      'Forward to several phones',
      'Screen anonymous callers',
    ]);
    for (const t of templates) expect(t.description).toMatch(/^[A-Z][^\n]{20,160}\.$/);
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
  });

  it('open as new flows, named after the template, laid out by the layout code', () => {
    for (const template of templates) {
      const first = opened(template, 'rcml');
      const second = opened(template, 'rcml');
      expect(first.flow.name).toBe(template.name);
      expect(second.flow.id).not.toBe(first.flow.id);
      for (const flow of [first.flow, ...first.companions]) {
        expect(layoutFlow(flow).nodes.map((n) => n.position)).toEqual(
          flow.nodes.map((n) => n.position),
        );
      }
    }
  });

  it('start from examples that are clearly fake', () => {
    const fake = Object.values(EXAMPLE);
    for (const { template } of cases) {
      const { flow, companions } = opened(template, 'rcml');
      for (const entry of [flow, ...companions].flatMap((f) => f.fillIn ?? [])) {
        expect(fake).toContain(entry.example);
      }
    }
    for (const number of [EXAMPLE.office, EXAMPLE.sales, EXAMPLE.support, EXAMPLE.blocked]) {
      // North American 555-0100 to 555-0199: reserved for fiction.
      expect(number).toMatch(/^\+1\d{3}55501\d\d$/);
    }
    expect(new URL(EXAMPLE.whisperUrl).hostname).toBe('example.com');
  });

  it('stay in RCML, saying why, exactly where the dialect lacks one of their verbs', () => {
    for (const { template, dialect } of cases) {
      const result = opened(template, dialect);
      if (runsIn(template, dialect)) {
        expect(result.stayedInRcml).toBeUndefined();
        expect(result.flow.dialect).toBe(dialect);
        expect(result.companions.every((f) => f.dialect === dialect)).toBe(true);
      } else {
        expect(result.flow.dialect).toBe('rcml');
        expect(result.stayedInRcml).toMatch(new RegExp(`^${getDialect(dialect).label} has no `));
      }
    }
    expect(
      opened(
        templates.find((t) => t.id === 'phone-menu')!,
        'voiceml',
      ).stayedInRcml,
    ).toBe('VoiceML has no Gather or Dial.');
    // Every template runs in RCML and FlexML; VoiceML has no Dial, Gather or Hangup.
    expect(runnable.filter((c) => c.dialect === 'voiceml').map((c) => c.template.id)).toEqual([
      'block-callers',
      'not-in-service',
    ]);
  });

  it('convert by meaning: “busy” is 486 in every dialect, “not in service” 603', () => {
    const reasonOf = (id: string, dialect: DialectId) => {
      const { flow } = opened(
        templates.find((t) => t.id === id)!,
        dialect,
      );
      const reject = flow.nodes.find((n) => n.kind === 'reject')!;
      const field = resolveVerb('reject', dialect).fields.get('reason')!;
      return field.options!.find((o) => o.value === reject.attributes.reason)!.meaning!.sip;
    };
    for (const dialect of DIALECT_IDS) {
      expect(reasonOf('block-callers', dialect)).toBe(486);
      expect(reasonOf('not-in-service', dialect)).toBe(603);
    }
  });

  it('list what the user must fill in, in their words', () => {
    const needs = Object.fromEntries(
      templates.map((t) => [t.id, fillInNeeds(opened(t, 'rcml').flow)]),
    );
    expect(needs).toEqual({
      'block-callers': ['the numbers to block', 'your business’s name'],
      'after-hours': ['the office number', 'your business’s name'],
      'phone-menu': ['your business’s name', 'the sales number', 'the support number'],
      'forward-with-voicemail': ['the number to forward to'],
      'not-in-service': [],
      'ring-several': [
        'the first phone’s number',
        'the address of the whisper document',
        'the second phone’s number',
      ],
      'screen-anonymous': ['your business’s name'],
    });
  });

  it('make the whisper of “Forward to several phones” a flow of its own', () => {
    const { flow, companions } = opened(
      templates.find((t) => t.id === 'ring-several')!,
      'rcml',
    );
    const numbers = flow.nodes.find((n) => n.kind === 'dial')!.children!;
    expect(numbers.map((n) => n.attributes.url)).toEqual([EXAMPLE.whisperUrl, EXAMPLE.whisperUrl]);
    expect(companions.map((c) => c.name)).toEqual(['Whisper for Forward to several phones']);
    expect(serializeFlow(companions[0]!).map((d) => d.xml)).toEqual([
      `<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n  <Say>A call for ${EXAMPLE.business}.</Say>\n</Response>\n`,
    ]);
  });
});

describe.each(runnable)('$name', ({ template, dialect }) => {
  const { flow, companions } = opened(template, dialect);
  const flows = [flow, ...companions];

  it('opens with no error, and only its fields to fill (and dialect notes) as warnings', () => {
    for (const f of flows) {
      const found = problems(f);
      expect(found.filter((p) => p.severity === 'error')).toEqual([]);
      const fillIns = found.filter((p) => p.ruleId === fillIn.id);
      expect(fillIns).toHaveLength(f.fillIn?.length ?? 0);
      const rest = found.filter((p) => p.ruleId !== fillIn.id);
      expect(rest.filter((p) => !DIALECT_NOTES.has(p.ruleId))).toEqual([]);
      if (dialect === 'rcml') expect(rest).toEqual([]);
    }
  });

  it('has no error and nothing left to fill once its fields are filled', () => {
    for (const f of flows) {
      const filled = filledIn(f);
      expect(fillInFindings(filled)).toEqual([]);
      const found = problems(filled);
      expect(found.filter((p) => !DIALECT_NOTES.has(p.ruleId))).toEqual([]);
      if (dialect === 'rcml') expect(found).toEqual([]);
    }
  });

  it('writes documents a strict XML parser accepts', () => {
    for (const f of flows) {
      const documents = serializeFlow(filledIn(f));
      expect(documents.length).toBeGreaterThan(0);
      for (const { xml } of documents) expect(parseXml(xml).name).toBe('Response');
    }
  });

  it('reads back from its flow file as the same flow', () => {
    for (const f of flows) {
      expect(readFlowFile(writeFlowFile(f))).toEqual({ ok: true, flow: f });
    }
  });

  it('writes every document back byte for byte after importing it', () => {
    for (const f of flows) {
      const documents = serializeFlow(f);
      for (const { fileName, xml } of documents) {
        const alone = importedFiles([{ name: fileName, text: xml }], dialect).flow;
        expect(serializeFlow(alone).map((d) => d.xml)).toEqual([xml]);
      }
      // A flow that decides per call cannot come back from its documents: they hold the flow
      // server's addresses, not the decisions. The others come back whole.
      if (planDocuments(f).decisions.length > 0) continue;
      const files = documents.map((d) => ({ name: d.fileName, text: d.xml }));
      const whole = importedFiles(files, dialect).flow;
      expect(serializeFlow(whole)).toEqual(documents);
    }
  });
});

/** A Monday morning and evening, and Christmas Day, in UTC (the templates' time zone here). */
const MONDAY_MORNING = new Date('2026-11-30T10:00:00Z');
const MONDAY_EVENING = new Date('2026-11-30T20:00:00Z');
const CHRISTMAS = new Date('2026-12-25T10:00:00Z');

interface Call {
  readonly request: Partial<CallRequest>;
  readonly at?: Date;
}

/** For each template that decides, a call that should take each outlet of its decision. */
const CALLS: Readonly<Record<string, Readonly<Record<string, Call>>>> = {
  'block-callers': {
    matches: { request: { from: EXAMPLE.blocked } },
    otherwise: { request: { from: '+442079460123' } },
  },
  'after-hours': {
    open: { request: {}, at: MONDAY_MORNING },
    closed: { request: {}, at: MONDAY_EVENING },
    holiday: { request: {}, at: CHRISTMAS },
  },
  'phone-menu': {
    'key:1': { request: { digits: '1' } },
    'key:2': { request: { digits: '2' } },
    other: { request: { digits: '9' } },
  },
  'forward-with-voicemail': {
    answered: { request: { dialCallStatus: 'completed' } },
    busy: { request: { dialCallStatus: 'busy' } },
    noAnswer: { request: { dialCallStatus: 'no-answer' } },
    failed: { request: { dialCallStatus: 'failed' } },
  },
  'screen-anonymous': {
    matches: { request: { from: 'anonymous' } },
    otherwise: { request: { from: '+442079460123' } },
  },
};

describe.each(runnable.filter((c) => c.template.id in CALLS))(
  '$name at call time',
  ({ template, dialect }) => {
    const { flow } = opened(template, dialect);
    const plan = planDocuments(flow);
    const table = tableFromFlow(flow);
    const calls = CALLS[template.id]!;

    it('sends each call down the branch it should take, to that branch’s document', () => {
      expect(plan.decisions.length).toBeGreaterThan(0);
      for (const decision of plan.decisions) {
        const outlets = nodeOutlets(decision.node).map((o) => o.id);
        expect(Object.keys(calls).sort()).toEqual([...outlets].sort());
        // The phone number's voice URL is the root: it reaches the first decision.
        const path = plan.entry === decision.name ? '/' : routePath(decision.name);
        for (const outlet of outlets) {
          const call = calls[outlet]!;
          const result = route(table, path, callRequest(call.request), call.at ?? MONDAY_MORNING);
          const target = analyzeFlow(flow).edgeFrom(decision.node.id, outlet)!.target;
          expect(result).toMatchObject({
            ok: true,
            path: routePath(plan.fileOf(target)!),
            steps: [{ outlet }],
          });
        }
      }
    });

    it('leaves no outlet of a decision unconnected', () => {
      for (const node of flow.nodes.filter(isDecisionNode)) {
        for (const outlet of nodeOutlets(node)) {
          expect(analyzeFlow(flow).edgeFrom(node.id, outlet.id)).toBeDefined();
        }
      }
    });
  },
);

describe('the router cases', () => {
  it('cover every template that decides per call', () => {
    const deciding = templates.filter((t) =>
      opened(t, 'rcml').flow.nodes.some((n) => isDecisionNode(n)),
    );
    expect(deciding.map((t) => t.id).sort()).toEqual(Object.keys(CALLS).sort());
  });
});

it('knows every verb a template uses', () => {
  for (const template of templates) {
    const { flow } = opened(template, 'rcml');
    for (const node of flow.nodes) expect(isDecisionNode(node) || !!findVerb(node.kind)).toBe(true);
  }
});
