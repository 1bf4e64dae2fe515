/**
 * The live call routes in-process, on both engines: the live version's entry at /voice/<flow>,
 * each version at its own addresses as long as it was ever live, a call staying on its version
 * when another goes live, 404 in one plain line for what is not live, the flow server's limits,
 * the flow's signing key checked before anything tells whether an address exists, and none of
 * the /api checks (no session, no cross-site refusal) in the way of a platform.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Flow } from '../schema/flow';
import { enfonicaSignature, importEnfonicaKey, tableFromFlow } from '../router';
import { LIVE_POINTER_TTL_MS } from './services/policy';
import { testEngines } from './test/engines.fixture';
import { openHarness, type Harness } from './test/harness.fixture';
import { BLOCKED, callerFlow, publish, storedFlow } from './test/published.fixture';
import type { UserRecord } from './storage/types';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const NOT_LIVE = 'No flow is live at this address.\n';

interface Published {
  readonly flow: Flow;
  readonly documents: Readonly<Record<string, string>>;
  /** The decision's path ("/blocked-callers"). */
  readonly check: string;
}

describe.each(testEngines())('the voice routes on $name', (engine) => {
  let harness: Harness;
  let editor: UserRecord;

  beforeAll(async () => {
    harness = await openHarness(engine);
    editor = await harness.person('editor');
  });
  afterAll(async () => {
    await harness?.close();
  });

  /** Past the live pointer's cache. */
  const later = () => {
    harness.clock.now += LIVE_POINTER_TTL_MS + 1;
  };

  async function version(flowId: string, number: number): Promise<Published> {
    const stored = await harness.storage.readVersion(flowId, number);
    const flow = JSON.parse(stored!.flow) as Flow;
    const documents = Object.fromEntries(
      (JSON.parse(stored!.documents) as { fileName: string; xml: string }[]).map((d) => [
        d.fileName,
        d.xml,
      ]),
    );
    const table = tableFromFlow(flow);
    const check = Object.keys(table.routes).find(
      (path) => table.routes[path]!.kind === 'decision',
    )!;
    return { flow, documents, check };
  }

  const call = (path: string, from: string, headers: Record<string, string> = {}) =>
    harness.app.request(path, {
      method: 'POST',
      headers: { ...FORM, ...headers },
      body: new URLSearchParams({ From: from, To: '+15550001', CallSid: 'CA1' }).toString(),
    });
  const text = async (response: Response | Promise<Response>) => {
    const answered = await response;
    return { status: answered.status, body: await answered.text() };
  };

  it('serves the live version: the blocked number gets busy, everyone else the welcome', async () => {
    const flow = await storedFlow(harness.storage, editor);
    await publish(harness.storage, editor, flow.id);
    const v1 = await version(flow.id, 1);
    const blocked = await call(`/voice/${flow.id}`, BLOCKED);
    expect(blocked.status).toBe(200);
    expect(blocked.headers.get('content-type')).toBe('text/xml; charset=utf-8');
    expect(await blocked.text()).toBe(v1.documents['blocked.xml']);
    expect(v1.documents['blocked.xml']).toContain('<Reject reason="busy"/>');
    expect(await text(call(`/voice/${flow.id}/`, '+33612345678'))).toEqual({
      status: 200,
      body: v1.documents['welcome.xml'],
    });
    // A document by its versioned address; HEAD gets GET's answer without the body.
    expect(await text(harness.app.request(`/voice/${flow.id}/v1/welcome.xml`))).toEqual({
      status: 200,
      body: v1.documents['welcome.xml'],
    });
    const head = await harness.app.request(`/voice/${flow.id}/v1/welcome.xml`, { method: 'HEAD' });
    expect([head.status, await head.text()]).toEqual([200, '']);
  });

  it('keeps a call on its version while another goes live, and serves a rolled-back one again', async () => {
    const flow = await storedFlow(harness.storage, editor, callerFlow('Welcome to version one.'));
    await publish(harness.storage, editor, flow.id);
    const v1 = await version(flow.id, 1);
    await harness.storage.saveFlow(flow.id, 1, {
      name: flow.name,
      document: JSON.stringify({ ...callerFlow('Welcome to version two.'), id: flow.id }),
      updatedAt: harness.clock.now,
      updatedById: editor.id,
      updatedByName: editor.name,
    });
    await publish(harness.storage, editor, flow.id, 2);
    const v2 = await version(flow.id, 2);
    expect(v2.documents['welcome.xml']).not.toBe(v1.documents['welcome.xml']);
    later();
    expect((await text(call(`/voice/${flow.id}`, '+33612345678'))).body).toBe(
      v2.documents['welcome.xml'],
    );
    // A call that started on version 1 asks for its next address: still version 1.
    expect((await text(call(`/voice/${flow.id}/v1${v1.check}`, '+33612345678'))).body).toBe(
      v1.documents['welcome.xml'],
    );
    expect(v1.documents['welcome.xml']).toContain('version one');
    expect(await harness.storage.makeLive(flow.id, 1)).toBe('done');
    later();
    expect((await text(call(`/voice/${flow.id}`, '+33612345678'))).body).toBe(
      v1.documents['welcome.xml'],
    );
    expect((await text(call(`/voice/${flow.id}/v2${v2.check}`, BLOCKED))).body).toBe(
      v2.documents['blocked.xml'],
    );
  });

  it('answers 404 in one plain line for what is not live: no flow, no live version, a version never live', async () => {
    const flow = await storedFlow(harness.storage, editor);
    const notFound = { status: 404, body: NOT_LIVE };
    expect(await text(call(`/voice/${flow.id}`, BLOCKED))).toEqual(notFound);
    expect(await text(call('/voice/no-such-flow', BLOCKED))).toEqual(notFound);
    expect(await text(call('/voice', BLOCKED))).toEqual(notFound);
    expect(await text(harness.app.request('/voice/not%20an%20id'))).toEqual(notFound);
    await publish(harness.storage, editor, flow.id);
    // Version 3 goes live first; version 2, taken by a slower publish, never was.
    const stored = (await harness.storage.readVersion(flow.id, 1))!;
    for (const number of [3, 2]) {
      await harness.storage.publishVersion({ ...stored, number, everLive: false });
    }
    expect((await harness.storage.listVersions(flow.id))?.live).toBe(3);
    expect(await text(call(`/voice/${flow.id}/v2`, BLOCKED))).toEqual(notFound);
    expect(await text(harness.app.request(`/voice/${flow.id}/v2/welcome.xml`))).toEqual(notFound);
    expect(await text(harness.app.request(`/voice/${flow.id}/v9/welcome.xml`))).toEqual(notFound);
    // Only the entry is served without a version in the address.
    expect(await text(harness.app.request(`/voice/${flow.id}/welcome.xml`))).toEqual(notFound);
    // A draft is never served: a deleted flow's versions neither.
    await harness.storage.deleteFlow(flow.id, harness.clock.now);
    later();
    expect(await text(call(`/voice/${flow.id}/v1`, BLOCKED))).toEqual(notFound);
  });

  it('refuses as the flow server refuses: methods, sizes, charsets, unknown paths', async () => {
    const flow = await storedFlow(harness.storage, editor);
    await publish(harness.storage, editor, flow.id);
    const put = await harness.app.request(`/voice/${flow.id}`, { method: 'PUT' });
    expect([put.status, put.headers.get('allow')]).toEqual([405, 'GET, HEAD, POST']);
    const big = await harness.app.request(`/voice/${flow.id}`, {
      method: 'POST',
      headers: FORM,
      body: 'From=1&'.repeat(10_000),
    });
    expect(await text(big)).toEqual({
      status: 413,
      body: 'The request body is larger than 64 KB.\n',
    });
    const klingon = await harness.app.request(`/voice/${flow.id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=x-klingon' },
      body: `From=${encodeURIComponent(BLOCKED)}`,
    });
    expect(klingon.status).toBe(415);
    const utf16 = await harness.app.request(`/voice/${flow.id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-16le' },
      body: Buffer.from(`From=${encodeURIComponent(BLOCKED)}`, 'utf16le'),
    });
    expect(await utf16.text()).toContain('<Reject reason="busy"/>');
    expect(await text(harness.app.request(`/voice/${flow.id}/v1/nowhere.xml`))).toEqual({
      status: 404,
      body: 'No page at /nowhere.xml in this flow.\n',
    });
  });

  it('checks the flow’s signing key first, at every address', async () => {
    const flow = await storedFlow(harness.storage, editor);
    await publish(harness.storage, editor, flow.id);
    const secret = Buffer.alloc(64, 9).toString('base64');
    expect(await harness.storage.setSigningKey(flow.id, secret)).toBe(true);
    later();
    const denied = { status: 403, body: 'The request’s Enfonica signature is missing or wrong.\n' };
    for (const path of [
      `/voice/${flow.id}`,
      `/voice/${flow.id}/v1/welcome.xml`,
      `/voice/${flow.id}/v7/x`,
    ]) {
      expect(await text(call(path, BLOCKED))).toEqual(denied);
    }
    const key = (await importEnfonicaKey(secret))!;
    const body = JSON.stringify({ call: { from: BLOCKED, to: '+15550001' }, parameters: {} });
    const signedCall = async (path: string) => {
      const url = `http://localhost${path}`;
      const signature = await enfonicaSignature(key, url, 'CALL', new TextEncoder().encode(body));
      return text(
        harness.app.request(path, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-enfonica-event': 'CALL',
            'x-enfonica-signature': signature,
          },
          body,
        }),
      );
    };
    const v1 = await version(flow.id, 1);
    expect(await signedCall(`/voice/${flow.id}`)).toEqual({
      status: 200,
      body: v1.documents['blocked.xml'],
    });
    expect(await signedCall(`/voice/${flow.id}/v7/x`)).toEqual({ status: 404, body: NOT_LIVE });
    await harness.storage.setSigningKey(flow.id, null);
    later();
    expect((await call(`/voice/${flow.id}`, BLOCKED)).status).toBe(200);
  });

  it('needs no session and no origin: a platform’s POST from anywhere is answered', async () => {
    const flow = await storedFlow(harness.storage, editor);
    await publish(harness.storage, editor, flow.id);
    const response = await call(`/voice/${flow.id}`, BLOCKED, {
      origin: 'https://elsewhere.example',
      cookie: 'rcml_session=not-a-session',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBeNull();
  });

  it('logs each call as the flow server does, without the caller’s number', async () => {
    const flow = await storedFlow(harness.storage, editor);
    await publish(harness.storage, editor, flow.id);
    const v1 = await version(flow.id, 1);
    harness.log.length = 0;
    await call(`/voice/${flow.id}`, BLOCKED);
    expect(harness.log).toHaveLength(1);
    expect(harness.log[0]).toMatch(
      new RegExp(
        `^\\d{4}-\\d\\d-\\d\\dT\\S+ POST /voice/${flow.id} 200 ${v1.check} checkCaller=matches → /blocked\\.xml served /blocked\\.xml$`,
      ),
    );
    expect(harness.log.join('\n')).not.toMatch(/0102|4155/);
  });
});
