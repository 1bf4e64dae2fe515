import { describe, expect, it } from 'vitest';
import {
  addChild,
  addNode,
  connect,
  insertOnEdge,
  moveChild,
  moveNodes,
  removeChild,
  removeNodes,
  renameFlow,
  updateChild,
  updateNode,
} from '../model/operations';
import type { Flow, FlowNode } from '../schema/flow';
import { blockCallers } from '../templates/blockCallers';
import { phoneMenu } from '../templates/phoneMenu';
import { ringSeveral } from '../templates/ringSeveral';
import { describeChanges, listChanges } from './changes';

const environment = { timeZone: 'Europe/Paris' };

/** The "Block nuisance callers" template: Blocked callers → Blocked (Reject) / Welcome (Say). */
function blockFlow() {
  const { flow } = blockCallers.build(environment);
  return {
    flow,
    check: idOf(flow, 'Blocked callers'),
    blocked: idOf(flow, 'Blocked'),
    welcome: idOf(flow, 'Welcome'),
  };
}

function idOf(flow: Flow, label: string): string {
  const node = flow.nodes.find((n) => n.label === label);
  if (!node) throw new Error(`No node labelled ${label}`);
  return node.id;
}

function nodeOf(flow: Flow, id: string): FlowNode {
  return flow.nodes.find((n) => n.id === id)!;
}

const nudge = (flow: Flow, id: string, dx = 40, dy = 0) => {
  const { x, y } = nodeOf(flow, id).position;
  return moveNodes(flow, new Map([[id, { x: x + dx, y: y + dy }]]));
};

describe('nothing changed', () => {
  it('gives two empty lists for the same flow, and for a copy of it', () => {
    const { flow } = blockFlow();
    expect(describeChanges(flow, flow)).toEqual({ changes: [], moves: [] });
    expect(describeChanges(flow, structuredClone(flow))).toEqual({ changes: [], moves: [] });
  });

  it('ignores a connection made again the same way (a new edge id, the same ends)', () => {
    const { flow, check } = blockFlow();
    const edges = flow.edges.map((e) => (e.source === check ? { ...e, id: `${e.id}-again` } : e));
    expect(describeChanges(flow, { ...flow, edges })).toEqual({ changes: [], moves: [] });
  });
});

