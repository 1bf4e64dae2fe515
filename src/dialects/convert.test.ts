import { describe, expect, it } from 'vitest';
import { lossesOf, planDialectChange } from './convert';
import { buildFlow, deepFreeze, flowOf, nodeOf, pause, reject, say, xmlOf } from '../test/builders';
import {
  DEFAULT_REASON,
  DIALECT_PAIRS,
  DIALECTS,
  REJECT_FACTS,
  reasonsOf,
  reasonsWithSip,
  sipOf,
} from '../test/rejectFacts';
import { onlyVerb } from '../test/xmlTree';
import type { DialectId } from '../schema/flow';

/** Every reason of the source dialect, for every ordered pair of dialects. */
const everyConversion = DIALECT_PAIRS.flatMap(([from, to]) =>
  reasonsOf(from).map((reason) => ({ from, to, reason, sip: sipOf(from, reason)! })),
);

function convertReject(from: DialectId, to: DialectId, reason: string | undefined) {
  const { flow, ids } = buildFlow(from, reject(reason));
  const conversion = planDialectChange(flow, to);
  return { conversion, id: ids[0]!, converted: nodeOf(conversion.flow, ids[0]!) };
}

describe('Reject reasons are mapped by SIP code', () => {
  it.each(everyConversion)('$from $reason ($sip) → $to', ({ from, to, reason, sip }) => {
    const { conversion, id, converted } = convertReject(from, to, reason);
    const target = converted.attributes.reason!;
    const sameCode = reasonsWithSip(to, sip);

    expect(conversion.flow.dialect).toBe(to);
    expect(reasonsOf(to)).toContain(target);
    const losses = lossesOf(conversion);
    if (sameCode.length > 0) {
      // Exact: the carrier receives the same SIP code, and nothing is reported as lost.
      expect(sameCode).toContain(target);
      expect(losses).toEqual([]);
      const change = conversion.changes.find((c) => c.nodeId === id);
      if (target !== reason)
        expect(change).toMatchObject({ from: reason, to: target, exact: true });
      else expect(change).toBeUndefined();
    } else {
      // No exact counterpart: reported, with a nearest choice that is a valid target reason.
      expect(losses).toHaveLength(1);
      expect(losses[0]).toMatchObject({ nodeId: id, from: reason, to: target, exact: false });
      expect(losses[0]!.explanation).not.toBe('');
    }
  });

  it.each([
    ['rcml', 'busy', 'flexml', 'busy-here'],
    ['rcml', 'rejected', 'flexml', 'decline'],
    ['rcml', 'no_route', 'flexml', 'not-found'],
    ['rcml', 'service_unavailable', 'voiceml', 'service-unavailable'],
    ['rcml', 'address_incomplete', 'voiceml', 'invalid-number-format'],
    ['flexml', 'rejected', 'rcml', 'forbidden'],
    ['flexml', 'decline', 'rcml', 'rejected'],
    ['flexml', 'busy-here', 'voiceml', 'busy'],
    ['flexml', 'unavailable', 'rcml', 'service_unavailable'],
    ['voiceml', 'busy', 'flexml', 'busy-here'],
    ['voiceml', 'rejected', 'flexml', 'decline'],
    ['voiceml', 'invalid-number-format', 'rcml', 'address_incomplete'],
  ] as const)('%s %s → %s %s', (from, reason, to, expected) => {
    const { conversion, converted } = convertReject(from, to, reason);
    expect(converted.attributes.reason).toBe(expected);
    expect(lossesOf(conversion)).toEqual([]);
  });

  it.each([
    ['rcml', 'busy', 'flexml', 'busy'],
    ['rcml', 'rejected', 'flexml', 'rejected'],
    ['flexml', 'busy', 'rcml', 'busy'],
    ['flexml', 'rejected', 'voiceml', 'rejected'],
  ] as const)(
    '%s %s never silently becomes %s %s (same word, different code)',
    (from, reason, to, trap) => {
      const { conversion, converted } = convertReject(from, to, reason);
      const kept = converted.attributes.reason === trap;
      const reported = lossesOf(conversion).some((c) => c.from === reason);
      expect(kept && !reported, 'same word kept, change of SIP code not reported').toBe(false);
    },
  );

  it.each([
    ['rcml', 'anonymity_disallowed', 'flexml'],
    ['rcml', 'anonymity_disallowed', 'voiceml'],
    ['rcml', 'address_incomplete', 'flexml'],
    ['flexml', 'redirect', 'rcml'],
    ['flexml', 'bad-gateway', 'voiceml'],
    ['flexml', 'does-not-exist', 'rcml'],
    ['flexml', 'intermediary-rejected', 'voiceml'],
    ['voiceml', 'no-answer', 'rcml'],
    ['voiceml', 'subscriber-absent', 'flexml'],
  ] as const)('%s %s has no exact counterpart in %s and is reported', (from, reason, to) => {
    const { conversion } = convertReject(from, to, reason);
    expect(lossesOf(conversion).map((c) => c.from)).toEqual([reason]);
  });
});

