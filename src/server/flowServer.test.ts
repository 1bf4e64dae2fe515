/**
 * The flow server as a user downloads it: the runtime is built, written with a flow that uses
 * every decision kind, and started with `node flow-server.mjs` on a loopback port; real HTTP
 * requests in every body format the platforms send, and the bad requests they must survive.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pathToFileURL } from 'node:url';
import { rmSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { buildFlowServerRuntime } from '../../vite/flowServerPlugin';
import { enfonicaSignature, importEnfonicaKey, type RouteTable } from '../router';
import { startChildServer, runUntilExit, writeDownload, type ChildServer } from './childServer';
import type { FlowServerRuntime } from './entries';
import { BLOCKED_NUMBER, DOCUMENTS, everyDecisionTable } from './everyDecision.fixture';
import { FETCH_SERVER_FILE, flowServerFiles } from './package';
import { createFlow } from '../model/flow';
import { addHandOffEmail } from '../model/handOffEmail';
import { addNode } from '../model/operations';
import { START_NODE_ID } from '../schema/flow';
import { tableFromFlow } from '../router/flowTable';
import { serializeFlow } from '../xml/serialize';

let runtime: FlowServerRuntime;
let server: ChildServer;
const started: ChildServer[] = [];

async function start(table: RouteTable, name: string, env: Record<string, string> = {}) {
  const child = await startChildServer(flowServerFiles(table, name, runtime), env);
  started.push(child);
  return child;
}

beforeAll(async () => {
  runtime = await buildFlowServerRuntime();
  server = await start(everyDecisionTable(), 'Front desk');
});

afterAll(async () => {
  await Promise.all(started.map((child) => child.stop()));
});

async function send(path: string, init: RequestInit = {}, origin = server.origin) {
  const response = await fetch(`${origin}${path}`, init);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: await response.text(),
  };
}

const form = (fields: Record<string, string>): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});
const json = (value: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value),
});

/** A plain one-line answer: one sentence and a newline, no stack frame. */
function expectOneLine(body: string) {
  expect(body).toMatch(/^[^\n]+\n$/);
  expect(body).not.toMatch(/\bat .+:\d+|Error:|node:/);
}

