import { describe, expect, it } from 'vitest';
import { handle } from './http';
import { BASE, call, post } from './http.fixture';
import type { RouteTable } from './table';

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
