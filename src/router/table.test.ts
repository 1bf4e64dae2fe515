import { describe, expect, it } from 'vitest';
import { readDecision } from '../decisions/read';
import type { DecisionKind } from '../schema/decisions';
import { callRequest } from './request';
import {
  MAX_DECISIONS,
  UNCONNECTED_DOCUMENT,
  route,
  tableFromDocuments,
  type Route,
  type RouteTable,
} from './table';
import { parseRouteTable } from './tableSchema';

const NOW = new Date('2026-11-30T10:00:00Z'); // a Monday, 10:00 UTC
const doc = (xml: string): Route => ({ kind: 'document', xml });
const decision = (
  kind: DecisionKind,
  fields: Record<string, string>,
  outlets: Record<string, string>,
): Route => ({
  kind: 'decision',
  decision: readDecision(kind, fields).decision,
  outlets,
});

/** Blocked callers hear busy; the others, in hours, get the welcome and a menu. */
const table: RouteTable = {
  entry: '/',
  routes: {
    '/': decision(
      'checkCaller',
      { numbers: '+14155550199' },
      { matches: '/blocked.xml', otherwise: '/hours' },
    ),
    '/hours': decision(
      'checkHours',
      { mon: '09:00–17:00', timeZone: 'UTC', closedOn: '25 Dec' },
      { open: '/welcome.xml', closed: '/closed.xml' },
    ),
    '/menu': decision('menu', { keys: '1 2' }, { 'key:1': '/sales.xml', other: '/welcome.xml' }),
    '/blocked.xml': doc('<Response><Reject reason="busy"/></Response>'),
    '/welcome.xml': doc('<Response><Say>Welcome</Say></Response>'),
    '/closed.xml': doc('<Response><Say>Closed</Say></Response>'),
    '/sales.xml': doc('<Response><Say>Sales</Say></Response>'),
  },
};

describe('route', () => {
  it('follows a chain of decisions to a document and says what was decided', () => {
    expect(route(table, '/', callRequest({ from: '+15550100' }), NOW)).toEqual({
      ok: true,
      path: '/welcome.xml',
      xml: '<Response><Say>Welcome</Say></Response>',
      steps: [
        { path: '/', kind: 'checkCaller', outlet: 'otherwise', target: '/hours' },
        { path: '/hours', kind: 'checkHours', outlet: 'open', target: '/welcome.xml' },
      ],
    });
    const blocked = route(table, '/', callRequest({ from: '14155550199' }), NOW);
    expect(blocked.ok && blocked.path).toBe('/blocked.xml');
    const late = route(
      table,
      '/',
      callRequest({ from: '+15550100' }),
      new Date('2026-11-30T18:00:00Z'),
    );
    expect(late.ok && late.path).toBe('/closed.xml');
  });

  it('serves documents by path, and the entry at /', () => {
    const entryElsewhere: RouteTable = {
      entry: '/main.xml',
      routes: { '/main.xml': doc('<Response/>') },
    };
    expect(route(entryElsewhere, '/', callRequest(), NOW)).toMatchObject({
      ok: true,
      path: '/main.xml',
    });
    expect(route(table, '/sales.xml', callRequest(), NOW)).toMatchObject({
      ok: true,
      xml: '<Response><Say>Sales</Say></Response>',
      steps: [],
    });
  });

  it('answers an unconnected outlet with an empty document, which ends the call', () => {
    const result = route(table, '/hours', callRequest(), new Date('2026-12-25T10:00:00Z'));
    expect(result).toEqual({
      ok: true,
      path: null,
      xml: UNCONNECTED_DOCUMENT,
      steps: [{ path: '/hours', kind: 'checkHours', outlet: 'holiday', target: null }],
    });
    expect(route(table, '/menu', callRequest({ digits: '2' }), NOW)).toMatchObject({
      ok: true,
      path: null,
    });
  });

  it('answers 404 for a path the flow does not have, including object built-ins', () => {
    for (const path of [
      '/nope',
      '/welcome',
      'welcome.xml',
      '/constructor',
      '/__proto__',
      '/toString',
      '',
    ]) {
      const result = route({ ...table, entry: '/missing' }, path, callRequest(), NOW);
      expect(result, path).toMatchObject({ ok: false, status: 404 });
    }
  });

  it('stops after a bound on decisions in a row and says the flow loops', () => {
    const loop: RouteTable = {
      entry: '/a',
      routes: {
        '/a': decision('callOutcome', {}, { failed: '/b' }),
        '/b': decision('callOutcome', {}, { failed: '/a' }),
      },
    };
    const result = route(loop, '/', callRequest(), NOW);
    expect(result).toMatchObject({
      ok: false,
      status: 500,
      message: expect.stringContaining('loops'),
    });
    expect(result.steps).toHaveLength(MAX_DECISIONS);
  });

  it('answers a plain error for an outlet leading nowhere and for an unknown time zone', () => {
    const broken: RouteTable = {
      entry: '/',
      routes: {
        '/': decision('callOutcome', {}, { failed: '/gone.xml' }),
        '/tz': decision('checkHours', { mon: '09:00–17:00', timeZone: 'Mars/Olympus' }, {}),
      },
    };
    expect(route(broken, '/', callRequest(), NOW)).toMatchObject({
      ok: false,
      status: 500,
      message: 'The flow leads to /gone.xml, which it does not have.',
    });
    expect(route(broken, '/tz', callRequest(), NOW)).toMatchObject({
      ok: false,
      status: 500,
      message: 'The time zone “Mars/Olympus” of the flow is not known to this server.',
    });
  });
});

