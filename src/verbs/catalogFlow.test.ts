/**
 * How each verb behaves in a flow (terminal, answers, outlets, nesting, palette), against facts
 * transcribed by hand from /work/shared/reference/rcml-verbs.md §2 and §3.16.
 */
import { describe, expect, it } from 'vitest';
import type { FlowNode } from '../schema/flow';
import { findVerb, getVerb, paletteGroups, paletteVerbs } from './index';
import type { FieldDef, VerbDef } from '../schema/verbs';

const NOUNS = ['number', 'client', 'sip', 'conference'];

/** Verbs of the palette, by group (the brief's grouping; §2 lists the verbs). */
const GROUPS: Readonly<Record<string, string>> = {
  say: 'answer',
  play: 'answer',
  gather: 'collect',
  record: 'collect',
  dial: 'connect',
  hold: 'connect',
  resume: 'connect',
  refer: 'connect',
  sms: 'messages',
  email: 'messages',
  pause: 'control',
  redirect: 'control',
  reject: 'end',
  hangup: 'end',
};
const VERBS = Object.keys(GROUPS);

/** §2 "Terminal?": always. (Dial, Gather, Record, Sms only with an action: see below.) */
const TERMINAL = ['redirect', 'hangup', 'reject'];

/** §2: with an action the rest of the document never runs. Gather is excluded (no input → next). */
const ENDS_WITH_ACTION = ['dial', 'record', 'sms', 'hold', 'resume', 'refer'];

/** §2 "Answers call?": every verb but Pause and Reject. Nouns never run on their own. */
const DOES_NOT_ANSWER = ['pause', 'reject'];

/** §2 "Action→" plus the flow's own next chain: outlet id → kind. */
const OUTLETS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  say: { next: 'next' },
  play: { next: 'next' },
  gather: { next: 'next', action: 'action' },
  record: { next: 'next', action: 'action' },
  dial: { next: 'next', action: 'action' },
  hold: { next: 'next', action: 'action' },
  resume: { next: 'next', action: 'action' },
  refer: { next: 'next', action: 'action' },
  sms: { next: 'next', action: 'action' },
  email: { next: 'next' },
  pause: { next: 'next' },
  redirect: { action: 'action' },
  reject: {},
  hangup: {},
  number: {},
  client: {},
  sip: {},
  conference: {},
};

/** §2 "May contain" (elements nested as catalog children). */
const NESTING: Readonly<Record<string, readonly string[]>> = {
  dial: ['number', 'client', 'sip', 'conference'],
  gather: ['say', 'play', 'pause'],
};

const HOSTED_ONLY = ['hold', 'resume', 'refer'];

function node(def: VerbDef, extra: Partial<FlowNode> = {}): FlowNode {
  return { id: 'n1', kind: def.id, attributes: {}, position: { x: 0, y: 0 }, ...extra };
}

function fieldsOf(def: VerbDef): ReadonlyMap<string, FieldDef> {
  return new Map(def.attributes.map((f) => [f.name, f]));
}

function outletsOf(def: VerbDef) {
  return Object.fromEntries(def.outlets.map((o) => [o.id, o.kind]));
}

const ALL = [...VERBS, ...NOUNS];