describe('a Reject without a reason attribute', () => {
  // The implicit default means 603 in RCML and VoiceML but 403 in FlexML: its meaning must survive.
  it.each(DIALECT_PAIRS)('%s → %s keeps the meaning of the default, or reports it', (from, to) => {
    const sip = sipOf(from, DEFAULT_REASON)!;
    const { conversion, id } = convertReject(from, to, undefined);
    const written = onlyVerb(xmlOf(conversion.flow)).attributes[REJECT_FACTS[to].reasonAttribute]!;
    if (reasonsWithSip(to, sip).length > 0) {
      expect(sipOf(to, written)).toBe(sip);
      expect(lossesOf(conversion)).toEqual([]);
    } else {
      expect(lossesOf(conversion).map((c) => c.nodeId)).toContain(id);
    }
  });
});

describe('values that cannot be carried over', () => {
  it.each(['rcml', 'flexml'] as const)(
    'VoiceML ErrorMessage is dropped and reported → %s',
    (to) => {
      const { flow, ids } = buildFlow(
        'voiceml',
        reject('busy', { errorMessage: 'Blocked caller' }),
      );
      const conversion = planDialectChange(flow, to);
      expect(nodeOf(conversion.flow, ids[0]!).attributes).not.toHaveProperty('errorMessage');
      expect(lossesOf(conversion)).toEqual([
        expect.objectContaining({ nodeId: ids[0], from: 'Blocked caller', exact: false }),
      ]);
      expect(lossesOf(conversion)[0]).not.toHaveProperty('to');
      expect(onlyVerb(xmlOf(conversion.flow)).attributes).not.toHaveProperty('ErrorMessage');
    },
  );

  it.each(['rcml', 'voiceml'] as const)(
    'FlexML Call-Info body is dropped and reported → %s',
    (to) => {
      const text = 'Calls from this number are screened';
      const { flow, ids } = buildFlow('flexml', reject('intermediary-rejected', { text }));
      const conversion = planDialectChange(flow, to);
      expect(nodeOf(conversion.flow, ids[0]!)).not.toHaveProperty('text');
      const losses = lossesOf(conversion);
      // The reason (608 exists only in FlexML) and the body are both reported.
      expect(losses.map((c) => c.from).sort()).toEqual(['intermediary-rejected', text].sort());
      expect(onlyVerb(xmlOf(conversion.flow)).text).toBe('');
    },
  );

  it('keeps a Say text, which every dialect allows', () => {
    const { flow, ids } = buildFlow('rcml', say('Hello'));
    const conversion = planDialectChange(flow, 'flexml');
    expect(nodeOf(conversion.flow, ids[0]!).text).toBe('Hello');
    expect(conversion.changes).toEqual([]);
  });
});

describe('verbs the target does not have', () => {
  it('lists Pause and Hangup as absent in VoiceML', () => {
    const { flow, ids } = buildFlow('rcml', pause('2'), { kind: 'hangup' });
    const { unavailable } = planDialectChange(flow, 'voiceml');
    expect(unavailable.map(({ nodeId, availability }) => ({ nodeId, availability }))).toEqual([
      { nodeId: ids[0], availability: 'absent' },
      { nodeId: ids[1], availability: 'absent' },
    ]);
  });

  it('lists Pause as unknown in FlexML, and not Hangup, which FlexML has', () => {
    const { flow, ids } = buildFlow('rcml', pause('2'), { kind: 'hangup' });
    const { unavailable } = planDialectChange(flow, 'flexml');
    expect(unavailable.map(({ nodeId, availability }) => ({ nodeId, availability }))).toEqual([
      { nodeId: ids[0], availability: 'unknown' },
    ]);
  });

  it('keeps the unavailable verbs in the flow', () => {
    const { flow, ids } = buildFlow('rcml', pause('2'), reject('busy'));
    const converted = planDialectChange(flow, 'voiceml').flow;
    expect(nodeOf(converted, ids[0]!)).toEqual(nodeOf(flow, ids[0]!));
  });
});

describe('the conversion itself', () => {
  it.each(DIALECTS)('converting a %s flow to its own dialect changes nothing', (dialect) => {
    const flow = flowOf(dialect, reject(reasonsOf(dialect)[1]));
    const conversion = planDialectChange(flow, dialect);
    expect(conversion.flow).toBe(flow);
    expect(conversion.changes).toEqual([]);
    expect(conversion.unavailable).toEqual([]);
  });

  it.each(DIALECT_PAIRS)('never mutates the original flow (%s → %s)', (from, to) => {
    const flow = flowOf(
      from,
      from === 'rcml' ? pause('1') : say('Hi'),
      reject(reasonsOf(from)[0], from === 'voiceml' ? { errorMessage: 'x' } : {}),
    );
    const before = structuredClone(flow);
    deepFreeze(flow);
    const conversion = planDialectChange(flow, to);
    expect(flow).toEqual(before);
    expect(conversion.flow).not.toBe(flow);
    expect(conversion.from).toBe(from);
    expect(conversion.to).toBe(to);
  });
});

describe('decisions', () => {
  it.each(DIALECT_PAIRS)('carries a decision from %s to %s unchanged', (from, to) => {
    const { flow, ids } = buildFlow(from, {
      kind: 'checkCaller',
      attributes: { numbers: '+14155550199', withheld: 'true' },
    });
    const conversion = planDialectChange(deepFreeze(flow), to);
    expect(nodeOf(conversion.flow, ids[0]!)).toBe(nodeOf(flow, ids[0]!));
    expect(conversion.changes).toEqual([]);
    expect(conversion.unavailable).toEqual([]);
  });
});
