/**
 * The download of a flow drawn in the designer, end to end: the flow is built through the model
 * operations the canvas and inspector call, turned into the route table the Download button
 * uses (tableFromFlow), packaged, started with `node flow-server.mjs` and called over HTTP. Every
 * answer is byte for byte a document the preview shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFlowServerRuntime } from '../../vite/flowServerPlugin';
import { tableFromFlow } from '../router/flowTable';
import { BLOCKED, frontDesk } from '../test/frontDesk';
import { serializeFlow } from '../xml/serialize';
import { startChildServer, type ChildServer } from './childServer';
import { flowServerFiles } from './package';

const { flow } = frontDesk({ name: 'Front desk' });
const documents = new Map(serializeFlow(flow).map((d) => [d.fileName, d.xml]));
let server: ChildServer;

beforeAll(async () => {
  const runtime = await buildFlowServerRuntime();
  server = await startChildServer(flowServerFiles(tableFromFlow(flow), flow.name, runtime));
});

afterAll(async () => {
  await server?.stop();
});

async function call(path: string, fields: Record<string, string>, as: 'form' | 'json' = 'form') {
  const response = await fetch(`${server.origin}${path}`, {
    method: 'POST',
    headers: {
      'content-type': as === 'form' ? 'application/x-www-form-urlencoded' : 'application/json',
    },
    body: as === 'form' ? new URLSearchParams(fields).toString() : JSON.stringify(fields),
  });
  return { status: response.status, body: await response.text() };
}

describe('a drawn flow, downloaded and run', () => {
  it('writes one document per branch, named after the nodes', () => {
    expect([...documents.keys()]).toEqual([
      'blocked.xml',
      'welcome.xml',
      'closed.xml',
      'sales.xml',
      'bye.xml',
      'voicemail.xml',
    ]);
    expect(documents.get('welcome.xml')).toMatch(/<Gather action="menu" numDigits="1">/);
    expect(documents.get('sales.xml')).toMatch(/<Dial action="call-outcome"/);
  });

  it('refuses the blocked number with busy at the root, and welcomes everyone else', async () => {
    expect(await call('/', { From: BLOCKED })).toEqual({
      status: 200,
      body: documents.get('blocked.xml'),
    });
    expect(documents.get('blocked.xml')).toContain('<Reject reason="busy"/>');
    expect((await call('/', { From: 'anonymous' })).body).toBe(documents.get('blocked.xml'));
    expect((await call('/', { From: '+33612345678' })).body).toBe(documents.get('welcome.xml'));
  });

  it('follows the Gather into the Menu, and the Dial into its Call outcome, at the URLs written', async () => {
    expect((await call('/menu', { Digits: '1' }, 'json')).body).toBe(documents.get('sales.xml'));
    expect((await call('/menu', { Digits: '*' })).body).toBe(documents.get('bye.xml'));
    expect((await call('/call-outcome', { DialCallStatus: 'completed' })).body).toBe(
      documents.get('bye.xml'),
    );
    for (const status of ['busy', 'no-answer']) {
      expect((await call('/call-outcome', { DialCallStatus: status })).body).toBe(
        documents.get('voicemail.xml'),
      );
    }
  });

  it('ends the call with an empty document where an outlet is not connected', async () => {
    const anythingElse = await call('/menu', { Digits: '9' });
    expect(anythingElse.body).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<Response/>\n');
    const failed = await call('/call-outcome', { DialCallStatus: 'failed' });
    expect(failed.body).toBe(anythingElse.body);
  });

  it('serves every document by its name', async () => {
    for (const [name, xml] of documents) {
      const response = await fetch(`${server.origin}/${name}`);
      expect(await response.text()).toBe(xml);
    }
  });
});
