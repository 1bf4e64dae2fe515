import { describe, expect, it } from 'vitest';
import { readDecision } from '../decisions/read';
import { serve } from './http';
import { enfonicaSignature, importEnfonicaKey, verifyEnfonicaSignature } from './signature';
import type { RouteTable } from './table';

/** The Console shows the base64 of the key's 64 bytes; here 64 × "k". */
const CONSOLE_KEY =
  'a2tra2tra2tra2tra2tra2tra2tra2tra2tra2tra2tra2tra2tra2tra2tra2tra2tra2tra2tra2tra2traw==';
const URL = 'https://flows.example.com/menu?x=1';
const BODY = '{"call":{"from":"+14155550199"},"parameters":{"digits":"1"}}';
/** Computed independently: printf '%s' URL'CALL'BODY | openssl dgst -sha256 -mac HMAC -macopt hexkey:6b…6b -binary | base64 */
const EXPECTED = 'FXQrHdznXTiOKUUebYd62eJapXRtLsUGbgzd1hhKMQo=';
const bytes = (text: string) => new TextEncoder().encode(text);

describe('Enfonica signature', () => {
  it('is Base64(HMAC-SHA256(decoded key, URL + event + body))', async () => {
    const key = (await importEnfonicaKey(CONSOLE_KEY))!;
    expect(await enfonicaSignature(key, URL, 'CALL', bytes(BODY))).toBe(EXPECTED);
  });

  it('verifies the right signature and refuses any change', async () => {
    const key = (await importEnfonicaKey(CONSOLE_KEY))!;
    const verify = (url: string, event: string, body: string, header: string | null) =>
      verifyEnfonicaSignature(key, url, event, bytes(body), header);
    expect(await verify(URL, 'CALL', BODY, EXPECTED)).toBe(true);
    expect(await verify(URL, 'CALL', BODY.replace('1"}', '2"}'), EXPECTED)).toBe(false);
    expect(await verify('http://flows.example.com/menu?x=1', 'CALL', BODY, EXPECTED)).toBe(false);
    expect(await verify(URL, 'CALL_STATE_UPDATE', BODY, EXPECTED)).toBe(false);
    expect(await verify(URL, 'CALL', BODY, null)).toBe(false);
    expect(await verify(URL, 'CALL', BODY, 'not base64!')).toBe(false);
    expect(await verify(URL, 'CALL', BODY, EXPECTED.slice(4))).toBe(false);
  });

  it('refuses a key that is not base64', async () => {
    expect(await importEnfonicaKey('not base64!')).toBeUndefined();
    expect(await importEnfonicaKey('')).toBeUndefined();
  });
});

describe('handle with a signing key', () => {
  const table: RouteTable = {
    entry: '/menu',
    routes: {
      '/menu': {
        kind: 'decision',
        decision: readDecision('menu', { keys: '1' }).decision,
        outlets: { 'key:1': '/one.xml' },
      },
      '/one.xml': { kind: 'document', xml: '<Response/>' },
    },
  };
  const request = (signature: string | null, url = URL, body = BODY) =>
    new Request(url, {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'x-enfonica-event': 'CALL',
        ...(signature ? { 'x-enfonica-signature': signature } : {}),
      },
    });

  it('serves a correctly signed VoiceML request', async () => {
    const { response, log } = await serve(table, request(EXPECTED), {
      enfonicaSigningKey: CONSOLE_KEY,
    });
    expect(response.status).toBe(200);
    expect(log.document).toBe('/one.xml');
  });

  it('signs with the public URL when a proxy changed scheme and host', async () => {
    const behindProxy = request(EXPECTED, 'http://127.0.0.1:8080/menu?x=1');
    expect(
      (await serve(table, behindProxy, { enfonicaSigningKey: CONSOLE_KEY })).response.status,
    ).toBe(403);
    const options = { enfonicaSigningKey: CONSOLE_KEY, publicOrigin: 'https://flows.example.com/' };
    expect(
      (await serve(table, request(EXPECTED, 'http://127.0.0.1:8080/menu?x=1'), options)).response
        .status,
    ).toBe(200);
  });

  it.each([
    ['missing', null, BODY],
    ['wrong', 'AAAA' + EXPECTED.slice(4), BODY],
    ['for another body', EXPECTED, BODY.replace('+1415', '+1416')],
  ])('answers 403 to a signature that is %s', async (_name, signature, body) => {
    const { response } = await serve(table, request(signature, URL, body), {
      enfonicaSigningKey: CONSOLE_KEY,
    });
    expect([response.status, await response.text()]).toEqual([
      403,
      'The request’s Enfonica signature is missing or wrong.\n',
    ]);
  });

  it('checks the signature before saying whether the address exists', async () => {
    const options = { enfonicaSigningKey: CONSOLE_KEY };
    const unsigned = (path: string) => request(null, `https://flows.example.com${path}`);
    for (const path of ['/menu', '/nowhere.xml', '/one.xml']) {
      const { response } = await serve(table, unsigned(path), options);
      expect([path, response.status]).toEqual([path, 403]);
    }
    const key = (await importEnfonicaKey(CONSOLE_KEY))!;
    const missing = 'https://flows.example.com/nowhere.xml';
    const signature = await enfonicaSignature(key, missing, 'CALL', bytes(BODY));
    const { response } = await serve(table, request(signature, missing), options);
    expect(response.status).toBe(404);
  });

  it('does not check signatures without a key', async () => {
    expect((await serve(table, request(null))).response.status).toBe(200);
  });

  it('says plainly when the configured key is not the Console’s base64 value', async () => {
    const { response } = await serve(table, request(EXPECTED), {
      enfonicaSigningKey: 'not base64!',
    });
    expect(response.status).toBe(500);
    expect(await response.text()).toBe(
      'The server’s Enfonica signing key is not the base64 value the Console shows.\n',
    );
  });
});