describe('the Block nuisance callers template, edited as a user would', () => {
  it('tells a number added, the welcome changed and a node moved, in flow order', () => {
    const { flow, check, welcome, blocked } = blockFlow();
    let edited = updateNode(flow, check, {
      attributes: { numbers: '+14155550199\n+1 415 555 0102' },
    });
    edited = updateNode(edited, welcome, { text: 'Thank you for calling Acme Plumbing.' });
    edited = nudge(edited, blocked);
    expect(describeChanges(flow, edited)).toEqual({
      changes: ['Blocked callers: +1 415 555 0102 added', 'Welcome: text changed'],
      moves: ['Blocked moved'],
    });
  });

  it('lists each number taken away and each added, prefixes by name', () => {
    const { flow, check } = blockFlow();
    const edited = updateNode(flow, check, {
      attributes: {
        numbers: '+1 415 555 0102\n+1 415 555 0103',
        prefixes: '+1900',
        withheld: 'true',
      },
    });
    expect(describeChanges(flow, edited).changes).toEqual([
      'Blocked callers: +14155550199 removed',
      'Blocked callers: +1 415 555 0102 added',
      'Blocked callers: +1 415 555 0103 added',
      'Blocked callers: Starts with +1900 added',
      'Blocked callers: Withheld or anonymous caller turned on',
    ]);
  });

  it('counts a long paste of numbers instead of listing it', () => {
    const { flow, check } = blockFlow();
    const numbers = Array.from({ length: 250 }, (_, i) => `+1415555${String(1000 + i)}`);
    const edited = updateNode(flow, check, { attributes: { numbers: numbers.join('\n') } });
    expect(describeChanges(flow, edited).changes).toEqual([
      'Blocked callers: +14155550199 removed',
      'Blocked callers: 250 lines added to Numbers',
    ]);
  });

  it('says a list was reordered when only the order of its lines changed', () => {
    const { flow, check } = blockFlow();
    const two = updateNode(flow, check, { attributes: { numbers: '+14155550199\n+14155550102' } });
    const swapped = updateNode(two, check, {
      attributes: { numbers: '+14155550102\n+14155550199' },
    });
    expect(describeChanges(two, swapped).changes).toEqual(['Blocked callers: Numbers reordered']);
  });

  it('quotes a picker’s old and new value under the field’s label', () => {
    const { flow, blocked } = blockFlow();
    const edited = updateNode(flow, blocked, { attributes: { reason: 'rejected' } });
    expect(describeChanges(flow, edited).changes).toEqual([
      'Blocked: Reason changed from busy to rejected',
    ]);
  });

  it('tells a step removed, by its name, and the connection that went with it', () => {
    const { flow, blocked } = blockFlow();
    const edited = removeNodes(flow, new Set([blocked]));
    expect(describeChanges(flow, edited).changes).toEqual([
      'Blocked callers: Matches no longer connected',
      'Blocked: removed',
    ]);
  });

  it('tells a step inserted on a connection, and where each side now leads', () => {
    const { flow, check } = blockFlow();
    const inserted = insertOnEdge(flow, `${check}:otherwise`, 'say', { x: 0, y: 0 });
    const edited = updateNode(inserted.flow, inserted.nodeId!, { text: 'Please hold.' });
    expect(describeChanges(flow, edited).changes).toEqual([
      'Blocked callers: Otherwise now leads to Say “Please hold.”',
      'Say “Please hold.”: added',
      'Say “Please hold.”: Then leads to Welcome',
    ]);
  });

  it('tells a renamed step by its new name, and the old one', () => {
    const { flow, welcome } = blockFlow();
    const renamed = updateNode(flow, welcome, { label: 'Greeting' });
    expect(describeChanges(flow, renamed).changes).toEqual(['Greeting: renamed from Welcome']);
    const unnamed = updateNode(flow, welcome, { label: undefined });
    expect(describeChanges(flow, unnamed).changes).toEqual([
      'Say “Thank you for calling E…”: renamed from Welcome',
    ]);
  });

  it('lists a step that moved and changed as a change only', () => {
    const { flow, welcome } = blockFlow();
    const edited = nudge(updateNode(flow, welcome, { text: 'Hello.' }), welcome);
    expect(describeChanges(flow, edited)).toEqual({
      changes: ['Welcome: text changed'],
      moves: [],
    });
  });

  it('lists a step whose connection changed, and that moved, as a change only', () => {
    const { flow, check, blocked, welcome } = blockFlow();
    const edited = nudge(connect(flow, check, 'matches', welcome), check);
    expect(describeChanges(flow, edited)).toEqual({
      changes: ['Blocked callers: Matches now leads to Welcome'],
      moves: [],
    });
    // The step that lost its connection did not change: nothing is said of it.
    expect(listChanges(flow, edited).changes.map((c) => c.nodeId)).not.toContain(blocked);
  });

  it('points each change at its node, and the flow’s own settings at none', () => {
    const { flow, welcome, blocked } = blockFlow();
    const edited = nudge(
      renameFlow(updateNode(flow, welcome, { text: 'Hi.' }), 'Blocklist'),
      blocked,
    );
    expect(listChanges(flow, edited)).toEqual({
      changes: [
        { sentence: 'Flow renamed from “Block nuisance callers” to “Blocklist”' },
        { nodeId: welcome, sentence: 'Welcome: text changed' },
      ],
      moves: [{ nodeId: blocked, sentence: 'Blocked moved' }],
    });
  });
});

describe('the flow’s own settings', () => {
  it('tells the name, the dialect and the base URL', () => {
    const { flow } = blockFlow();
    const edited: Flow = {
      ...renameFlow(flow, 'Nuisance'),
      dialect: 'flexml',
      baseUrl: 'https://ivr.example.com/flows',
    };
    expect(describeChanges(flow, edited).changes).toEqual([
      'Flow renamed from “Block nuisance callers” to “Nuisance”',
      'Dialect changed from RCML to FlexML',
      'Base URL set to https://ivr.example.com/flows',
    ]);
    expect(describeChanges(edited, { ...edited, baseUrl: '' }).changes).toEqual([
      'Base URL cleared',
    ]);
  });
});

