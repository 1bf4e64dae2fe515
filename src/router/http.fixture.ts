/** A small flow and request helpers shared by the HTTP handler's tests. */
import { readDecision } from '../decisions/read';
import { serve, type HandleOptions } from './http';
import type { RouteTable } from './table';

export const BASE = 'http://flows.test';
export const NOW = () => new Date('2026-11-30T10:00:00Z');
export const xml = (text: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Say>${text}</Say></Response>\n`;

export const table: RouteTable = {
  entry: '/',
  routes: {
    '/': {
      kind: 'decision',
      decision: readDecision('checkCaller', { numbers: '+14155550199', withheld: 'true' }).decision,
      outlets: { matches: '/blocked.xml', otherwise: '/welcome.xml' },
    },
    '/menu': {
      kind: 'decision',
      decision: readDecision('menu', { keys: '1 *' }).decision,
      outlets: { 'key:1': '/sales.xml', 'key:*': '/blocked.xml', other: '/welcome.xml' },
    },
    '/outcome': {
      kind: 'decision',
      decision: { kind: 'callOutcome' },
      outlets: { busy: '/blocked.xml', answered: '/welcome.xml' },
    },
    '/blocked.xml': { kind: 'document', xml: xml('Blocked') },
    '/welcome.xml': { kind: 'document', xml: xml('Welcome') },
    '/sales.xml': { kind: 'document', xml: xml('Sales') },
  },
};

export async function call(request: Request, options: HandleOptions = {}) {
  const { response, log } = await serve(table, request, { now: NOW, ...options });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: await response.text(),
    log,
    response,
  };
}
export const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
  new Request(`${BASE}${path}`, { method: 'POST', body, headers });
