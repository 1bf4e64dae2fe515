/**
 * The voice routes on the real listening server (createStudioServer, as main.ts runs it), on
 * SQLite: byte for byte what flow-server.mjs built from the same version's route table answers
 * (the downloaded server, started with node); and the faults of the third round of hostile
 * testing (issue 22), fixed in src/server/nodeHttp.ts for both: a 413 reaches a sender still
 * uploading 20 MB, and garbage after a request on a kept-alive socket closes it without a byte.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFlowServerRuntime } from '../../vite/flowServerPlugin';
import type { Flow } from '../schema/flow';
import { parseRouteTable } from '../router';
import { startChildServer, type ChildServer } from '../server/childServer';
import { flowServerFiles } from '../server/package';
import { openRaw, uploadRaw, writeRaw } from '../server/rawHttp.fixture';
import { createStudio } from './app';
import { createStudioServer } from './server';
import { sqliteEngine, type OpenedStorage } from './test/engines.fixture';
import { BLOCKED, publish, storedFlow } from './test/published.fixture';
import { userRecord } from './test/records.fixture';

let opened: OpenedStorage;
let server: Server;
let origin: string;
let download: ChildServer;
let flow: Flow;
let check: string;

beforeAll(async () => {
  opened = await sqliteEngine.open();
  const studio = createStudio({
    storage: opened.storage,
    staticDir: '/nonexistent',
    log: () => {},
  });
  server = createStudioServer(studio);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const editor = userRecord({ role: 'editor' });
  flow = await storedFlow(opened.storage, editor);
  await publish(opened.storage, editor, flow.id);
  const version = (await opened.storage.readVersion(flow.id, 1))!;
  const parsed = parseRouteTable(JSON.parse(version.routeTable));
  if ('error' in parsed) throw new Error(parsed.error);
  check = Object.keys(parsed.table.routes).find(
    (path) => parsed.table.routes[path]!.kind === 'decision',
  )!;
  const runtime = await buildFlowServerRuntime();
  download = await startChildServer(flowServerFiles(parsed.table, flow.name, runtime));
}, 60_000);

afterAll(async () => {
  await download?.stop();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await opened?.close();
});

const form = (fields: Record<string, string>, extra: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', ...extra },
  body: new URLSearchParams(fields).toString(),
});

async function answerOf(url: string, init: RequestInit) {
  const response = await fetch(url, init);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    allow: response.headers.get('allow'),
    body: await response.text(),
  };
}

describe('a version served by the studio and by its downloaded flow server', () => {
  const multipart = (from: string) => {
    const boundary = 'studioTest';
    return {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: `--${boundary}\r\nContent-Disposition: form-data; name="From"\r\n\r\n${from}\r\n--${boundary}--\r\n`,
    };
  };
  const cases: [string, () => string, RequestInit][] = [
    ['the entry, blocked (form)', () => '/', form({ From: BLOCKED })],
    ['the entry, welcomed (form)', () => '/', form({ From: '+33612345678' })],
    ['the entry by GET with a query', () => `/?From=${encodeURIComponent(BLOCKED)}`, {}],
    [
      'the decision, JSON',
      () => check,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ From: '+33612345678' }),
      },
    ],
    ['the decision, multipart', () => check, multipart(BLOCKED)],
    ['a document', () => '/welcome.xml', {}],
    ['a document, HEAD', () => '/blocked.xml', { method: 'HEAD' }],
    ['an address the flow does not have', () => '/nowhere.xml', {}],
    ['a method not answered', () => '/', { method: 'DELETE' }],
    ['a body over 64 KB', () => '/', form({ From: 'x'.repeat(70_000) })],
    [
      'a charset not read',
      () => '/',
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=x-klingon' },
        body: 'From=1',
      },
    ],
    [
      'a body that is not a form',
      () => '/',
      {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: 'hello',
      },
    ],
  ];

  it.each(cases)('answers the same bytes: %s', async (_name, path, init) => {
    const studio = await answerOf(`${origin}/voice/${flow.id}/v1${path()}`, init);
    const downloaded = await answerOf(`${download.origin}${path()}`, init);
    expect(studio).toEqual(downloaded);
  });

  it('serves the live entry at the Voice URL as the downloaded server serves its root', async () => {
    const studio = await answerOf(`${origin}/voice/${flow.id}`, form({ From: BLOCKED }));
    const downloaded = await answerOf(`${download.origin}/`, form({ From: BLOCKED }));
    expect(studio).toEqual(downloaded);
    expect(studio.body).toContain('<Reject reason="busy"/>');
  });
});

describe('a 413 while the sender is still uploading 20 MB', () => {
  it('reaches the sender 12 times out of 12', async () => {
    const statuses: string[] = [];
    for (let attempt = 0; attempt < 12; attempt += 1) {
      // Length announced or chunked, reading the answer after sending or meanwhile, the
      // connection kept or closed: every combination at least once.
      const { received } = await uploadRaw(
        origin,
        {
          bytes: 20 * 1024 * 1024,
          chunkBytes: 64 * 1024,
          chunked: attempt % 2 === 1,
          readsAfterSending: attempt % 4 < 2,
          close: attempt >= 6,
        },
        `/voice/${flow.id}`,
      );
      statuses.push(received.split('\r\n')[0] || 'nothing (reset)');
    }
    expect(statuses).toEqual(Array(12).fill('HTTP/1.1 413 Payload Too Large'));
    expect((await fetch(`${origin}/voice/${flow.id}`, form({ From: BLOCKED }))).status).toBe(200);
  }, 120_000);
});

describe('garbage on a connection that already carried a request', () => {
  const call = () =>
    `GET /voice/${flow.id}?From=%2B33612345678 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`;

  it.each([
    ['a call', call],
    ['an API request', () => 'GET /api/session HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'],
  ])('closes it without writing anything more, after %s', async (_name, request) => {
    const connection = await openRaw(origin);
    await writeRaw(connection.socket, request());
    expect(await connection.response()).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    await writeRaw(connection.socket, 'HELLO\r\n\r\n');
    expect((await connection.closed()).rest).toBe('');
  });

  it('answers the call sent before it in the same packet, and nothing else', async () => {
    const connection = await openRaw(origin);
    await writeRaw(connection.socket, `${call()}HELLO\r\n\r\n`);
    expect(await connection.response()).toContain('<Say>');
    expect((await connection.closed()).rest).toBe('');
  });

  it('still gets one plain 400 on a fresh connection', async () => {
    const connection = await openRaw(origin);
    await writeRaw(connection.socket, 'HELLO\r\n\r\n');
    expect((await connection.closed()).rest).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
  });
});