describe('nested elements', () => {
  it('tells a Dial’s numbers added, changed, removed and reordered', () => {
    const { flow } = ringSeveral.build(environment);
    const ring = idOf(flow, 'Ring both');
    const [first, second] = nodeOf(flow, ring).children!;
    const added = addChild(flow, ring, 'number');
    let edited = updateChild(added.flow, ring, added.childId!, { text: '+14155550122' });
    edited = updateChild(edited, ring, first!.id, { text: '+14155550111' });
    expect(describeChanges(flow, edited).changes).toEqual([
      'Ring both, Number “+14155550111”: Phone number changed from +14155550100 to +14155550111',
      'Ring both: Number “+14155550122” added',
    ]);
    const removed = removeChild(flow, ring, second!.id);
    expect(describeChanges(flow, removed).changes).toEqual([
      'Ring both: Number “+14155550103” removed',
    ]);
    const reordered = moveChild(flow, ring, second!.id, 0);
    expect(describeChanges(flow, reordered).changes).toEqual(['Ring both: Who to call reordered']);
  });

  it('quotes short values, and names an attribute no definition knows by its name', () => {
    const { flow } = phoneMenu.build(environment);
    const menu = idOf(flow, 'Main menu');
    const edited = updateNode(flow, menu, {
      attributes: { numDigits: '2', timeout: '10', 'x-imported': 'kept' },
    });
    expect(describeChanges(flow, edited).changes).toEqual([
      'Main menu: Wait for input set to 10',
      'Main menu: Number of keys changed from 1 to 2',
      'Main menu: x-imported set to kept',
    ]);
  });

  it('tells a Gather’s prompt whose text changed', () => {
    const { flow } = phoneMenu.build(environment);
    const menu = idOf(flow, 'Main menu');
    const prompt = nodeOf(flow, menu).children![0]!;
    const edited = updateChild(flow, menu, prompt.id, { text: 'For sales, press 1.' });
    expect(describeChanges(flow, edited).changes).toEqual([
      'Main menu, Say “For sales, press 1.”: text changed',
    ]);
  });
});

describe('decisions and their outlets', () => {
  it('tells a Menu key taken away, and its connection gone with it', () => {
    const { flow } = phoneMenu.build(environment);
    const choice = idOf(flow, 'Choice');
    const edited = updateNode(flow, choice, { attributes: { keys: '1' } });
    expect(describeChanges(flow, edited).changes).toEqual([
      'Choice: Keys changed from 1 2 to 1',
      'Choice: Key 2 no longer connected',
    ]);
  });

  it('tells a key added and where it leads', () => {
    const { flow } = phoneMenu.build(environment);
    const choice = idOf(flow, 'Choice');
    const keyed = updateNode(flow, choice, { attributes: { keys: '1 2 0' } });
    const edited = connect(keyed, choice, 'key:0', idOf(flow, 'No choice'));
    expect(describeChanges(flow, edited).changes).toEqual([
      'Choice: Keys changed from 1 2 to 1 2 0',
      'Choice: Key 0 now leads to No choice',
    ]);
  });
});

describe('notes', () => {
  it('are told plainly: added, changed, moved and removed', () => {
    const { flow } = blockFlow();
    const added = addNode(flow, 'note', { x: 600, y: 0 });
    const withNote = updateNode(added.flow, added.nodeId, { text: 'Ask Sam before unblocking.' });
    expect(describeChanges(flow, withNote).changes).toEqual([
      'Note “Ask Sam before unblocki…”: added',
    ]);
    const edited = updateNode(withNote, added.nodeId, { text: 'Ask Kim.' });
    expect(describeChanges(withNote, edited).changes).toEqual(['Note “Ask Kim.”: text changed']);
    expect(describeChanges(withNote, nudge(withNote, added.nodeId)).moves).toEqual([
      'Note “Ask Sam before unblocki…” moved',
    ]);
    expect(describeChanges(withNote, flow).changes).toEqual([
      'Note “Ask Sam before unblocki…”: removed',
    ]);
  });
});

describe('order', () => {
  it('follows the newer version’s nodes, then those removed, whatever the edits’ order', () => {
    const { flow, check, blocked, welcome } = blockFlow();
    let edited = updateNode(flow, welcome, { text: 'Hi.' });
    edited = removeNodes(edited, new Set([blocked]));
    edited = updateNode(edited, check, { attributes: { withheld: 'true' } });
    expect(describeChanges(flow, edited).changes).toEqual([
      'Blocked callers: Withheld or anonymous caller turned on',
      'Blocked callers: Matches no longer connected',
      'Welcome: text changed',
      'Blocked: removed',
    ]);
  });
});
