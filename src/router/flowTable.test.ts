/**
 * From a flow drawn with decision nodes to what the flow server serves: documents named after
 * their branch, actions and Redirects into a decision pointing at its route, and a table that
 * routes each call to exactly the bytes the preview shows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFlow } from '../model/flow';
import { planDocuments } from '../model/documents';
import { addNode, updateNode } from '../model/operations';
import { START_NODE_ID, type Flow } from '../schema/flow';
import { addHandOffEmail } from '../model/handOffEmail';
import { addVerb, flowOf, link, reject, say } from '../test/builders';
import { generateFlow } from '../test/generateFlow';
import { serializeFlow } from '../xml/serialize';
import { hasDecisions, needsFlowServer, tableFromFlow } from './flowTable';
import { callRequest } from './request';
import { route, tableFromDocuments, UNCONNECTED_DOCUMENT } from './table';

const NOW = new Date('2026-11-30T10:00:00Z');

/** start → Check caller; Matches → Reject (busy) "Blocked"; Otherwise → Say "Welcome". */
function blockOneCaller(options: { baseUrl?: string } = {}): Flow {
  let flow: Flow = { ...createFlow(), baseUrl: options.baseUrl ?? '' };
  const check = addNode(flow, 'checkCaller', { x: 0, y: 0 }, { after: START_NODE_ID });
  flow = updateNode(check.flow, check.nodeId, { attributes: { numbers: '+1 415-555-0199' } });
  const blocked = addVerb(flow, { ...reject('busy'), label: 'Blocked' });
  const welcome = addVerb(blocked.flow, { ...say('Welcome'), label: 'Welcome' });
  flow = link(welcome.flow, check.nodeId, 'matches', blocked.nodeId);
  return link(flow, check.nodeId, 'otherwise', welcome.nodeId);
}

describe('planning a flow with decisions', () => {
  it('starts the call at the decision: no main.xml, one document per branch', () => {
    const plan = planDocuments(blockOneCaller());
    expect(plan.entry).toBe('check-caller');
    expect(plan.documents.map((d) => d.fileName)).toEqual(['blocked.xml', 'welcome.xml']);
    expect(plan.decisions.map((d) => [d.name, d.outlets])).toEqual([
      ['check-caller', { matches: 'blocked.xml', otherwise: 'welcome.xml' }],
    ]);
    expect(plan.fileOf('checkCaller-1')).toBe('check-caller');
  });

  it('names an unlabelled branch’s document after the branch', () => {
    let flow = createFlow();
    const hours = addNode(flow, 'checkHours', { x: 0, y: 0 }, { after: START_NODE_ID });
    const open = addVerb(hours.flow, say('Hello'));
    const closed = addVerb(open.flow, say('We are closed'));
    flow = link(closed.flow, hours.nodeId, 'open', open.nodeId);
    flow = link(flow, hours.nodeId, 'closed', closed.nodeId);
    expect(planDocuments(flow).documents.map((d) => d.fileName)).toEqual([
      'open.xml',
      'closed.xml',
    ]);
  });

  it('a chain that runs into a decision hands over with a Redirect to its route', () => {
    let flow: Flow = { ...createFlow(), baseUrl: 'https://calls.example.com/' };
    const hello = addVerb(flow, say('Hello'), START_NODE_ID);
    const hours = addNode(hello.flow, 'checkHours', { x: 0, y: 0 }, { after: hello.nodeId });
    const closed = addVerb(hours.flow, { ...say('Closed'), label: 'Closed' });
    flow = link(closed.flow, hours.nodeId, 'closed', closed.nodeId);
    const [main, ...rest] = serializeFlow(flow);
    expect(main!.fileName).toBe('main.xml');
    expect(main!.xml).toContain('<Redirect>https://calls.example.com/check-hours</Redirect>');
    expect(rest.map((d) => d.fileName)).toEqual(['closed.xml']);
  });

  it('an action into a decision points at its route (Gather → Menu)', () => {
    let flow = createFlow();
    const gather = addVerb(flow, { kind: 'gather' }, START_NODE_ID);
    const menu = addNode(gather.flow, 'menu', { x: 0, y: 0 });
    flow = link(menu.flow, gather.nodeId, 'action', menu.nodeId);
    flow = updateNode(flow, menu.nodeId, { attributes: { keys: '1 #' } });
    const sales = addVerb(flow, say('Sales'));
    flow = link(sales.flow, menu.nodeId, 'key:1', sales.nodeId);
    const documents = serializeFlow(flow);
    expect(documents[0]!.xml).toMatch(/<Gather[^>]* action="menu"/);
    expect(documents.map((d) => d.fileName)).toEqual(['main.xml', 'key-1.xml']);
  });
});

