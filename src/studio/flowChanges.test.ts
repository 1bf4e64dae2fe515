/**
 * Saving a draft as what changed (PATCH /api/flows/:id/draft, a flow patch against the stored
 * revision) on both engines: the stored draft becomes exactly the patched flow; a patch on an old
 * revision is refused with what is stored (409); a patch whose result is no flow RCML Studio
 * opens, or is over the verb limit, is refused with the reader's words (422) and changes nothing;
 * what is not a patch is refused (400).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './test/harness.fixture';
import { testEngines } from './test/engines.fixture';
import { testFlow } from './test/records.fixture';
import type { Flow } from '../schema/flow';
import { MAX_VERBS, tooManyVerbsMessage } from '../model/limits';
import { addNode, removeNodes, updateNode } from '../model/operations';
import { diffFlow, type FlowPatch } from '../persist/flowPatch';
import { generateFlow } from '../test/generateFlow';

describe.each(testEngines())('draft changes on $name', (engine) => {
  let harness: Harness;
  let cookie: string;

  beforeAll(async () => {
    harness = await openHarness(engine);
    cookie = await harness.sessionCookie(await harness.person('editor', { name: 'Edith' }));
  });
  afterAll(async () => {
    await harness?.close();
  });

  const create = async (flow: Flow) => {
    const response = await harness.call('POST', '/api/flows', { cookie, body: { flow } });
    expect(response.status).toBe(201);
    return flow;
  };
  const patch = (id: string, baseRevision: number, changes: FlowPatch | unknown) =>
    harness.call('PATCH', `/api/flows/${id}/draft`, {
      cookie,
      body: { baseRevision, patch: changes },
    });
  const stored = async (id: string) =>
    (await (await harness.call('GET', `/api/flows/${id}`, { cookie })).json()) as {
      summary: { revision: number; name: string };
      flow: Flow;
    };

  it('stores the draft as the patch makes it, revision after revision', async () => {
    const flow = await create({
      ...generateFlow({ verbs: 300, seed: 11 }),
      id: `flow-${Date.now()}a`,
    });
    const first = updateNode(flow, flow.nodes[10]!.id, { label: 'Renamed step' });
    const second = removeNodes(
      addNode({ ...first, name: 'Patched' }, 'say', { x: 5, y: 5 }).flow,
      new Set([first.nodes[20]!.id]),
    );
    const one = await patch(flow.id, 1, diffFlow(flow, first));
    expect(one.status).toBe(200);
    expect((await one.json()).summary).toMatchObject({ revision: 2 });
    const changes = diffFlow(first, second);
    expect(JSON.stringify(changes).length).toBeLessThan(JSON.stringify(second).length / 20);
    const two = await patch(flow.id, 2, changes);
    expect((await two.json()).summary).toMatchObject({ revision: 3, name: 'Patched' });
    const read = await stored(flow.id);
    expect(read.flow).toEqual(JSON.parse(JSON.stringify(second)));
    expect(read.summary).toMatchObject({ revision: 3, name: 'Patched' });
  });

  it('refuses a patch on an old revision with 409 and what is stored', async () => {
    const flow = await create(testFlow('Desk'));
    expect((await patch(flow.id, 1, { fields: { name: 'Mine' } })).status).toBe(200);
    const late = await patch(flow.id, 1, { fields: { name: 'Theirs' } });
    expect(late.status).toBe(409);
    const refusal = await late.json();
    expect(refusal.error).toBe('Edith saved this flow since you opened it (revision 2).');
    expect(refusal.summary).toMatchObject({ revision: 2, name: 'Mine' });
    expect((await stored(flow.id)).flow.name).toBe('Mine');
  });

  it('refuses a patch that makes no flow, or one over the verb limit, with 422; nothing changes', async () => {
    const flow = await create(testFlow('Kept'));
    const notFlow = await patch(flow.id, 1, { fields: { format: 'something-else' } });
    expect(notFlow.status).toBe(422);
    expect((await notFlow.json()).error).toBe('This is not an RCML Studio flow file.');
    const elsewhere = await patch(flow.id, 1, { fields: { id: 'another-id' } });
    expect(elsewhere.status).toBe(422);
    expect((await elsewhere.json()).error).toBe("The flow's id is not the one in the address.");

    const atLimit = await create({
      ...generateFlow({ verbs: MAX_VERBS, seed: 3 }),
      id: `flow-${Date.now()}b`,
    });
    const over = addNode(atLimit, 'say', { x: 0, y: 0 }).flow;
    const refused = await patch(atLimit.id, 1, diffFlow(atLimit, over));
    expect(refused.status).toBe(422);
    expect((await refused.json()).error).toBe(tooManyVerbsMessage(MAX_VERBS + 1));
    expect((await stored(flow.id)).summary).toMatchObject({ revision: 1, name: 'Kept' });
    expect((await stored(atLimit.id)).summary.revision).toBe(1);
  });

  it('refuses what is not a patch (400) and a flow that is not there (404)', async () => {
    const flow = await create(testFlow('Desk'));
    for (const bad of [
      undefined,
      3,
      { nodes: { changed: [{ no: 'id' }] } },
      { unset: ['nodes'] },
    ]) {
      const response = await patch(flow.id, 1, bad);
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatch(/"patch"/);
    }
    const noRevision = await harness.call('PATCH', `/api/flows/${flow.id}/draft`, {
      cookie,
      body: { patch: {} },
    });
    expect((await noRevision.json()).error).toMatch(/"baseRevision"/);
    expect((await patch('no-such-flow', 1, {})).status).toBe(404);
    expect((await stored(flow.id)).summary.revision).toBe(1);
  });
});