describe('flow-server.mjs started with node', () => {
  it('prints where it listens and what to do with the address', () => {
    expect(server.stdout()).toMatch(
      /^Flow server for "Front desk" listening on http:\/\/127\.0\.0\.1:\d+\/ — point your phone number's voice URL at it\n/,
    );
  });

  it('answers a GET with a query string (RCML): the blocked caller gets busy, others the welcome', async () => {
    const blocked = await send(`/?From=${encodeURIComponent(BLOCKED_NUMBER)}&To=%2B15550001`);
    expect(blocked).toEqual({
      status: 200,
      type: 'text/xml; charset=utf-8',
      body: DOCUMENTS['blocked.xml'],
    });
    const welcome = await send('/?From=%2B33612345678');
    expect(welcome.body).toBe(DOCUMENTS['welcome.xml']);
  });

  it('answers a url-encoded POST (RCML), with the number as people type it', async () => {
    expect((await send('/', form({ From: '+1 (415) 555-0199' }))).body).toBe(
      DOCUMENTS['blocked.xml'],
    );
    expect((await send('/', form({ From: '+33612345678' }))).body).toBe(DOCUMENTS['welcome.xml']);
  });

  it('answers a multipart POST (RCML): a withheld caller matches', async () => {
    const body = new FormData();
    body.set('From', 'anonymous');
    body.set('CallSid', 'CA1');
    expect((await send('/', { method: 'POST', body })).body).toBe(DOCUMENTS['blocked.xml']);
  });

  it('answers FlexML JSON after a Gather: one document per key, multi-digit and *, else “Anything else”', async () => {
    expect((await send('/menu', json({ From: '+33612345678', Digits: '1' }))).body).toBe(
      DOCUMENTS['sales.xml'],
    );
    expect((await send('/menu', json({ Digits: '*' }))).body).toBe(DOCUMENTS['bye.xml']);
    expect((await send('/menu', json({ Digits: '9' }))).body).toBe(DOCUMENTS['welcome.xml']);
  });

  it('answers VoiceML JSON ({ call, parameters })', async () => {
    const blocked = await send(
      '/',
      json({ call: { from: BLOCKED_NUMBER, to: '+15550001', state: 'RINGING' } }),
    );
    expect(blocked.body).toBe(DOCUMENTS['blocked.xml']);
  });

  it('decides every Check hours outlet and every Call outcome', async () => {
    expect((await send('/hours')).body).toBe(DOCUMENTS['welcome.xml']);
    expect((await send('/hours-never')).body).toBe(DOCUMENTS['closed.xml']);
    expect((await send('/hours-holiday')).body).toBe(DOCUMENTS['holiday.xml']);
    const outcome = async (status: string) =>
      (await send('/outcome', form({ DialCallStatus: status }))).body;
    expect(await outcome('completed')).toBe(DOCUMENTS['bye.xml']);
    for (const status of ['busy', 'no-answer', 'failed', 'canceled']) {
      expect(await outcome(status)).toBe(DOCUMENTS['voicemail.xml']);
    }
  });

  it('serves the documents by name, exactly', async () => {
    for (const [name, xml] of Object.entries(DOCUMENTS)) {
      expect((await send(`/${name}`)).body).toBe(xml);
    }
  });

  it('answers bad requests with one plain line, and keeps running', async () => {
    const big = 'From=%2B1&x=' + 'a'.repeat(100 * 1024);
    const declared = await send('/', { ...form({}), body: big });
    expect(declared.status).toBe(413);
    expectOneLine(declared.body);
    // Sent in chunks with no length announced: reading stops at the limit.
    const chunk = new TextEncoder().encode('a'.repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await send('/', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expectOneLine(streamed.body);
    const unknown = await send('/nowhere.xml');
    expect(unknown.status).toBe(404);
    expectOneLine(unknown.body);
    // A path that starts with // is a path, not another host's address.
    const doubled = await send('//menu');
    expect(doubled).toMatchObject({ status: 404, body: 'No page at //menu in this flow.\n' });
    const wrongMethod = await send('/', { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
    expectOneLine(wrongMethod.body);
    const malformed = await send('/', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"From": ',
    });
    expect(malformed.status).toBe(400);
    expectOneLine(malformed.body);
    const alive = await send('/?From=%2B33612345678');
    expect(alive.body).toBe(DOCUMENTS['welcome.xml']);
  });

  it('answers HEAD without a body, and something that is not HTTP with one plain line', async () => {
    const head = await fetch(`${server.origin}/?From=%2B33612345678`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const { port } = new URL(server.origin);
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.end('HELLO\r\n\r\n'));
      let text = '';
      socket.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      socket.on('close', () => resolve(text)).on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(reply.split('\r\n\r\n')[1]).toBe(
      'This is not an HTTP request the flow server can read.\n',
    );
    expect((await send('/?From=%2B33612345678')).body).toBe(DOCUMENTS['welcome.xml']);
  });

  it('logs one line per request: route, decision, outlet, status; no caller number by default', async () => {
    await send(`/?From=${encodeURIComponent(BLOCKED_NUMBER)}`);
    await vi.waitFor(() => expect(server.stdout()).toMatch(/ GET \/ 200 \/ checkCaller=matches/));
    const lines = server.stdout().trim().split('\n');
    expect(
      lines.some((line) =>
        / GET \/ 200 \/ checkCaller=matches → \/blocked\.xml served \/blocked\.xml$/.test(line),
      ),
    ).toBe(true);
    expect(
      lines.some((line) => / GET \/hours 200 \/hours checkHours=open → \/welcome\.xml/.test(line)),
    ).toBe(true);
    expect(lines.some((line) => / POST \/ 413 error: /.test(line))).toBe(true);
    expect(server.stdout()).not.toMatch(/4155550199|33612345678|anonymous/);
    expect(server.stderr()).toBe('');
  });
});

describe('settings and start-up', () => {
  it('logs caller data only when LOG_CALLER_DATA=1', async () => {
    const child = await start(everyDecisionTable(), 'Front desk', { LOG_CALLER_DATA: '1' });
    await send('/menu', form({ From: BLOCKED_NUMBER, Digits: '42' }), child.origin);
    // The line is written as the answer leaves: wait for it rather than race it.
    await vi.waitFor(() => expect(child.stdout()).toContain('/menu menu=key:42'));
    expect(child.stdout()).toContain(`from="${BLOCKED_NUMBER}"`);
    expect(child.stdout()).toContain('digits="42"');
  });

  it('checks the Enfonica signature when a signing key is set', async () => {
    const secret = btoa(
      String.fromCharCode(...Array.from({ length: 64 }, (_, i) => (i * 37 + 11) % 256)),
    );
    const child = await start(everyDecisionTable(), 'Signed', { ENFONICA_SIGNING_KEY: secret });
    const key = (await importEnfonicaKey(secret))!;
    const body = JSON.stringify({ call: { from: BLOCKED_NUMBER }, parameters: {} });
    const url = `${child.origin}/`;
    const signature = await enfonicaSignature(key, url, 'CALL', new TextEncoder().encode(body));
    const headers = { 'content-type': 'application/json', 'x-enfonica-event': 'CALL' };
    const signed = await send(
      '/',
      { method: 'POST', body, headers: { ...headers, 'x-enfonica-signature': signature } },
      child.origin,
    );
    expect(signed).toMatchObject({ status: 200, body: DOCUMENTS['blocked.xml'] });
    const unsigned = await send('/', { method: 'POST', body, headers }, child.origin);
    expect(unsigned.status).toBe(403);
    expectOneLine(unsigned.body);
    const tampered = body.replace(BLOCKED_NUMBER, '+33612345678');
    const wrong = await send(
      '/',
      {
        method: 'POST',
        body: tampered,
        headers: { ...headers, 'x-enfonica-signature': signature },
      },
      child.origin,
    );
    expect(wrong.status).toBe(403);
  });

  it('serves below BASE_PATH and checks signatures against PUBLIC_ORIGIN behind a proxy', async () => {
    const secret = btoa('s'.repeat(64));
    const child = await start(everyDecisionTable(), 'Proxied', {
      ENFONICA_SIGNING_KEY: secret,
      BASE_PATH: '/phone',
      PUBLIC_ORIGIN: 'https://flows.example.com',
    });
    const key = (await importEnfonicaKey(secret))!;
    const body = JSON.stringify({ call: { from: '+33612345678' }, parameters: { digits: '1' } });
    const signature = await enfonicaSignature(
      key,
      'https://flows.example.com/phone/menu',
      'CALL',
      new TextEncoder().encode(body),
    );
    const headers = {
      'content-type': 'application/json',
      'x-enfonica-event': 'CALL',
      'x-enfonica-signature': signature,
    };
    const signed = await send('/phone/menu', { method: 'POST', body, headers }, child.origin);
    expect(signed).toMatchObject({ status: 200, body: DOCUMENTS['sales.xml'] });
  });

  it('serves hostile user text as exact bytes: </script>, ${, backticks, U+2028/2029, quotes, backslashes', async () => {
    const hostile =
      'Hi </script><script>alert(1)</script> ${process.exit(1)} `whoami` \u2028\u2029 "\\" \' \u{1F600}';
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n  <Say>${hostile}</Say>\n</Response>\n`;
    const table = everyDecisionTable({ 'welcome.xml': xml }, hostile);
    const child = await start(table, `Flow ${hostile}\nforged log line`);
    expect((await send('/?From=%2B33612345678', {}, child.origin)).body).toBe(xml);
    expect(child.stdout().split('\n')[0]).toContain('listening on');
    expect(child.stdout()).not.toContain('\nforged log line');
  });

  it('writes the recording’s link into “Email me the recording”, from the request the platform sends', async () => {
    const record = addNode(createFlow(), 'record', { x: 0, y: 0 }, { after: START_NODE_ID });
    const flow = addHandOffEmail(record.flow, record.nodeId).flow;
    const email = serializeFlow(flow).find((d) => d.xml.includes('<Email'))!;
    const child = await start(tableFromFlow(flow), 'Voicemail');
    const url = 'https://rec.example.com/RE1.wav?x=1&y=<2>';
    const after = await send(
      `/${email.fileName}`,
      form({ CallSid: 'CA1', RecordingUrl: url, RecordingDuration: '7' }),
      child.origin,
    );
    expect(after.status).toBe(200);
    expect(after.body).toBe(
      email.xml.replace('{RecordingUrl}', 'https://rec.example.com/RE1.wav?x=1&amp;y=&lt;2&gt;'),
    );
    // The same document asked for without a recording is served as written.
    expect((await send(`/${email.fileName}`, {}, child.origin)).body).toBe(email.xml);
  });

  it('refuses to start with a damaged flow, in one plain sentence and no stack', async () => {
    const damaged = {
      entry: '/',
      routes: {
        '/': {
          kind: 'decision',
          decision: { kind: 'menu', keys: ['1'] },
          outlets: { 'key:1': '/gone.xml' },
        },
      },
    };
    const files = flowServerFiles(damaged as unknown as RouteTable, 'Broken', runtime);
    const result = await runUntilExit(files);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'The flow server did not start. The flow written into this file is damaged: The decision at / leads to /gone.xml, which the flow does not have.\n',
    );
  });

  it('refuses to start with a time zone the server does not know', async () => {
    const table = everyDecisionTable();
    const hours = table.routes['/hours'];
    if (hours?.kind !== 'decision' || hours.decision.kind !== 'checkHours')
      throw new Error('fixture');
    const routes = {
      ...table.routes,
      '/hours': { ...hours, decision: { ...hours.decision, timeZone: 'Mars/Olympus_Mons' } },
    };
    const result = await runUntilExit(flowServerFiles({ ...table, routes }, 'Mars', runtime));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'The flow server did not start. The time zone “Mars/Olympus_Mons” of the decision at /hours is not one this server knows.\n',
    );
  });

  it('refuses a port that is not a number and a signing key that is not base64', async () => {
    const files = flowServerFiles(everyDecisionTable(), 'Front desk', runtime);
    expect((await runUntilExit(files, { PORT: 'eighty' })).stderr).toMatch(
      /^The flow server did not start\. PORT must be a number[^\n]*\n$/,
    );
    expect((await runUntilExit(files, { ENFONICA_SIGNING_KEY: 'not base64!' })).stderr).toMatch(
      /ENFONICA_SIGNING_KEY is not the base64 value/,
    );
  });

  it('stops cleanly on SIGTERM', async () => {
    const child = await startChildServer(
      flowServerFiles(everyDecisionTable(), 'Front desk', runtime),
    );
    expect(await child.stop()).toBe(0);
    expect(child.stdout()).toContain('SIGTERM: finishing the calls under way, then stopping.');
  });
});

describe('flow-worker.mjs, the fetch entry', () => {
  it('imports nothing and answers with the default and the named fetch export', async () => {
    const files = flowServerFiles(everyDecisionTable(), 'Front desk', runtime);
    const worker = files.find((file) => file.name === FETCH_SERVER_FILE)!;
    expect(worker.text).not.toMatch(/^\s*import\b/m);
    const folder = writeDownload(files);
    const module = (await import(
      /* @vite-ignore */ pathToFileURL(join(folder, FETCH_SERVER_FILE)).href
    )) as {
      default: { fetch(request: Request, env?: object): Promise<Response> };
      fetch(request: Request, env?: object): Promise<Response>;
    };
    rmSync(folder, { recursive: true, force: true });
    const blocked = await module.default.fetch(
      new Request(`https://flows.example/?From=${encodeURIComponent(BLOCKED_NUMBER)}`),
      {},
    );
    expect(await blocked.text()).toBe(DOCUMENTS['blocked.xml']);
    const menu = await module.fetch(
      new Request('https://flows.example/menu', form({ Digits: '1' })),
    );
    expect(await menu.text()).toBe(DOCUMENTS['sales.xml']);
    const unsigned = await module.default.fetch(
      new Request('https://flows.example/', json({ call: {} })),
      {
        ENFONICA_SIGNING_KEY: btoa('k'.repeat(64)),
      },
    );
    expect(unsigned.status).toBe(403);
  });
});
