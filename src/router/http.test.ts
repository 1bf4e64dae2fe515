import { describe, expect, it } from 'vitest';
import { collectBytes } from './body';
import { answer, createHandler, handle, type RequestLog } from './http';
import { BASE, NOW, call, post, table, xml } from './http.fixture';

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