describe('tableFromDocuments', () => {
  it('serves each document at its file name and main.xml at /', () => {
    const t = tableFromDocuments([
      { fileName: 'main.xml', xml: 'A' },
      { fileName: 'after-input.xml', xml: 'B' },
    ]);
    expect(route(t, '/', callRequest(), NOW)).toMatchObject({ ok: true, xml: 'A' });
    expect(route(t, '/after-input.xml', callRequest(), NOW)).toMatchObject({ ok: true, xml: 'B' });
  });
});

describe('parseRouteTable', () => {
  it('accepts a table that went through JSON', () => {
    expect(parseRouteTable(JSON.parse(JSON.stringify(table)))).toEqual({ table });
  });

  it.each([
    ['not an object', 'x', 'The flow has no routes.'],
    ['no entry', { routes: {} }, 'The flow does not say where calls start.'],
    [
      'a missing entry',
      { routes: {}, entry: '/' },
      'Calls start at /, which the flow does not have.',
    ],
    [
      'a relative path',
      { routes: { a: { kind: 'document', xml: '' } }, entry: 'a' },
      'The path “a” does not start with /.',
    ],
    [
      'a document without XML',
      { routes: { '/': { kind: 'document' } }, entry: '/' },
      'The document at / has no XML.',
    ],
    [
      'request values that are not names',
      { routes: { '/': { kind: 'document', xml: '', requestValues: 'RecordingUrl' } }, entry: '/' },
      'The request values at / are not a list of names.',
    ],
    [
      'an unknown kind',
      { routes: { '/': { kind: 'script' } }, entry: '/' },
      'The route / is neither a document nor a decision.',
    ],
    [
      'an unknown decision',
      {
        routes: { '/': { kind: 'decision', decision: { kind: 'eval' }, outlets: {} } },
        entry: '/',
      },
      'The decision at / is not one this server knows.',
    ],
    [
      'hours out of range',
      {
        routes: {
          '/': {
            kind: 'decision',
            decision: {
              kind: 'checkHours',
              timeZone: 'UTC',
              week: { mon: [{ start: 0, end: 2000 }] },
              closures: [],
            },
            outlets: {},
          },
        },
        entry: '/',
      },
      'The decision at / is not one this server knows.',
    ],
    [
      'an outlet to nowhere',
      {
        routes: {
          '/': { kind: 'decision', decision: { kind: 'callOutcome' }, outlets: { busy: '/x' } },
        },
        entry: '/',
      },
      'The decision at / leads to /x, which the flow does not have.',
    ],
  ])('refuses %s', (_name, value, error) => {
    expect(parseRouteTable(value)).toEqual({ error });
  });
});
