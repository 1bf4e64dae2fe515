/**
 * What every request goes through before a route does anything: the cross-site check (before
 * the body is read), the content type, the body's size limit (enforced while reading) and its
 * JSON. On both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './test/harness.fixture';
import { testEngines } from './test/engines.fixture';
import { testFlow } from './test/records.fixture';
import type { UserRecord } from './storage/types';

/** A body that counts how much of it was read, sent without a Content-Length. */
function countedStream(chunks: number, chunkBytes: number) {
  const read = { chunks: 0 };
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === chunks) return controller.close();
      sent += 1;
      read.chunks = sent;
      controller.enqueue(new TextEncoder().encode(' '.repeat(chunkBytes)));
    },
  });
  return { stream, read };
}

describe.each(testEngines())('requests on $name', (engine) => {
  let harness: Harness;
  let editor: UserRecord;

  beforeAll(async () => {
    harness = await openHarness(engine, { publicOrigin: 'https://studio.example.com' });
    await harness.person('owner');
    editor = await harness.person('editor');
  });
  afterAll(async () => {
    await harness?.close();
  });

  describe('cross-site requests', () => {
    it('refuses a state change with the cookie from another origin, and changes nothing', async () => {
      const flow = testFlow('Cross-site');
      const response = await harness.call('POST', '/api/flows', {
        cookie: await harness.sessionCookie(editor),
        origin: 'https://evil.example',
        body: { flow },
      });
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: 'Cross-site requests are refused.' });
      expect(await harness.storage.readFlow(flow.id)).toBeUndefined();
    });

    it('refuses a state change with the cookie and no Origin', async () => {
      const cookie = await harness.sessionCookie(editor);
      const response = await harness.call('POST', '/api/sign-out', { cookie, origin: null });
      expect(response.status).toBe(403);
      // Still signed in: nothing was done.
      expect((await harness.call('GET', '/api/people', { cookie })).status).toBe(200);
    });

    it('refuses a cross-site sign-in (login forgery) even without a cookie', async () => {
      const response = await harness.call('POST', '/api/sign-in', {
        origin: 'https://evil.example',
        body: { email: editor.email, password: 'whatever it is' },
      });
      expect(response.status).toBe(403);
    });

    it('refuses before reading the body', async () => {
      const { stream, read } = countedStream(100, 1024);
      const response = await harness.app.request('/api/flows', {
        method: 'POST',
        headers: {
          origin: 'https://evil.example',
          cookie: await harness.sessionCookie(editor),
          'content-type': 'application/json',
        },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(403);
      expect(read.chunks).toBeLessThanOrEqual(1);
    });

    it('accepts the own origin, PUBLIC_ORIGIN, and a token without any Origin', async () => {
      const cookie = await harness.sessionCookie(editor);
      const create = (origin: string | null, extra = {}) =>
        harness.call('POST', '/api/flows', {
          cookie,
          origin,
          body: { flow: testFlow() },
          ...extra,
        });
      expect((await create('http://localhost')).status).toBe(201);
      expect((await create('https://studio.example.com')).status).toBe(201);
      const { token } = await harness.apiToken(editor);
      expect((await create(null, { cookie: undefined, token })).status).toBe(201);
    });

    it('lets a GET through from anywhere (it changes nothing)', async () => {
      const response = await harness.call('GET', '/api/session', {
        origin: 'https://evil.example',
      });
      expect(response.status).toBe(200);
    });
  });

  describe('bodies', () => {
    it('refuses a body that is not JSON with 415', async () => {
      const response = await harness.call('POST', '/api/tokens', {
        cookie: await harness.sessionCookie(editor),
        body: 'name=script',
        contentType: 'application/x-www-form-urlencoded',
      });
      expect(response.status).toBe(415);
      expect((await response.json()).error).toMatch(/application\/json/);
    });

    it('refuses a body over 16 KiB with 413, by its Content-Length', async () => {
      const response = await harness.call('POST', '/api/tokens', {
        cookie: await harness.sessionCookie(editor),
        body: { name: 'x'.repeat(17 * 1024) },
      });
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({
        error: 'This request is too large (the limit is 16 KiB).',
      });
    });

    it('cuts off a body with no Content-Length as soon as it passes the limit', async () => {
      const { stream, read } = countedStream(1000, 1024);
      const response = await harness.app.request('/api/tokens', {
        method: 'POST',
        headers: {
          origin: 'http://localhost',
          cookie: await harness.sessionCookie(editor),
          'content-type': 'application/json',
        },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(413);
      expect(read.chunks).toBeLessThan(20);
    });

    it('cuts off a body that claims to be smaller than it is', async () => {
      const { stream, read } = countedStream(1000, 1024);
      const response = await harness.app.request('/api/tokens', {
        method: 'POST',
        headers: {
          origin: 'http://localhost',
          cookie: await harness.sessionCookie(editor),
          'content-type': 'application/json',
          'content-length': '20',
        },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(413);
      expect(read.chunks).toBeLessThan(20);
    });

    it('takes a flow of more than 16 KiB, and refuses one over 8 MiB', async () => {
      const cookie = await harness.sessionCookie(editor);
      const flow = { ...testFlow(), name: 'n'.repeat(20 * 1024) };
      expect((await harness.call('POST', '/api/flows', { cookie, body: { flow } })).status).toBe(
        201,
      );
      const huge = { ...testFlow(), name: 'n'.repeat(8 * 1024 * 1024) };
      const response = await harness.call('POST', '/api/flows', { cookie, body: { flow: huge } });
      expect(response.status).toBe(413);
      expect((await response.json()).error).toBe('This request is too large (the limit is 8 MiB).');
    });

    it('answers 400 for JSON that is broken, not an object, or lacks a field, naming it', async () => {
      const cookie = await harness.sessionCookie(editor);
      const post = (body: unknown) => harness.call('POST', '/api/tokens', { cookie, body });
      const broken = await post('{"name": ');
      expect(broken.status).toBe(400);
      expect((await broken.json()).error).toBe('The request body is not valid JSON.');
      expect((await post('[1]')).status).toBe(400);
      const missing = await post({});
      expect(missing.status).toBe(400);
      expect((await missing.json()).error).toMatch(/"name"/);
    });
  });

  it('answers a failure inside with 500 and one plain sentence; the log gets its kind only', async () => {
    const broken = await openHarness(engine);
    const cookie = await broken.sessionCookie(await broken.person('viewer'));
    await broken.close(); // every query now fails
    const response = await broken.call('GET', '/api/flows', { cookie });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      error: 'Something went wrong on the server. Try again in a moment.',
    });
    expect(broken.log[0]).toMatch(/^Error on GET \/api\/flows: \w+/);
    expect(broken.log[0]).not.toContain(cookie.split('=')[1]!);
    expect(broken.log[1]).toMatch(/^GET \/api\/flows 500 /);
  });

  it('answers an unknown API route with 404 in JSON', async () => {
    const response = await harness.call('GET', '/api/nothing-here');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'There is no such API route.' });
  });
});
