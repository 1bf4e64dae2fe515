/**
 * How a flow splits into documents (design.md, "The flow model"). Expected file names and
 * document contents are written by hand from the design, never taken from the planner.
 */
import { describe, expect, it } from 'vitest';
import { documentUrl, fileNameFromLabel, MAIN_FILE, planDocuments } from './documents';
import { createFlow } from './flow';
import { addNode, connect, updateNode } from './operations';
import { START_NODE_ID, type Flow } from '../schema/flow';
import { addVerb, buildFlow, pause, say } from '../test/builders';
import { addAt } from '../test/nested';

/** fileName -> ids of the nodes it holds, in order, for every document. */
function layout(flow: Flow): [string, string[]][] {
  return planDocuments(flow).documents.map((d) => [d.fileName, d.nodes.map((n) => n.id)]);
}

function continuations(flow: Flow): [string, string | undefined][] {
  return planDocuments(flow).documents.map((d) => [d.fileName, d.continuesIn]);
}

/** Main: a Dial whose "After the call" leads to a Record (labelled as given, if at all). */
function dialToRecord(label?: string) {
  const { flow, ids } = buildFlow('rcml', { kind: 'dial' });
  const dialId = ids[0]!;
  const added = addAt(flow, dialId, 'action', {
    kind: 'record',
    ...(label !== undefined ? { label } : {}),
  });
  return { flow: added.flow, dialId, recordId: added.nodeId };
}

describe('planDocuments: main document', () => {
  it('gives an empty flow one empty main.xml', () => {
    const plan = planDocuments(createFlow());
    expect(plan.documents).toHaveLength(1);
    expect(plan.documents[0]!.fileName).toBe('main.xml');
    expect(plan.documents[0]!.nodes).toEqual([]);
    expect(plan.documents[0]!.startId).toBeUndefined();
    expect(plan.documents[0]!.continuesIn).toBeUndefined();
    expect([...plan.documentAt]).toEqual([-1]);
    expect(plan.fileOf(START_NODE_ID)).toBeUndefined();
    expect(MAIN_FILE).toBe('main.xml');
  });

  it('puts a straight chain in one document, in order', () => {
    const { flow, ids } = buildFlow('rcml', say('Hi'), pause('2'), { kind: 'hangup' });
    expect(layout(flow)).toEqual([['main.xml', ids]]);
    const [main] = planDocuments(flow).documents;
    expect(main!.startId).toBe(ids[0]);
    expect(main!.continuesIn).toBeUndefined();
    for (const id of ids) expect(planDocuments(flow).fileOf(id)).toBe('main.xml');
  });

  it('does not name main after the label of its first verb', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'say', text: 'Hi', label: 'Welcome' });
    expect(layout(flow)).toEqual([['main.xml', [ids[0]!]]]);
  });

  it('never puts the incoming-call node in a document', () => {
    const { flow } = buildFlow('rcml', say('Hi'));
    expect(planDocuments(flow).fileOf(START_NODE_ID)).toBeUndefined();
  });
});

