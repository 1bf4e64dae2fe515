/**
 * The flow routes on both engines: create, read, save with the revision check (sequential and
 * concurrent), rename, duplicate, delete to Recently deleted, restore, and refusal of what is
 * not a flow.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './test/harness.fixture';
import { testEngines } from './test/engines.fixture';
import { testFlow } from './test/records.fixture';
import type { Flow } from '../schema/flow';
import { MAX_VERBS, tooManyVerbsMessage } from '../model/limits';
import { generateFlow } from '../test/generateFlow';
import type { UserRecord } from './storage/types';

const DAY = 24 * 60 * 60_000;

describe.each(testEngines())('flows on $name', (engine) => {
  let harness: Harness;
  let editor: UserRecord;
  let cookie: string;

  beforeAll(async () => {
    harness = await openHarness(engine);
    editor = await harness.person('editor', { name: 'Edith' });
    cookie = await harness.sessionCookie(editor);
  });
  afterAll(async () => {
    await harness?.close();
  });

  const create = async (name = 'Front desk') => {
    const flow = testFlow(name);
    const response = await harness.call('POST', '/api/flows', { cookie, body: { flow } });
    expect(response.status).toBe(201);
    return { flow, summary: (await response.json()).summary };
  };
  const save = (flow: Flow, baseRevision: number, as = cookie) =>
    harness.call('PUT', `/api/flows/${flow.id}`, { cookie: as, body: { flow, baseRevision } });

  it('creates a flow and reads it back as it was sent', async () => {
    const { flow, summary } = await create('Opening hours');
    expect(summary).toEqual({
      id: flow.id,
      name: 'Opening hours',
      revision: 1,
      updatedAt: harness.clock.now,
      updatedBy: { id: editor.id, name: 'Edith' },
    });
    const read = await harness.call('GET', `/api/flows/${flow.id}`, { cookie });
    expect(read.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await read.json()).toEqual({ summary, flow });
    const again = await harness.call('POST', '/api/flows', { cookie, body: { flow } });
    expect(again.status).toBe(409);
  });

  it('refuses what is not a flow, naming the reason', async () => {
    const notFlow = await harness.call('POST', '/api/flows', { cookie, body: { flow: { a: 1 } } });
    expect(notFlow.status).toBe(400);
    expect((await notFlow.json()).error).toBe('This is not an RCML Studio flow file.');
    const noFlow = await harness.call('POST', '/api/flows', { cookie, body: {} });
    expect((await noFlow.json()).error).toBe('The field "flow" is missing.');
    const badId = await harness.call('POST', '/api/flows', {
      cookie,
      body: { flow: { ...testFlow(), id: 'has spaces/and slashes' } },
    });
    expect(badId.status).toBe(400);
    const { flow } = await create();
    const elsewhere = await harness.call('PUT', `/api/flows/${flow.id}`, {
      cookie,
      body: { flow: testFlow(), baseRevision: 1 },
    });
    expect(elsewhere.status).toBe(400);
    const noRevision = await harness.call('PUT', `/api/flows/${flow.id}`, {
      cookie,
      body: { flow },
    });
    expect((await noRevision.json()).error).toMatch(/"baseRevision"/);
  });

  it("refuses a flow over the verb limit, created or saved, with 422 and the limit's message", async () => {
    const { flow } = await create('At the limit');
    const atLimit = { ...generateFlow({ verbs: MAX_VERBS, seed: 3 }), id: flow.id };
    const saved = await save(atLimit, 1);
    expect(saved.status).toBe(200);
    const over = generateFlow({ verbs: MAX_VERBS + 1, seed: 3 });
    const created = await harness.call('POST', '/api/flows', { cookie, body: { flow: over } });
    expect(created.status).toBe(422);
    expect((await created.json()).error).toBe(tooManyVerbsMessage(MAX_VERBS + 1));
    const refused = await save({ ...over, id: flow.id }, 2);
    expect(refused.status).toBe(422);
    expect((await refused.json()).error).toBe(tooManyVerbsMessage(MAX_VERBS + 1));
    const read = await harness.call('GET', `/api/flows/${flow.id}`, { cookie });
    const stored = (await read.json()) as { summary: { revision: number }; flow: Flow };
    expect(stored.summary.revision).toBe(2);
    expect(stored.flow.nodes).toHaveLength(MAX_VERBS + 1);
  });

  it('saves over the revision it was based on; a second save from that revision gets 409 with what is stored', async () => {
    const other = await harness.person('editor', { name: 'Otto' });
    const otherCookie = await harness.sessionCookie(other);
    const { flow } = await create();
    harness.clock.now += 1000;
    const mine = await save({ ...flow, name: 'Mine' }, 1);
    expect(mine.status).toBe(200);
    expect((await mine.json()).summary).toMatchObject({ revision: 2, name: 'Mine' });
    const theirs = await save({ ...flow, name: 'Theirs' }, 1, otherCookie);
    expect(theirs.status).toBe(409);
    const refusal = await theirs.json();
    expect(refusal.summary).toMatchObject({
      revision: 2,
      name: 'Mine',
      updatedBy: { name: 'Edith' },
    });
    expect(refusal.error).toBe('Edith saved this flow since you opened it (revision 2).');
    const stored = await (await harness.call('GET', `/api/flows/${flow.id}`, { cookie })).json();
    expect(stored.flow.name).toBe('Mine');
  });

  it('lets one of two concurrent saves from one revision through, and refuses the other', async () => {
    const { flow } = await create();
    const responses = await Promise.all([
      save({ ...flow, name: 'Left' }, 1),
      save({ ...flow, name: 'Right' }, 1),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    const winner = await responses.find((response) => response.status === 200)!.json();
    const stored = await (await harness.call('GET', `/api/flows/${flow.id}`, { cookie })).json();
    expect(stored.flow.name).toBe(winner.summary.name);
    expect(stored.summary.revision).toBe(2);
  });

  it('renames in the summary and the document, as a new revision', async () => {
    const { flow } = await create();
    const renamed = await harness.call('PATCH', `/api/flows/${flow.id}`, {
      cookie,
      body: { name: 'Night line' },
    });
    expect((await renamed.json()).summary).toMatchObject({ name: 'Night line', revision: 2 });
    const stored = await (await harness.call('GET', `/api/flows/${flow.id}`, { cookie })).json();
    expect(stored.flow.name).toBe('Night line');
    expect((await save(flow, 1)).status).toBe(409);
  });

  it('duplicates as "<name> (copy)" with a new id', async () => {
    const { flow } = await create('Menu');
    const copy = await harness.call('POST', `/api/flows/${flow.id}/duplicate`, { cookie });
    expect(copy.status).toBe(201);
    const { summary } = await copy.json();
    expect(summary).toMatchObject({ name: 'Menu (copy)', revision: 1 });
    expect(summary.id).not.toBe(flow.id);
    const stored = await (await harness.call('GET', `/api/flows/${summary.id}`, { cookie })).json();
    expect(stored.flow).toEqual({ ...flow, id: summary.id, name: 'Menu (copy)' });
  });

  it('lists newest change first, deletes to Recently deleted for 30 days, restores', async () => {
    const { flow: older } = await create('Older');
    harness.clock.now += 1000;
    const { flow: newer } = await create('Newer');
    const listed = (await (await harness.call('GET', '/api/flows', { cookie })).json()).flows;
    expect(listed[0].id).toBe(newer.id);
    expect(listed.map((summary: { id: string }) => summary.id)).toContain(older.id);

    expect((await harness.call('DELETE', `/api/flows/${older.id}`, { cookie })).status).toBe(204);
    const deletedAt = harness.clock.now;
    expect((await harness.call('GET', `/api/flows/${older.id}`, { cookie })).status).toBe(404);
    expect((await save(older, 1)).status).toBe(404);
    expect((await harness.call('DELETE', `/api/flows/${older.id}`, { cookie })).status).toBe(404);
    const deleted = (await (await harness.call('GET', '/api/flows?deleted=1', { cookie })).json())
      .flows;
    expect(deleted).toContainEqual(expect.objectContaining({ id: older.id, deletedAt }));
    const restored = await harness.call('POST', `/api/flows/${older.id}/restore`, { cookie });
    expect(restored.status).toBe(200);
    expect((await restored.json()).summary).toMatchObject({ id: older.id, name: 'Older' });
    expect((await harness.call('GET', `/api/flows/${older.id}`, { cookie })).status).toBe(200);

    await harness.call('DELETE', `/api/flows/${older.id}`, { cookie });
    harness.clock.now += 30 * DAY + 1;
    cookie = await harness.sessionCookie(editor); // the session ended with the 30 days
    const gone = (await (await harness.call('GET', '/api/flows?deleted=1', { cookie })).json())
      .flows;
    expect(gone).not.toContainEqual(expect.objectContaining({ id: older.id }));
    expect((await harness.call('POST', `/api/flows/${older.id}/restore`, { cookie })).status).toBe(
      404,
    );
  });

  it('answers 404 for a flow that does not exist', async () => {
    for (const [method, path] of [
      ['GET', '/api/flows/nope'],
      ['PATCH', '/api/flows/nope'],
      ['POST', '/api/flows/nope/duplicate'],
      ['DELETE', '/api/flows/nope'],
      ['POST', '/api/flows/nope/restore'],
    ] as const) {
      const body = method === 'PATCH' ? { name: 'x' } : undefined;
      expect((await harness.call(method, path, { cookie, body })).status, path).toBe(404);
    }
    expect((await save({ ...testFlow(), id: 'nope' }, 1)).status).toBe(404);
  });
});
