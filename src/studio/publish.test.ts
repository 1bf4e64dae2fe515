/**
 * Publishing through the API, on both engines: a version is the saved draft with its base URL
 * set to the version's own address, its documents' exact bytes and route table; a stale base
 * revision is refused, errors block and warnings do not; version numbers per flow count from 1,
 * and two publishes at once get two numbers; "Make live" moves the pointer without a copy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Flow } from '../schema/flow';
import { tableFromFlow } from '../router';
import { frontDesk } from '../test/frontDesk';
import { serializeFlow } from '../xml/serialize';
import { testEngines } from './test/engines.fixture';
import { openHarness, type Harness } from './test/harness.fixture';
import { callerFlow, storedFlow } from './test/published.fixture';
import { flowRecord, testFlow } from './test/records.fixture';
import type { UserRecord } from './storage/types';

describe.each(testEngines())('publishing on $name', (engine) => {
  let harness: Harness;
  let editor: UserRecord;
  let cookie: string;

  beforeAll(async () => {
    harness = await openHarness(engine);
    editor = await harness.person('editor');
    cookie = await harness.sessionCookie(editor);
  });
  afterAll(async () => {
    await harness?.close();
  });

  const publishAs = (id: string, body: unknown, origin?: string | null) =>
    harness.call('POST', `/api/flows/${id}/publish`, { cookie, body, origin });

  it('makes version 1 of the saved draft, live, its addresses naming the version', async () => {
    const flow = await storedFlow(harness.storage, editor);
    const published = await publishAs(flow.id, { note: ' First cut ', baseRevision: 1 });
    expect(published.status).toBe(201);
    expect(await published.json()).toEqual({
      version: {
        number: 1,
        note: 'First cut',
        publishedAt: harness.clock.now,
        publishedBy: { id: editor.id, name: editor.name },
        live: true,
      },
    });

    const listed = await (
      await harness.call('GET', `/api/flows/${flow.id}/versions`, { cookie })
    ).json();
    expect(listed).toMatchObject({
      live: 1,
      voiceUrl: `http://localhost/voice/${flow.id}`,
      signed: false,
      versions: [{ number: 1, note: 'First cut', live: true }],
    });

    const read = await harness.call('GET', `/api/flows/${flow.id}/versions/1`, { cookie });
    const version = (await read.json()) as {
      flow: Flow;
      documents: { fileName: string; xml: string }[];
    };
    const base = `http://localhost/voice/${flow.id}/v1/`;
    expect(version.flow).toEqual({ ...flow, baseUrl: base });
    // The exact bytes the preview of that flow shows, every address inside naming version 1.
    expect(version.documents).toEqual(
      serializeFlow(version.flow).map(({ fileName, xml }) => ({ fileName, xml })),
    );
    expect(version.documents.map((d) => d.fileName)).toEqual(['blocked.xml', 'welcome.xml']);
    // The draft itself is untouched (no base URL written into it, no new revision).
    const draft = await (await harness.call('GET', `/api/flows/${flow.id}`, { cookie })).json();
    expect(draft.flow).toEqual(flow);
    expect(draft.summary.revision).toBe(1);
  });

  it('writes PUBLIC_ORIGIN into the addresses when it is set', async () => {
    const other = await openHarness(engine, { publicOrigin: 'https://voice.example.com' });
    try {
      const user = await other.person('editor');
      const flow = await storedFlow(other.storage, user);
      const response = await other.call('POST', `/api/flows/${flow.id}/publish`, {
        cookie: await other.sessionCookie(user),
        body: { baseRevision: 1 },
      });
      expect(response.status).toBe(201);
      const version = await other.storage.readVersion(flow.id, 1);
      expect(JSON.parse(version!.flow).baseUrl).toBe(
        `https://voice.example.com/voice/${flow.id}/v1/`,
      );
    } finally {
      await other.close();
    }
  });

  it('refuses a base revision that is not the stored one (409 with what is stored)', async () => {
    const flow = await storedFlow(harness.storage, editor);
    const saved = await harness.call('PUT', `/api/flows/${flow.id}`, {
      cookie,
      body: { flow: { ...flow, name: 'Edited' }, baseRevision: 1 },
    });
    expect(saved.status).toBe(200);
    const stale = await publishAs(flow.id, { note: 'x', baseRevision: 1 });
    expect(stale.status).toBe(409);
    expect((await stale.json()).summary).toMatchObject({ revision: 2, name: 'Edited' });
    expect(await harness.storage.listVersions(flow.id)).toMatchObject({ versions: [], live: null });
    expect((await publishAs(flow.id, { baseRevision: 2 })).status).toBe(201);
    const stored = await harness.storage.readVersion(flow.id, 1);
    expect(JSON.parse(stored!.flow).name).toBe('Edited');
  });

  it('refuses a flow with errors (422 with the problems), and publishes one with warnings only', async () => {
    const broken = { ...frontDesk().flow, id: `flow-broken-${Date.now()}` };
    await harness.storage.insertFlow(flowRecord(broken, editor));
    const refused = await publishAs(broken.id, { baseRevision: 1 });
    expect(refused.status).toBe(422);
    const body = (await refused.json()) as { error: string; problems: { severity: string }[] };
    expect(body.error).toMatch(/^This flow has \d+ errors to fix before it can be published\.$/);
    expect(body.problems.some((problem) => problem.severity === 'error')).toBe(true);
    expect(body.problems[0]).toEqual({
      severity: 'error',
      message: expect.any(String),
      nodeId: expect.any(String),
    });
    expect((await harness.storage.listVersions(broken.id))?.versions).toEqual([]);

    const empty = testFlow('Nothing yet');
    await harness.storage.insertFlow(flowRecord(empty, editor));
    expect((await publishAs(empty.id, { baseRevision: 1 })).status).toBe(201);
  });

  it('answers 400 for missing or wrong fields and 404 for no such flow', async () => {
    const flow = await storedFlow(harness.storage, editor);
    expect((await publishAs(flow.id, { note: 'x' })).status).toBe(400);
    expect((await publishAs(flow.id, { note: 7, baseRevision: 1 })).status).toBe(400);
    expect((await publishAs(flow.id, { note: 'x'.repeat(501), baseRevision: 1 })).status).toBe(400);
    expect((await publishAs('no-such-flow', { baseRevision: 1 })).status).toBe(404);
    const versions = (path: string) => harness.call('GET', path, { cookie });
    expect((await versions(`/api/flows/no-such-flow/versions`)).status).toBe(404);
    expect((await versions(`/api/flows/${flow.id}/versions/1`)).status).toBe(404);
    expect((await versions(`/api/flows/${flow.id}/versions/one`)).status).toBe(404);
    expect((await versions(`/api/flows/${flow.id}/versions/0`)).status).toBe(404);
  });

  it('numbers each flow from 1, and two publishes at once get two numbers', async () => {
    const flow = await storedFlow(harness.storage, editor);
    const outcomes = await Promise.all(
      ['A', 'B', 'C'].map((note) => publishAs(flow.id, { note, baseRevision: 1 })),
    );
    expect(outcomes.map((response) => response.status)).toEqual([201, 201, 201]);
    const numbers = await Promise.all(
      outcomes.map(
        async (response) =>
          ((await response.json()) as { version: { number: number } }).version.number,
      ),
    );
    expect([...numbers].sort()).toEqual([1, 2, 3]);
    const listed = await harness.storage.listVersions(flow.id);
    expect(listed?.versions.map((version) => version.number)).toEqual([3, 2, 1]);
    expect(listed?.live).toBe(3);
    const other = await storedFlow(harness.storage, editor);
    const first = await publishAs(other.id, { baseRevision: 1 });
    expect((await first.json()).version.number).toBe(1);
  });

  it('makes an older version live again without a new copy; 404 for a version it does not have', async () => {
    const flow = await storedFlow(harness.storage, editor, callerFlow('Hello one.'));
    await publishAs(flow.id, { baseRevision: 1 });
    await harness.call('PUT', `/api/flows/${flow.id}`, {
      cookie,
      body: { flow: callerFlowWithId(flow.id, 'Hello two.'), baseRevision: 1 },
    });
    await publishAs(flow.id, { baseRevision: 2 });
    const live = (version: unknown) =>
      harness.call('PUT', `/api/flows/${flow.id}/live`, { cookie, body: { version } });
    const rolledBack = await live(1);
    expect(rolledBack.status).toBe(200);
    expect(await rolledBack.json()).toEqual({ live: 1 });
    const listed = await (
      await harness.call('GET', `/api/flows/${flow.id}/versions`, { cookie })
    ).json();
    expect(listed.live).toBe(1);
    expect(
      listed.versions.map((v: { number: number; live: boolean }) => [v.number, v.live]),
    ).toEqual([
      [2, false],
      [1, true],
    ]);
    expect((await live(3)).status).toBe(404);
    expect((await live('2')).status).toBe(400);
    expect(
      (await harness.call('PUT', '/api/flows/no-such/live', { cookie, body: { version: 1 } }))
        .status,
    ).toBe(404);
  });

  it('sets and removes the signing key, refusing one that is not base64', async () => {
    const flow = await storedFlow(harness.storage, editor);
    const setKey = (key: unknown) =>
      harness.call('PUT', `/api/flows/${flow.id}/signing-key`, { cookie, body: { key } });
    expect((await setKey('not base64!')).status).toBe(400);
    expect((await setKey(42)).status).toBe(400);
    expect((await setKey(Buffer.alloc(64, 1).toString('base64'))).status).toBe(204);
    expect((await harness.storage.readVoiceFlow(flow.id))?.signingKey).not.toBeNull();
    expect((await setKey('')).status).toBe(204);
    expect((await harness.storage.readVoiceFlow(flow.id))?.signingKey).toBeNull();
  });

  it('keeps the route table the flow server would be built from', async () => {
    const flow = await storedFlow(harness.storage, editor);
    await publishAs(flow.id, { baseRevision: 1 });
    const version = await harness.storage.readVersion(flow.id, 1);
    expect(JSON.parse(version!.routeTable)).toEqual(
      JSON.parse(JSON.stringify(tableFromFlow(JSON.parse(version!.flow) as Flow))),
    );
  });
});

function callerFlowWithId(id: string, welcome: string): Flow {
  return { ...callerFlow(welcome), id };
}
