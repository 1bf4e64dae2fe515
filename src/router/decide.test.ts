import { describe, expect, it } from 'vitest';
import { readDecision } from '../decisions/read';
import { decide } from './decide';
import { callRequest, type CallRequest } from './request';

const NOW = new Date('2026-11-30T12:00:00Z');
const run = (
  kind: Parameters<typeof readDecision>[0],
  fields: Record<string, string>,
  request: Partial<CallRequest>,
) => decide(readDecision(kind, fields).decision, callRequest(request), NOW);

describe('Check caller', () => {
  const blocked = {
    numbers: '+1 415 555 0199\n+44 20 7946 0018',
    prefixes: '+1900\n+882',
    withheld: 'false',
  };
  const caller = (from: string, fields: Record<string, string> = blocked) =>
    run('checkCaller', fields, { from });

  it('matches a listed number however the platform writes it', () => {
    for (const from of [
      '+14155550199',
      '14155550199',
      'sip:+14155550199@sip.example.com',
      'sip:14155550199@10.0.0.1;user=phone',
      'tel:+14155550199',
      '+442079460018',
    ]) {
      expect(caller(from), from).toBe('matches');
    }
  });

  it('does not match a number that is only close to a listed one', () => {
    for (const from of [
      '+14155550198',
      '+141555501990',
      '+1415555019',
      '4155550199',
      '+24155550199',
    ]) {
      expect(caller(from), from).toBe('otherwise');
    }
  });

  it('matches numbers that start with a listed prefix, and only those', () => {
    expect(caller('+19005550100')).toBe('matches');
    expect(caller('19005550100')).toBe('matches');
    expect(caller('+88216')).toBe('matches');
    expect(caller('+18005550100')).toBe('otherwise');
    expect(caller('+4419005550100')).toBe('otherwise');
  });

  it.each([
    '',
    'anonymous',
    'restricted',
    'unknown',
    'Private',
    'UNAVAILABLE',
    'sip:anonymous@anonymous.invalid',
  ])('matches the withheld caller %j only when the switch is on', (from) => {
    expect(caller(from)).toBe('otherwise');
    expect(caller(from, { ...blocked, withheld: 'true' })).toBe('matches');
    expect(caller(from, { withheld: 'true' })).toBe('matches');
  });

  it('does not count a caller with a number as withheld', () => {
    expect(caller('+33123456789', { withheld: 'true' })).toBe('otherwise');
  });

  it('sends app users and unreadable callers to Otherwise', () => {
    for (const from of ['client:alice', 'sip:alice@example.com', '0612345678']) {
      expect(caller(from, { ...blocked, withheld: 'true' }), from).toBe('otherwise');
    }
  });

  it('with empty lists and the switch off, matches nobody', () => {
    expect(caller('+14155550199', {})).toBe('otherwise');
    expect(caller('', {})).toBe('otherwise');
  });
});

describe('Menu', () => {
  const keys = { keys: '1 2 10 * # *9 0#' };
  const pressed = (digits: string) => run('menu', keys, { digits });

  it.each([
    ['1', 'key:1'],
    ['2', 'key:2'],
    ['10', 'key:10'],
    ['*', 'key:*'],
    ['#', 'key:#'],
    ['*9', 'key:*9'],
    ['0#', 'key:0#'],
    [' 2 ', 'key:2'],
  ])('sends %j to %s', (digits, outlet) => {
    expect(pressed(digits)).toBe(outlet);
  });

  it.each(['3', '0', '11', '01', '100', '**', '9*', '1#', '', 'A'])(
    'sends %j to Anything else',
    (digits) => {
      expect(pressed(digits)).toBe('other');
    },
  );

  it('sends everything to Anything else when no key is listed', () => {
    expect(run('menu', {}, { digits: '1' })).toBe('other');
  });
});

describe('Call outcome', () => {
  it.each([
    ['completed', 'answered'],
    ['answered', 'answered'],
    ['in-progress', 'answered'],
    ['COMPLETED', 'answered'],
    ['busy', 'busy'],
    ['BUSY', 'busy'],
    ['no-answer', 'noAnswer'],
    ['NO_ANSWER', 'noAnswer'],
    ['No Answer', 'noAnswer'],
    ['failed', 'failed'],
    ['canceled', 'failed'],
    ['cancelled', 'failed'],
    ['', 'failed'],
    ['something new', 'failed'],
  ])('reads DialCallStatus %j as %s', (dialCallStatus, outlet) => {
    expect(run('callOutcome', {}, { dialCallStatus })).toBe(outlet);
  });

  it('ignores the status of the call itself', () => {
    expect(run('callOutcome', {}, { callStatus: 'completed' })).toBe('failed');
  });
});
