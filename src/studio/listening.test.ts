/**
 * The app behind a real listening Node server, on both engines: a chunked body with no
 * Content-Length is cut off at the limit (413), and sign-in limits count the socket's address.
 */
import { serve } from '@hono/node-server';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudioApp } from './app';
import { startSession } from './services/sessions';
import { testEngines, type OpenedStorage } from './test/engines.fixture';
import { userRecord } from './test/records.fixture';

/** POSTs `chunks` chunks of 1 KiB, chunked (no Content-Length), and answers the status. */
function postChunked(port: number, path: string, headers: Record<string, string>, chunks: number) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { ...headers, 'transfer-encoding': 'chunked' },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8').on('data', (text: string) => (body += text));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    outgoing.on('error', reject);
    const chunk = Buffer.alloc(1024, 0x20);
    let written = 0;
    const writeMore = () => {
      while (written < chunks) {
        written += 1;
        if (!outgoing.write(chunk)) return void outgoing.once('drain', writeMore);
      }
      outgoing.end();
    };
    writeMore();
  });
}

describe.each(testEngines())('a listening server on $name', (engine) => {
  let opened: OpenedStorage;
  let server: ReturnType<typeof serve>;
  let port: number;

  beforeAll(async () => {
    opened = await engine.open();
    const app = createStudioApp({
      storage: opened.storage,
      staticDir: '/nonexistent',
      log: () => {},
    });
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await opened?.close();
  });

  it('cuts off a chunked body with no Content-Length at the limit: 413', async () => {
    const user = userRecord({ role: 'editor' });
    await opened.storage.createInvitation({
      id: 'i',
      codeHash: 'c',
      role: 'editor',
      createdBy: 'x',
      createdAt: Date.now(),
      expiresAt: Date.now() + 60_000,
    });
    await opened.storage.acceptInvitation('c', Date.now(), user);
    const session = await startSession({ storage: opened.storage, now: Date.now }, user);
    const response = await postChunked(
      port,
      '/api/tokens',
      {
        origin: `http://127.0.0.1:${port}`,
        cookie: `rcml_session=${session}`,
        'content-type': 'application/json',
      },
      256,
    );
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toEqual({
      error: 'This request is too large (the limit is 16 KiB).',
    });
  });

  it('counts failed sign-ins by the socket address, not by X-Forwarded-For', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/api/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.1' },
      body: JSON.stringify({ email: 'nobody@example.com', password: 'not a password' }),
    });
    expect(response.status).toBe(401);
    expect(await opened.storage.signInFailures('address:127.0.0.1', 0)).toHaveLength(1);
    expect(await opened.storage.signInFailures('address:198.51.100.1', 0)).toHaveLength(0);
  });
});
