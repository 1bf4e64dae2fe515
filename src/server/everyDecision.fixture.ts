/**
 * A flow with every decision kind, built as the serializer will build it (decisions read from
 * node fields with `readDecision`, documents as `tableFromDocuments` serves them). Shared by the
 * flow server's tests and its load benchmark. Outcomes do not depend on the clock: one Check hours
 * is open at every hour, one never opens, one is closed for the holidays on every date.
 */
import { readDecision } from '../decisions/read';
import { DAYS, type DecisionKind } from '../schema/decisions';
import { tableFromDocuments, type Route, type RouteTable } from '../router';

export const BLOCKED_NUMBER = '+14155550199';

const doc = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n${body}\n</Response>\n`;

export const DOCUMENTS = {
  'blocked.xml': doc('  <Reject reason="busy"/>'),
  'welcome.xml': doc(
    '  <Gather action="/menu" numDigits="1">\n    <Say>Welcome. Press 1 for sales.</Say>\n  </Gather>',
  ),
  'closed.xml': doc('  <Say>We are closed. Please call again during opening hours.</Say>'),
  'holiday.xml': doc('  <Say>We are closed for the holidays.</Say>'),
  'sales.xml': doc('  <Dial action="/outcome" timeout="20">+14155550100</Dial>'),
  'bye.xml': doc('  <Say>Thank you for calling. Goodbye.</Say>'),
  'voicemail.xml': doc(
    '  <Say>Nobody could answer. Leave a message after the tone.</Say>\n  <Record/>',
  ),
} as const;

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EVERY_DATE = MONTHS.flatMap((month, index) =>
  Array.from({ length: MONTH_DAYS[index]! }, (_, day) => `${day + 1} ${month}`),
).join('\n');

function decision(
  kind: DecisionKind,
  fields: Record<string, string>,
  outlets: Record<string, string>,
  name?: string,
): Route {
  const read = readDecision(kind, fields);
  return { kind: 'decision', decision: read.decision, outlets, ...(name ? { name } : {}) };
}

const allWeek = (hours: string) => Object.fromEntries(DAYS.map((day) => [day, hours]));

/** The flow; `documents` replaces some documents' bytes (for hostile text). */
export function everyDecisionTable(
  documents: Partial<Record<keyof typeof DOCUMENTS, string>> = {},
  label?: string,
): RouteTable {
  const files = Object.entries({ ...DOCUMENTS, ...documents }).map(([fileName, xml]) => ({
    fileName,
    xml,
  }));
  const served = tableFromDocuments(files);
  const hoursOutlets = { open: '/welcome.xml', closed: '/closed.xml', holiday: '/holiday.xml' };
  return {
    entry: '/',
    routes: {
      ...served.routes,
      '/': decision(
        'checkCaller',
        { numbers: BLOCKED_NUMBER, prefixes: '+1900', withheld: 'true' },
        { matches: '/blocked.xml', otherwise: '/hours' },
        label,
      ),
      '/hours': decision(
        'checkHours',
        { ...allWeek('00:00–24:00'), timeZone: 'Europe/Paris' },
        hoursOutlets,
      ),
      '/hours-never': decision('checkHours', { timeZone: 'America/New_York' }, hoursOutlets),
      '/hours-holiday': decision(
        'checkHours',
        { ...allWeek('00:00–24:00'), timeZone: 'Australia/Sydney', closedOn: EVERY_DATE },
        hoursOutlets,
      ),
      '/menu': decision(
        'menu',
        { keys: '1 2 * 42' },
        { 'key:1': '/sales.xml', 'key:*': '/bye.xml', other: '/welcome.xml' },
      ),
      '/outcome': decision(
        'callOutcome',
        {},
        {
          answered: '/bye.xml',
          busy: '/voicemail.xml',
          noAnswer: '/voicemail.xml',
          failed: '/voicemail.xml',
        },
      ),
    },
  };
}