describe('planDocuments: action outlets start documents', () => {
  it('splits a Dial whose "After the call" leads to a Record labelled Voicemail', () => {
    const { flow, dialId, recordId } = dialToRecord('Voicemail');
    expect(layout(flow)).toEqual([
      ['main.xml', [dialId]],
      ['voicemail.xml', [recordId]],
    ]);
    expect(planDocuments(flow).fileOf(dialId)).toBe('main.xml');
    expect(planDocuments(flow).fileOf(recordId)).toBe('voicemail.xml');
    expect(planDocuments(flow).documents[1]!.startId).toBe(recordId);
  });

  it('names an unlabelled target after its node id', () => {
    const { flow, recordId } = dialToRecord();
    expect(recordId).toBe('record-1');
    expect(planDocuments(flow).documents.map((d) => d.fileName)).toEqual([
      'main.xml',
      'record-1.xml',
    ]);
  });

  it('names a target whose label has no letter or digit after its node id', () => {
    const { flow } = dialToRecord('¡¿!? 🙂');
    expect(planDocuments(flow).documents.map((d) => d.fileName)).toEqual([
      'main.xml',
      'record-1.xml',
    ]);
  });

  it('keeps a default name stable when unrelated verbs are added', () => {
    const { flow } = dialToRecord();
    const more = addVerb(addVerb(flow, { kind: 'record' }).flow, say('stray')).flow;
    expect(planDocuments(more).documents.map((d) => d.fileName)).toEqual([
      'main.xml',
      'record-1.xml',
    ]);
  });

  it('renames the document when the label changes', () => {
    const { flow, recordId } = dialToRecord('Voicemail');
    const renamed = updateNode(flow, recordId, { label: 'Leave a message' });
    expect(planDocuments(renamed).fileOf(recordId)).toBe('leave-a-message.xml');
  });

  it('gives the second of two targets with the same file name a -2', () => {
    // Gather's "After input" and Record's "After recording" both lead to a "Voice mail".
    const { flow, ids } = buildFlow('rcml', { kind: 'gather' }, { kind: 'record' });
    const [gatherId, recordId] = ids as [string, string];
    const first = addAt(flow, gatherId, 'action', { kind: 'say', text: 'A', label: 'Voice mail' });
    const second = addAt(first.flow, recordId, 'action', {
      kind: 'say',
      text: 'B',
      label: 'voice-mail!',
    });
    expect(layout(second.flow)).toEqual([
      ['main.xml', [gatherId, recordId]],
      ['voice-mail.xml', [first.nodeId]],
      ['voice-mail-2.xml', [second.nodeId]],
    ]);
  });

  it('does not let a label "main" take main.xml', () => {
    const { flow, recordId } = dialToRecord('Main');
    expect(planDocuments(flow).fileOf(recordId)).toBe('main-2.xml');
    expect(planDocuments(flow).documents.map((d) => d.fileName)).toEqual([
      'main.xml',
      'main-2.xml',
    ]);
  });

  it('starts a document at the target of a Redirect "Go to"', () => {
    const { flow, ids } = buildFlow('rcml', say('Transferring'), { kind: 'redirect' });
    const target = addAt(flow, ids[1]!, 'action', { kind: 'say', text: 'Hi', label: 'Sales' });
    expect(layout(target.flow)).toEqual([
      ['main.xml', ids],
      ['sales.xml', [target.nodeId]],
    ]);
  });

  it('lists documents main first, then in the order a caller reaches them', () => {
    // main: Gather -> (After input) A -> (After recording via Record) C; Gather's next: Dial
    // -> (After the call) B.
    const { flow, ids } = buildFlow('rcml', { kind: 'gather' }, { kind: 'dial' });
    const [gatherId, dialId] = ids as [string, string];
    const a = addAt(flow, gatherId, 'action', { kind: 'record', label: 'A' });
    const b = addAt(a.flow, dialId, 'action', { kind: 'say', text: 'b', label: 'B' });
    const c = addAt(b.flow, a.nodeId, 'action', { kind: 'say', text: 'c', label: 'C' });
    expect(planDocuments(c.flow).documents.map((d) => d.fileName)).toEqual([
      'main.xml',
      'a.xml',
      'b.xml',
      'c.xml',
    ]);
  });
});

describe('planDocuments: joins and loops', () => {
  it('starts a document where a next chain and an action meet, and the chain continues there', () => {
    // main: Gather -next-> Goodbye; Gather -action-> Record -action-> Goodbye.
    const { flow, ids } = buildFlow('rcml', { kind: 'gather' }, say('Goodbye'));
    const [gatherId, byeId] = ids as [string, string];
    const labelled = updateNode(flow, byeId, { label: 'Goodbye' });
    const rec = addAt(labelled, gatherId, 'action', { kind: 'record', label: 'Voicemail' });
    const joined = connect(rec.flow, rec.nodeId, 'action', byeId);
    expect(layout(joined)).toEqual([
      ['main.xml', [gatherId]],
      ['voicemail.xml', [rec.nodeId]],
      ['goodbye.xml', [byeId]],
    ]);
    expect(continuations(joined)).toEqual([
      ['main.xml', 'goodbye.xml'],
      ['voicemail.xml', undefined],
      ['goodbye.xml', undefined],
    ]);
  });

  it('starts a document where two next chains meet, and both end by continuing there', () => {
    // main: Gather -next-> Bye; Gather -action-> Thanks -next-> Bye.
    const { flow, ids } = buildFlow('rcml', { kind: 'gather' }, say('Bye'));
    const [gatherId, byeId] = ids as [string, string];
    const thanks = addAt(flow, gatherId, 'action', say('Thanks'));
    const joined = connect(thanks.flow, thanks.nodeId, 'next', byeId);
    expect(layout(joined)).toEqual([
      ['main.xml', [gatherId]],
      [`${thanks.nodeId}.xml`, [thanks.nodeId]],
      [`${byeId}.xml`, [byeId]],
    ]);
    expect(continuations(joined)).toEqual([
      ['main.xml', `${byeId}.xml`],
      [`${thanks.nodeId}.xml`, `${byeId}.xml`],
      [`${byeId}.xml`, undefined],
    ]);
  });

  it('keeps main whole when a chain loops back to its first verb, and redirects to main.xml', () => {
    // main: Say -> Pause -> back to Say.
    const { flow, ids } = buildFlow('rcml', say('Hello'), pause('5'));
    const looped = connect(flow, ids[1]!, 'next', ids[0]!);
    expect(layout(looped)).toEqual([['main.xml', ids]]);
    expect(continuations(looped)).toEqual([['main.xml', 'main.xml']]);
  });

  it('sends a retry chain back to main.xml through a Redirect', () => {
    // main: Gather -action-> "Try again" Say -next-> back to the Gather.
    const { flow, ids } = buildFlow('rcml', { kind: 'gather' });
    const gatherId = ids[0]!;
    const retry = addAt(flow, gatherId, 'action', {
      kind: 'say',
      text: 'Sorry',
      label: 'Try again',
    });
    const looped = connect(retry.flow, retry.nodeId, 'next', gatherId);
    expect(layout(looped)).toEqual([
      ['main.xml', [gatherId]],
      ['try-again.xml', [retry.nodeId]],
    ]);
    expect(continuations(looped)).toEqual([
      ['main.xml', undefined],
      ['try-again.xml', 'main.xml'],
    ]);
  });

  it('splits a chain where a later verb is looped back to', () => {
    // main: A -> B -> C -> back to B: B is reached from two places.
    const { flow, ids } = buildFlow('rcml', say('A'), say('B'), say('C'));
    const [a, b, c] = ids as [string, string, string];
    const looped = connect(flow, c, 'next', b);
    expect(layout(looped)).toEqual([
      ['main.xml', [a]],
      [`${b}.xml`, [b, c]],
    ]);
    expect(continuations(looped)).toEqual([
      ['main.xml', `${b}.xml`],
      [`${b}.xml`, `${b}.xml`],
    ]);
  });
});