describe('tableFromFlow', () => {
  it('refuses the listed caller with busy and welcomes everyone else, at the root', () => {
    const flow = blockOneCaller();
    const table = tableFromFlow(flow);
    const [blocked, welcome] = serializeFlow(flow);
    const nuisance = route(table, '/', callRequest({ from: '+14155550199' }), NOW);
    expect(nuisance).toMatchObject({ ok: true, path: '/blocked.xml', xml: blocked!.xml });
    expect(blocked!.xml).toContain('<Reject reason="busy"/>');
    const friend = route(table, '/', callRequest({ from: '+442079460018' }), NOW);
    expect(friend).toMatchObject({ ok: true, path: '/welcome.xml', xml: welcome!.xml });
    expect(nuisance.steps).toEqual([
      { path: '/check-caller', kind: 'checkCaller', outlet: 'matches', target: '/blocked.xml' },
    ]);
  });

  it('an unconnected outlet serves the empty document that ends the call', () => {
    let flow = createFlow();
    flow = addNode(flow, 'checkCaller', { x: 0, y: 0 }, { after: START_NODE_ID }).flow;
    expect(serializeFlow(flow)).toEqual([]);
    const result = route(tableFromFlow(flow), '/', callRequest({ from: '+14155550199' }), NOW);
    expect(result).toMatchObject({ ok: true, path: null, xml: UNCONNECTED_DOCUMENT });
  });

  it('a flow without decisions serves exactly what the static export writes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 40 }),
        (seed, verbs) => {
          const flow = generateFlow({ seed, verbs });
          expect(tableFromFlow(flow)).toEqual(tableFromDocuments(serializeFlow(flow)));
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('the recording’s link, inserted by the flow server', () => {
  /** Incoming call → Record, with "Email me the recording" on its "After recording". */
  function recordThenEmail(): { flow: Flow; emailPath: string } {
    const record = addNode(createFlow(), 'record', { x: 0, y: 0 }, { after: START_NODE_ID });
    const { flow } = addHandOffEmail(record.flow, record.nodeId);
    const emailDocument = serializeFlow(flow).find((d) => d.xml.includes('<Email'))!;
    return { flow, emailPath: `/${emailDocument.fileName}` };
  }

  it('marks the Email’s document, and only it, as taking values from the request', () => {
    const { flow, emailPath } = recordThenEmail();
    const table = tableFromFlow(flow);
    const requestValues = Object.entries(table.routes).flatMap(([path, r]) =>
      r.kind === 'document' && r.requestValues ? [[path, r.requestValues]] : [],
    );
    expect(requestValues).toEqual([[emailPath, ['RecordingUrl']]]);
    expect(needsFlowServer(table)).toBe(true);
    expect(hasDecisions(flow)).toBe(false);
  });

  it('serves the Email with the link the platform sent after recording, escaped', () => {
    const { flow, emailPath } = recordThenEmail();
    const url = 'https://rec.example.com/RE1.wav?a=1&b=2';
    const served = route(
      tableFromFlow(flow),
      emailPath,
      callRequest({ params: { RecordingUrl: url } }),
      NOW,
    );
    expect(served.ok && served.xml).toContain(
      'Listen to it here: https://rec.example.com/RE1.wav?a=1&amp;b=2</Email>',
    );
    // Without the parameter (a request that is not the Record's), the document as written.
    const asWritten = route(tableFromFlow(flow), emailPath, callRequest(), NOW);
    expect(asWritten.ok && asWritten.xml).toContain('Listen to it here: {RecordingUrl}</Email>');
  });

  it('leaves a flow with no marker to static files', () => {
    const table = tableFromFlow(flowOf('rcml', say('Your call matters to us: {not a marker}')));
    expect(needsFlowServer(table)).toBe(false);
    expect(needsFlowServer(tableFromFlow(blockOneCaller()))).toBe(true);
  });
});
