import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateFlow } from '../test/generateFlow';
import { serializeFlow } from '../xml/serialize';
import { DAYS, type Decision } from '../schema/decisions';
import { callRequest } from './request';
import {
  MAX_DECISIONS,
  UNCONNECTED_DOCUMENT,
  route,
  tableFromDocuments,
  type Route,
  type RouteTable,
} from './table';

const PATHS = ['/', '/a', '/b', '/c.xml', '/d.xml', '/__proto__', '/constructor'];
const OUTLETS = [
  'matches',
  'otherwise',
  'open',
  'closed',
  'holiday',
  'key:1',
  'key:*',
  'other',
  'answered',
  'busy',
  'noAnswer',
  'failed',
];

const range = fc.record({
  start: fc.integer({ min: 0, max: 1439 }),
  end: fc.integer({ min: 0, max: 1440 }),
});
const decisionArb: fc.Arbitrary<Decision> = fc.oneof(
  fc.record({
    kind: fc.constant('checkCaller' as const),
    numbers: fc.array(fc.oneof(fc.constantFrom('+14155550199', '+442079460018'), fc.string())),
    prefixes: fc.array(fc.constantFrom('+1', '+44', '+1900')),
    withheld: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('checkHours' as const),
    timeZone: fc.constantFrom(
      'UTC',
      'Europe/Paris',
      'America/New_York',
      'Pacific/Chatham',
      'Nowhere/Land',
      '',
    ),
    week: fc.record(
      Object.fromEntries(DAYS.map((day) => [day, fc.array(range, { maxLength: 3 })])) as never,
    ),
    closures: fc.array(
      fc.record({
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
        year: fc.option(fc.integer({ min: 2020, max: 2040 }), { nil: undefined }),
      }),
      { maxLength: 3 },
    ),
  }) as unknown as fc.Arbitrary<Decision>,
  fc.record({
    kind: fc.constant('menu' as const),
    keys: fc.array(fc.constantFrom('1', '2', '10', '*', '#')),
  }),
  fc.constant({ kind: 'callOutcome' as const }),
);

const routeArb: fc.Arbitrary<Route> = fc.oneof(
  fc.record({ kind: fc.constant('document' as const), xml: fc.string() }),
  fc.record({
    kind: fc.constant('decision' as const),
    decision: decisionArb,
    outlets: fc.dictionary(fc.constantFrom(...OUTLETS), fc.constantFrom(...PATHS, '/missing')),
  }),
);

const tableArb: fc.Arbitrary<RouteTable> = fc.record({
  routes: fc.dictionary(fc.constantFrom(...PATHS), routeArb),
  entry: fc.constantFrom(...PATHS),
});

const requestArb = fc.record({
  from: fc.oneof(
    fc.constantFrom(
      '',
      'anonymous',
      '+14155550199',
      '14155550199',
      'sip:+442079460018@h',
      'client:alice',
    ),
    fc.string(),
  ),
  digits: fc.oneof(fc.constantFrom('', '1', '10', '*', '#'), fc.string()),
  dialCallStatus: fc.oneof(
    fc.constantFrom('completed', 'busy', 'no-answer', 'failed', 'canceled'),
    fc.string(),
  ),
});

const dateArb = fc.date({
  min: new Date('1990-01-01T00:00:00Z'),
  max: new Date('2100-01-01T00:00:00Z'),
  noInvalidDate: true,
});

describe('route, for any table, path, request and time', () => {
  it('answers exactly one document or one plain error, and never throws', () => {
    fc.assert(
      fc.property(
        tableArb,
        fc.oneof(fc.constantFrom(...PATHS), fc.string()),
        requestArb,
        dateArb,
        (table, path, fields, now) => {
          const result = route(table, path, callRequest(fields), now);
          expect(result.steps.length).toBeLessThanOrEqual(MAX_DECISIONS);
          if (result.ok) {
            const documents = Object.values(table.routes).flatMap((r) =>
              r.kind === 'document' ? [r.xml] : [],
            );
            expect([...documents, UNCONNECTED_DOCUMENT]).toContain(result.xml);
            if (result.path !== null)
              expect(table.routes[result.path]).toEqual({ kind: 'document', xml: result.xml });
          } else {
            expect([404, 500]).toContain(result.status);
            expect(result.message).toMatch(/^[^\n]+\.$/);
            expect(result.message).not.toMatch(/^\s*at /m);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('a table with no decisions', () => {
  it('serves exactly the documents it holds, each at its path', () => {
    const documents = fc.uniqueArray(
      fc.record({ fileName: fc.stringMatching(/^[a-z0-9-]{1,12}\.xml$/), xml: fc.string() }),
      {
        selector: (d) => d.fileName,
        minLength: 1,
        maxLength: 8,
      },
    );
    fc.assert(
      fc.property(documents, requestArb, dateArb, (docs, fields, now) => {
        const table = tableFromDocuments(docs);
        for (const { fileName, xml } of docs) {
          expect(route(table, `/${fileName}`, callRequest(fields), now)).toEqual({
            ok: true,
            path: `/${fileName}`,
            xml,
            steps: [],
          });
        }
        expect(route(table, '/', callRequest(fields), now)).toMatchObject({
          ok: true,
          xml: docs[0]!.xml,
        });
        expect(route(table, '/not-there.txt', callRequest(fields), now)).toMatchObject({
          ok: false,
          status: 404,
        });
      }),
    );
  });

  it('serves exactly what the static export writes, for generated flows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 40 }),
        (seed, verbs) => {
          const exported = serializeFlow(generateFlow({ seed, verbs }));
          const table = tableFromDocuments(exported);
          for (const { fileName, xml } of exported) {
            const result = route(table, `/${fileName}`, callRequest(), new Date());
            expect(result.ok && result.xml).toBe(xml);
          }
          const entry = route(table, '/', callRequest(), new Date());
          expect(entry.ok && entry.xml).toBe(exported[0]!.xml);
        },
      ),
      { numRuns: 50 },
    );
  });
});
