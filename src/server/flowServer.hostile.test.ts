/**
 * The downloaded flow server against the faults of the third round of hostile testing (issue
 * 22): charsets in form bodies, a 413 while the sender is still uploading, garbage after a call
 * on a kept-alive connection, and addresses learnt before the signature is checked. Real
 * `node flow-server.mjs`, real bytes on loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFlowServerRuntime } from '../../vite/flowServerPlugin';
import { enfonicaSignature, importEnfonicaKey } from '../router';
import { startChildServer, type ChildServer } from './childServer';
import { BLOCKED_NUMBER, DOCUMENTS, everyDecisionTable } from './everyDecision.fixture';
import { flowServerFiles } from './package';
import { openRaw, uploadRaw, writeRaw } from './rawHttp.fixture';

const SIGNING_KEY = btoa('h'.repeat(64));

let server: ChildServer;
let signed: ChildServer;

beforeAll(async () => {
  const runtime = await buildFlowServerRuntime();
  const files = flowServerFiles(everyDecisionTable(), 'Front desk', runtime);
  [server, signed] = await Promise.all([
    startChildServer(files),
    startChildServer(files, { ENFONICA_SIGNING_KEY: SIGNING_KEY }),
  ]);
});

afterAll(async () => {
  await Promise.all([server?.stop(), signed?.stop()]);
});

async function send(path: string, init: RequestInit = {}, origin = server.origin) {
  const response = await fetch(`${origin}${path}`, init);
  return { status: response.status, body: await response.text() };
}

/** A form body as a client encoding its text in `charset` sends it. */
function formIn(charset: string, bytes: Uint8Array): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': `application/x-www-form-urlencoded; charset=${charset}` },
    body: bytes as Uint8Array<ArrayBuffer>,
  };
}

const BLOCKED_FORM = `From=${encodeURIComponent(BLOCKED_NUMBER)}&To=%2B15550001&CallSid=CA1`;

describe('a form body in another charset', () => {
  it('is decoded in the charset it declares: the blocked caller is still blocked', async () => {
    const utf16le = Buffer.from(BLOCKED_FORM, 'utf16le');
    expect(await send('/', formIn('utf-16le', utf16le))).toEqual({
      status: 200,
      body: DOCUMENTS['blocked.xml'],
    });
    const utf16be = Buffer.from(utf16le).swap16();
    expect((await send('/', formIn('"UTF-16BE"', utf16be))).body).toBe(DOCUMENTS['blocked.xml']);
    const latin1 = Buffer.from(`${BLOCKED_FORM}&CallerName=José`, 'latin1');
    expect((await send('/', formIn('ISO-8859-1', latin1))).body).toBe(DOCUMENTS['blocked.xml']);
  });

  it('is refused with 415 and one plain line when the server does not read the charset', async () => {
    const refused = await send('/', formIn('x-klingon', Buffer.from(BLOCKED_FORM)));
    expect(refused).toEqual({
      status: 415,
      body: 'The request body’s charset “x-klingon” is not one this server reads; send UTF-8.\n',
    });
  });
});

describe('a 413 while the sender is still uploading 20 MB', () => {
  const TRIES = 12;
  const upload = { bytes: 20 * 1024 * 1024, chunkBytes: 64 * 1024 };

  it.each([
    ['keeps the connection', false],
    ['asks for Connection: close', true],
  ])(
    'reaches the sender every time when it %s',
    async (_name, close) => {
      const statuses: string[] = [];
      for (let attempt = 0; attempt < TRIES; attempt += 1) {
        // Half the tries announce their length (refused before any byte is read), half are
        // chunked (refused once 64 KB have been read); half read the answer only once the body
        // is sent, as most clients do, half read it as it comes.
        const chunked = attempt % 2 === 1;
        const readsAfterSending = attempt % 4 < 2;
        const { received } = await uploadRaw(server.origin, {
          ...upload,
          chunked,
          close,
          readsAfterSending,
        });
        statuses.push(received.split('\r\n')[0] || 'nothing (reset)');
      }
      expect(statuses).toEqual(Array(TRIES).fill('HTTP/1.1 413 Payload Too Large'));
      expect((await send(`/?From=${encodeURIComponent(BLOCKED_NUMBER)}`)).status).toBe(200);
    },
    120_000,
  );

  it('is followed by a close when the sender stalls: the rest is waited for a few seconds only', async () => {
    const connection = await openRaw(server.origin);
    const head = 'POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1048576\r\n\r\n';
    await writeRaw(connection.socket, head);
    await writeRaw(connection.socket, Buffer.alloc(128 * 1024, 0x61));
    expect((await connection.response())?.split('\r\n')[0]).toBe('HTTP/1.1 413 Payload Too Large');
    const started = Date.now();
    const { how } = await connection.closed(15_000);
    connection.socket.destroy();
    expect(how).not.toBe('open');
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 20_000);
});

describe('garbage on a connection that already carried a call', () => {
  const CALL = 'GET /?From=%2B33612345678 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';

  it('closes it without writing anything more', async () => {
    const connection = await openRaw(server.origin);
    await writeRaw(connection.socket, CALL);
    const first = await connection.response();
    expect(first).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(first).toContain(DOCUMENTS['welcome.xml']);
    await writeRaw(connection.socket, 'HELLO\r\n\r\n');
    expect((await connection.closed()).rest).toBe('');
  });

  it('answers the call sent before it in the same packet, and nothing else', async () => {
    const connection = await openRaw(server.origin);
    await writeRaw(connection.socket, `${CALL}HELLO\r\n\r\n`);
    const first = await connection.response();
    expect(first).toContain(DOCUMENTS['welcome.xml']);
    expect((await connection.closed()).rest).toBe('');
  });

  it('still gets one plain 400 on a fresh connection', async () => {
    const connection = await openRaw(server.origin);
    await writeRaw(connection.socket, 'HELLO\r\n\r\n');
    expect((await connection.closed()).rest).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
  });
});

describe('signing on: the signature is checked before anything about the address', () => {
  it('answers an unsigned request the same whether the address exists or not', async () => {
    const body = JSON.stringify({ call: { from: BLOCKED_NUMBER }, parameters: {} });
    const init = {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-enfonica-event': 'CALL' },
    };
    const existing = await send('/menu', init, signed.origin);
    const missing = await send('/nowhere.xml', init, signed.origin);
    const missingGet = await send('/nowhere.xml', {}, signed.origin);
    const denied = {
      status: 403,
      body: 'The request’s Enfonica signature is missing or wrong.\n',
    };
    expect([existing, missing, missingGet]).toEqual([denied, denied, denied]);
  });

  it('still answers 404 to a signed request for an address the flow does not have', async () => {
    const key = (await importEnfonicaKey(SIGNING_KEY))!;
    const url = `${signed.origin}/nowhere.xml`;
    const signature = await enfonicaSignature(key, url, 'CALL', new Uint8Array(0));
    const headers = { 'x-enfonica-event': 'CALL', 'x-enfonica-signature': signature };
    expect(await send('/nowhere.xml', { headers }, signed.origin)).toEqual({
      status: 404,
      body: 'No page at /nowhere.xml in this flow.\n',
    });
  });
});