describe('verb catalog: behaviour in a flow (rcml-verbs.md §2)', () => {
  it.each(ALL)('%s is terminal only if the reference says always', (id) => {
    expect(getVerb(id).terminal).toBe(TERMINAL.includes(id));
  });

  it.each(ALL)('%s ends its document when its action is used, per the reference', (id) => {
    expect(getVerb(id).endsDocumentWithAction ?? false).toBe(ENDS_WITH_ACTION.includes(id));
  });

  it.each(VERBS)('%s answers a ringing call unless the reference says otherwise', (id) => {
    expect(getVerb(id).answersCall).toBe(!DOES_NOT_ANSWER.includes(id));
  });

  it.each(NOUNS)('the noun %s answers nothing and has no outlets', (id) => {
    expect(getVerb(id)).toMatchObject({ noun: true, answersCall: false, outlets: [] });
  });

  it.each(Object.entries(OUTLETS))('%s has the documented outlets', (id, outlets) => {
    expect(outletsOf(getVerb(id))).toEqual(outlets);
  });

  it('outlets carry the labels the canvas shows', () => {
    const label = (id: string, outlet: string) =>
      getVerb(id).outlets.find((o) => o.id === outlet)?.label;
    expect(label('gather', 'next')).toBe('If no input');
    expect(label('gather', 'action')).toBe('After input');
    expect(label('record', 'action')).toBe('After recording');
    expect(label('sms', 'action')).toBe('After sending');
    expect(label('redirect', 'action')).toBe('Go to');
  });

  it.each(ALL)('%s: the action outlet has exactly one field it fills', (id) => {
    const def = getVerb(id);
    const fields = [...def.attributes, ...(def.body ? [def.body] : [])];
    const filled = fields.filter((f) => f.outlet !== undefined);
    for (const f of filled) expect(def.outlets.map((o) => o.id)).toContain(f.outlet);
    expect(filled.length).toBe(def.outlets.some((o) => o.kind === 'action') ? 1 : 0);
  });

  it.each(ALL)('%s nests only what the reference allows', (id) => {
    expect(getVerb(id).nesting?.allowed ?? []).toEqual(NESTING[id] ?? []);
  });

  it('everything a verb may nest is in the catalog', () => {
    for (const id of Object.keys(NESTING)) {
      for (const child of getVerb(id).nesting?.allowed ?? []) {
        expect(findVerb(child), `${id} > ${child}`).toBeDefined();
      }
    }
  });

  it('Refer offers no target of its own (unverified in the reference)', () => {
    expect(getVerb('refer').nesting).toBeUndefined();
    expect(getVerb('refer').description).toMatch(/platform/);
  });

  it.each(ALL)('%s is hosted-only exactly when §3.16 says so', (id) => {
    expect(getVerb(id).hostedOnly ?? false).toBe(HOSTED_ONLY.includes(id));
  });
});

describe('verb catalog: palette', () => {
  it('lists every verb and no noun or start node', () => {
    expect(paletteVerbs.map((v) => v.id).sort()).toEqual([...VERBS].sort());
  });

  it.each(Object.entries(GROUPS))('%s is in the %s group', (id, group) => {
    expect(getVerb(id).group).toBe(group);
  });

  it('every verb’s group is a palette group, and every palette group has a verb', () => {
    const groupIds = paletteGroups.map((g) => g.id);
    for (const verb of paletteVerbs) expect(groupIds).toContain(verb.group);
    for (const group of groupIds) {
      expect(
        paletteVerbs.some((v) => v.group === group),
        group,
      ).toBe(true);
    }
  });

  it.each(ALL)('%s has a one-line description and a label', (id) => {
    const def = getVerb(id);
    expect(def.label).toBeTruthy();
    expect(def.description).toMatch(/^\S[^\n]*\.$/);
  });
});

describe('verb catalog: node summaries', () => {
  it.each(ALL)('%s summarises a node with nothing set', (id) => {
    const def = getVerb(id);
    expect(def.summary(node(def), fieldsOf(def)).trim()).not.toBe('');
  });

  it('Gather says how many keys it waits for, and its first prompt', () => {
    const def = getVerb('gather');
    const children = [
      { id: 'c1', kind: 'say', attributes: {}, text: 'Press 1' },
      { id: 'c2', kind: 'pause', attributes: {} },
    ];
    const summary = def.summary(
      node(def, { attributes: { numDigits: '4' }, children }),
      fieldsOf(def),
    );
    expect(summary).toBe('Waits for 4 keys · “Press 1”');
  });

  it('Record shows its longest recording, default included', () => {
    const def = getVerb('record');
    expect(def.summary(node(def), fieldsOf(def))).toBe('Records up to 1 h');
    const minute = node(def, { attributes: { maxLength: '60' } });
    expect(def.summary(minute, fieldsOf(def))).toBe('Records up to 1 min');
  });

  it('Redirect shows its URL, or that it leads nowhere', () => {
    const def = getVerb('redirect');
    expect(def.summary(node(def), fieldsOf(def))).toBe('Not connected');
    expect(def.summary(node(def, { text: 'menu.xml' }), fieldsOf(def))).toBe('Goes to menu.xml');
  });

  it('Sms shows the first words of its message', () => {
    const def = getVerb('sms');
    const text = 'Thanks for calling Acme. Your ticket number follows in a second message.';
    const summary = def.summary(node(def, { text }), fieldsOf(def));
    expect(summary.startsWith('Texts the caller “Thanks for calling Acme.')).toBe(true);
    expect(summary.length).toBeLessThan(text.length);
  });
});