describe('planDocuments: unreachable verbs', () => {
  it('leaves verbs not reachable from the incoming call out of every document', () => {
    const { flow, ids } = buildFlow('rcml', say('Hi'));
    const stray = addVerb(flow, { kind: 'dial' });
    // A stray Dial with its own "After the call" target: neither is exported.
    const target = addAt(stray.flow, stray.nodeId, 'action', { kind: 'record', label: 'Lost' });
    const plan = planDocuments(target.flow);
    expect(layout(target.flow)).toEqual([['main.xml', ids]]);
    expect(plan.fileOf(stray.nodeId)).toBeUndefined();
    expect(plan.fileOf(target.nodeId)).toBeUndefined();
  });

  it('does not count an edge from an unreachable verb as a join', () => {
    const { flow, ids } = buildFlow('rcml', say('A'), say('B'));
    const stray = addVerb(flow, say('stray'));
    const into = connect(stray.flow, stray.nodeId, 'next', ids[1]!);
    expect(layout(into)).toEqual([['main.xml', ids]]);
    expect(continuations(into)).toEqual([['main.xml', undefined]]);
  });
});

describe('documentUrl', () => {
  it('is the bare file name without a base URL', () => {
    expect(documentUrl('', 'voicemail.xml')).toBe('voicemail.xml');
  });

  it('joins the base URL with one slash, with or without a trailing slash', () => {
    expect(documentUrl('https://example.com/ivr', 'voicemail.xml')).toBe(
      'https://example.com/ivr/voicemail.xml',
    );
    expect(documentUrl('https://example.com/ivr/', 'voicemail.xml')).toBe(
      'https://example.com/ivr/voicemail.xml',
    );
  });

  it('ignores surrounding spaces in the base URL', () => {
    expect(documentUrl('  https://example.com/ivr  ', 'main.xml')).toBe(
      'https://example.com/ivr/main.xml',
    );
    expect(documentUrl('   ', 'main.xml')).toBe('main.xml');
  });
});

describe('fileNameFromLabel', () => {
  it.each([
    ['Voicemail', 'voicemail'],
    ['Après l’appel!', 'apres-l-appel'],
    ["Après l'appel!", 'apres-l-appel'],
    ['  Sales  &  Support  ', 'sales-support'],
    ['Option 2', 'option-2'],
    ['Ça coûte 5 €', 'ca-coute-5'],
    ['---', ''],
  ])('%j -> %j', (label, expected) => {
    expect(fileNameFromLabel(label)).toBe(expected);
  });

  it('cuts long labels at 48 characters without leaving a trailing dash', () => {
    // The 48th character of the slug is the dash after "line".
    const label = 'Thank you for calling the customer support line of Example Inc';
    expect(fileNameFromLabel(label)).toBe('thank-you-for-calling-the-customer-support-line');
  });

  it('keeps exactly 48 characters when the cut falls inside a word', () => {
    const label = 'abcdefghij'.repeat(6);
    expect(fileNameFromLabel(label)).toBe('abcdefghijabcdefghijabcdefghijabcdefghijabcdefgh');
  });
});

describe('planDocuments: a document several branches lead to', () => {
  /** Dial → Call outcome; “Busy” (and “No answer” when both) → Say → Record. */
  function outcomes(both: boolean) {
    const dial = addVerb(createFlow(), 'dial', START_NODE_ID);
    const outcome = addNode(dial.flow, 'callOutcome', { x: 0, y: 0 });
    let flow = connect(outcome.flow, dial.nodeId, 'action', outcome.nodeId);
    const message = addVerb(flow, say('Please leave a message'));
    flow = addVerb(message.flow, 'record', message.nodeId).flow;
    flow = connect(flow, outcome.nodeId, 'busy', message.nodeId);
    if (both) flow = connect(flow, outcome.nodeId, 'noAnswer', message.nodeId);
    return planDocuments(flow).decisions[0]!.outlets;
  }

  it('is named for what it does (a voicemail), not “busy.xml” for “No answer” too', () => {
    expect(outcomes(true)).toEqual({ busy: 'voicemail.xml', noAnswer: 'voicemail.xml' });
  });

  it('is named for its one branch when only one leads there', () => {
    expect(outcomes(false)).toEqual({ busy: 'busy.xml' });
  });
});
