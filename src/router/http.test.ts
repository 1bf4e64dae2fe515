import { describe, expect, it } from 'vitest';
import { readDecision } from '../decisions/read';
import { collectBytes } from './body';
import { answer, createHandler, handle, serve, type HandleOptions, type RequestLog } from './http';
import type { RouteTable } from './table';

const BASE = 'http://flows.test';
const NOW = () => new Date('2026-11-30T10:00:00Z');
const xml = (text: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Say>${text}</Say></Response>\n`;

const table: RouteTable = {
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

async function call(request: Request, options: HandleOptions = {}) {
  const { response, log } = await serve(table, request, { now: NOW, ...options });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: await response.text(),
    log,
    response,
  };
}
const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
  new Request(`${BASE}${path}`, { method: 'POST', body, headers });

describe('handle: every body format', () => {
  it('answers a GET with a query string (RCML) with the chosen document', async () => {
    const result = await call(new Request(`${BASE}/?From=%2B14155550199&To=%2B15550100`));
    expect(result).toMatchObject({
      status: 200,
      type: 'text/xml; charset=utf-8',
      body: xml('Blocked'),
    });
    expect(result.log).toEqual({
      method: 'GET',
      path: '/',
      status: 200,
      format: 'query',
      decisions: [{ path: '/', kind: 'checkCaller', outlet: 'matches', target: '/blocked.xml' }],
      document: '/blocked.xml',
    });
  });

  it('reads a url-encoded form (RCML POST)', async () => {
    const body = new URLSearchParams({ From: '+15550100', Digits: '1' });
    expect((await call(post('/menu', body))).body).toBe(xml('Sales'));
    const form = post('/', 'From=%2B14155550199', {
      'content-type': 'application/x-www-form-urlencoded; charset=UTF-8',
    });
    expect((await call(form)).body).toBe(xml('Blocked'));
  });

  it('reads a multipart form', async () => {
    const form = new FormData();
    form.set('Digits', '*');
    form.set('Recording', new Blob(['binary']), 'r.wav');
    const result = await call(post('/menu', form));
    expect(result).toMatchObject({ status: 200, body: xml('Blocked') });
    expect(result.log.format).toBe('multipart');
  });

  it('lets the form body win over the query string', async () => {
    expect((await call(post('/menu?Digits=*', new URLSearchParams({ Digits: '1' })))).body).toBe(
      xml('Sales'),
    );
  });

  it('reads FlexML’s JSON body', async () => {
    const body = JSON.stringify({ From: '14155550199', To: '15550100', CallSid: 'x' });
    const result = await call(post('/', body, { 'content-type': 'application/json' }));
    expect(result).toMatchObject({ status: 200, body: xml('Blocked') });
    expect(result.log.format).toBe('flexml');
  });

  it('reads VoiceML’s JSON body', async () => {
    const body = JSON.stringify({
      call: { from: '+33123456789', to: '+61255550100', state: 'IN_PROGRESS' },
      parameters: { action: 'INPUT', digits: '1' },
    });
    const result = await call(
      post('/menu', body, { 'content-type': 'application/json; charset=utf-8' }),
    );
    expect(result).toMatchObject({ status: 200, body: xml('Sales') });
    expect(result.log.format).toBe('voiceml');
  });

  it('reads a DialCallStatus and a withheld caller', async () => {
    expect((await call(new Request(`${BASE}/outcome?DialCallStatus=busy`))).body).toBe(
      xml('Blocked'),
    );
    expect((await call(post('/', new URLSearchParams({ From: 'restricted' })))).body).toBe(
      xml('Blocked'),
    );
  });

  it('serves documents by path, the entry at /, and HEAD without a body', async () => {
    expect((await call(new Request(`${BASE}/sales.xml`))).body).toBe(xml('Sales'));
    expect((await call(new Request(`${BASE}/`))).body).toBe(xml('Blocked'));
    const head = await call(new Request(`${BASE}/welcome.xml`, { method: 'HEAD' }));
    expect(head).toMatchObject({ status: 200, type: 'text/xml; charset=utf-8', body: '' });
  });

  it('strips a base path the hosting platform adds', async () => {
    const result = await call(new Request(`${BASE}/api/flow/sales.xml`), {
      basePath: '/api/flow/',
    });
    expect(result.body).toBe(xml('Sales'));
    expect((await call(new Request(`${BASE}/api/flow`), { basePath: '/api/flow' })).log.path).toBe(
      '/',
    );
  });
});

describe('handle: bad requests get one plain line', () => {
  const expectPlain = (
    result: Awaited<ReturnType<typeof call>>,
    status: number,
    message: string,
  ) => {
    expect(result.status).toBe(status);
    expect(result.type).toBe('text/plain; charset=utf-8');
    expect(result.body).toBe(`${message}\n`);
    expect(result.log).toMatchObject({ status, error: message });
  };

  it.each(['PUT', 'DELETE', 'PATCH', 'OPTIONS'])('405 for %s', async (method) => {
    const result = await call(new Request(`${BASE}/`, { method }));
    expectPlain(result, 405, 'Only GET and POST requests are answered here.');
    expect(result.response.headers.get('allow')).toBe('GET, HEAD, POST');
  });

  it('404 for an unknown route', async () => {
    expectPlain(
      await call(new Request(`${BASE}/nope.xml`)),
      404,
      'No page at /nope.xml in this flow.',
    );
  });

  it('413 when Content-Length says the body is over 64 KB', async () => {
    const request = post('/', 'From=1', { 'content-length': String(64 * 1024 + 1) });
    expectPlain(await call(request), 413, 'The request body is larger than 64 KB.');
  });

  it('413 when the bytes read go over 64 KB, whatever the headers say', async () => {
    const chunk = new Uint8Array(16 * 1024).fill(0x61);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 5) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const request = new Request(`${BASE}/`, {
      method: 'POST',
      body: stream,
      duplex: 'half',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    } as RequestInit);
    expectPlain(await call(request), 413, 'The request body is larger than 64 KB.');
    const exactly = post('/', 'a'.repeat(64 * 1024), {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect((await call(exactly)).status).toBe(200);
  });

  it.each([
    ['broken JSON', '{"From": ', 'application/json', 'The request body is not valid JSON.'],
    [
      'a JSON array',
      '[1,2]',
      'application/json',
      'The JSON body is not an object of call parameters.',
    ],
    ['JSON null', 'null', 'application/json', 'The JSON body is not an object of call parameters.'],
    [
      'broken multipart',
      '--x\r\nnot a part',
      'multipart/form-data; boundary=x',
      'The form body could not be read (broken multipart data).',
    ],
    [
      'multipart without boundary',
      'a=b',
      'multipart/form-data',
      'The form body could not be read (broken multipart data).',
    ],
  ])('400 for %s', async (_name, body, type, message) => {
    expectPlain(await call(post('/', body, { 'content-type': type })), 400, message);
  });

  it('400 for a form that is not UTF-8', async () => {
    const request = post('/', new Uint8Array([0x46, 0x72, 0x6f, 0x6d, 0x3d, 0xff, 0xfe]), {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expectPlain(await call(request), 400, 'The request body is not valid UTF-8 text.');
  });

  it('415 for a body of another type', async () => {
    const message =
      'Send the call parameters as a query string, a form (url-encoded or multipart) or JSON.';
    expectPlain(await call(post('/', '<x/>', { 'content-type': 'text/xml' })), 415, message);
  });

  it('500 with a plain sentence when the flow loops, never a stack', async () => {
    const loop: RouteTable = {
      entry: '/',
      routes: {
        '/': { kind: 'decision', decision: { kind: 'callOutcome' }, outlets: { failed: '/' } },
      },
    };
    const response = await handle(loop, new Request(`${BASE}/`));
    expect(response.status).toBe(500);
    expect(await response.text()).toMatch(
      /^The flow goes through more than 16 decisions in a row; it probably loops\.\n$/,
    );
  });

  it('500 with a plain sentence when something unexpected breaks', async () => {
    const broken = { entry: '/', routes: null } as unknown as RouteTable;
    const response = await handle(broken, new Request(`${BASE}/`));
    expect([response.status, await response.text()]).toEqual([
      500,
      'The flow server could not answer this request.\n',
    ]);
  });
});

describe('handle: logs', () => {
  const number = '+14155550199';
  const request = () =>
    post('/menu', new URLSearchParams({ From: number, To: '+15550100', Digits: '1' }));

  it('leave caller data out unless asked', async () => {
    const logs: RequestLog[] = [];
    await handle(table, request(), { now: NOW, onLog: (log) => logs.push(log) });
    expect(JSON.stringify(logs)).not.toContain('4155550199');
    expect(logs[0]).toMatchObject({
      path: '/menu',
      status: 200,
      decisions: [{ outlet: 'key:1' }],
      document: '/sales.xml',
    });
    expect(logs[0]).not.toHaveProperty('caller');
    await handle(table, request(), {
      now: NOW,
      logCallerData: true,
      onLog: (log) => logs.push(log),
    });
    expect(logs[1]!.caller).toEqual({
      from: number,
      to: '+15550100',
      digits: '1',
      dialCallStatus: '',
    });
  });

  it('a logger that throws does not cost the caller their answer', async () => {
    const response = await handle(table, request(), {
      onLog: () => {
        throw new Error('disk full');
      },
    });
    expect(await response.text()).toBe(xml('Sales'));
  });

  it('createHandler serves many requests with one clock', async () => {
    const fetch = createHandler(table, { now: NOW });
    const answers = await Promise.all(
      ['1', '*', '9'].map((d) =>
        fetch(new Request(`${BASE}/menu?Digits=${encodeURIComponent(d)}`)).then((r) => r.text()),
      ),
    );
    expect(answers).toEqual([xml('Sales'), xml('Blocked'), xml('Welcome')]);
  });
});

describe('answer: plain parts, as a Node entry feeds it', () => {
  async function* chunks(...parts: string[]) {
    for (const part of parts) yield new TextEncoder().encode(part);
  }
  const incoming = (parts: string[], headers: Record<string, string> = {}) => ({
    method: 'POST',
    url: `${BASE}/menu`,
    header: (name: string) => headers[name] ?? null,
    readBody: (limit: number) => collectBytes(chunks(...parts), limit),
  });

  it('answers from chunks read off a socket', async () => {
    const result = await answer(
      table,
      incoming(['Digits=', '1'], { 'content-type': 'application/x-www-form-urlencoded' }),
      {
        now: NOW,
      },
    );
    expect(result).toMatchObject({
      status: 200,
      body: xml('Sales'),
      headers: { 'content-type': 'text/xml; charset=utf-8' },
    });
  });

  it('stops reading at the limit', async () => {
    const big = incoming(['a'.repeat(40_000), 'a'.repeat(40_000), 'never read']);
    expect(await answer(table, big)).toMatchObject({
      status: 413,
      body: 'The request body is larger than 64 KB.\n',
    });
  });
});
