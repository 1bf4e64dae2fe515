/**
 * Counting calls, not callers, on both engines: every served request adds one to each route it
 * went through (a decision's outlet, the document served), written in batches and summed per
 * hour; the counts over 1, 7 or 30 days; call details only while the owner has them on (masked
 * to the last 4 digits, the switch recorded with who and when, forgotten when switched off);
 * counts older than RCML_CALL_DAYS forgotten.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Flow } from '../schema/flow';
import { tableFromFlow } from '../router';
import { maskCaller } from './services/calls';
import { DAY_MS, LIVE_POINTER_TTL_MS } from './services/policy';
import { testEngines } from './test/engines.fixture';
import { openHarness, type Harness } from './test/harness.fixture';
import { BLOCKED, publish, storedFlow } from './test/published.fixture';
import type { UserRecord } from './storage/types';

describe('maskCaller', () => {
  it('keeps the last 4 digits, never more', () => {
    expect(maskCaller('+14155550102')).toBe('•••• 0102');
    expect(maskCaller('sip:alice@example.com')).toBe('');
    expect(maskCaller('anonymous')).toBe('');
    expect(maskCaller('123')).toBe('••••');
  });
});

describe.each(testEngines())('call counts on $name', (engine) => {
  let harness: Harness;
  let owner: UserRecord;
  let viewer: UserRecord;

  beforeAll(async () => {
    harness = await openHarness(engine, { callDays: 30 });
    owner = await harness.person('owner');
    viewer = await harness.person('viewer');
  });
  afterAll(async () => {
    await harness?.close();
  });

  const call = (path: string, from: string) =>
    harness.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ From: from }).toString(),
    });
  const calls = async (flowId: string, days = 1) => {
    const response = await harness.call('GET', `/api/flows/${flowId}/calls?days=${days}`, {
      cookie: await harness.sessionCookie(viewer),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as {
      days: number;
      counts: { version: number; path: string; outlet: string; count: number }[];
      details?: { version: number; path: string; caller: string; at: number }[];
    };
  };
  const decisionPath = async (flowId: string) => {
    const flow = JSON.parse((await harness.storage.readVersion(flowId, 1))!.flow) as Flow;
    const table = tableFromFlow(flow);
    return Object.keys(table.routes).find((path) => table.routes[path]!.kind === 'decision')!;
  };

  it('counts every served request once per route it went through', async () => {
    const flow = await storedFlow(harness.storage, owner);
    await publish(harness.storage, owner, flow.id);
    const check = await decisionPath(flow.id);
    const blocked = 7;
    const welcomed = 13;
    await Promise.all([
      ...Array.from({ length: blocked }, () => call(`/voice/${flow.id}`, BLOCKED)),
      ...Array.from({ length: welcomed }, () => call(`/voice/${flow.id}`, '+33612345678')),
    ]);
    // Refused requests are not calls: none of these is counted.
    await harness.app.request(`/voice/${flow.id}`, { method: 'PUT' });
    await harness.app.request(`/voice/${flow.id}/v1/nowhere.xml`);
    await harness.app.request(`/voice/${flow.id}/v1/welcome.xml`);
    await harness.flushCalls();
    const { days, counts, details } = await calls(flow.id);
    expect(days).toBe(1);
    expect(details).toBeUndefined();
    expect(counts).toHaveLength(4);
    expect(counts).toEqual(
      expect.arrayContaining([
        { version: 1, path: '/blocked.xml', outlet: '', count: blocked },
        { version: 1, path: check, outlet: 'matches', count: blocked },
        { version: 1, path: check, outlet: 'otherwise', count: welcomed },
        { version: 1, path: '/welcome.xml', outlet: '', count: welcomed + 1 },
      ]),
    );
    // Later batches add to the same rows.
    await call(`/voice/${flow.id}`, BLOCKED);
    await harness.flushCalls();
    await harness.flushCalls();
    const again = await calls(flow.id);
    expect(again.counts.find((c) => c.outlet === 'matches')?.count).toBe(blocked + 1);
  });

  it('writes the batch on its own within about a second', async () => {
    const quick = await openHarness(engine, { callFlushMs: 50 });
    try {
      const user = await quick.person('editor');
      const flow = await storedFlow(quick.storage, user);
      await publish(quick.storage, user, flow.id);
      await quick.app.request(`/voice/${flow.id}/v1/welcome.xml`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await quick.storage.readCallCounts(flow.id, 0)).toEqual([
        { version: 1, path: '/welcome.xml', outlet: '', count: 1 },
      ]);
    } finally {
      await quick.close();
    }
  });

  it('sums over 1, 7 or 30 days and forgets counts older than RCML_CALL_DAYS', async () => {
    const flow = await storedFlow(harness.storage, owner);
    await publish(harness.storage, owner, flow.id);
    const started = harness.clock.now;
    await call(`/voice/${flow.id}/v1/welcome.xml`, '1');
    await harness.flushCalls();
    harness.clock.now = started + 3 * DAY_MS;
    await call(`/voice/${flow.id}/v1/welcome.xml`, '1');
    await harness.flushCalls();
    const sum = async (days: number) =>
      (await calls(flow.id, days)).counts.reduce((total, c) => total + c.count, 0);
    expect([await sum(1), await sum(7), await sum(30)]).toEqual([1, 2, 2]);
    harness.clock.now = started + 31 * DAY_MS;
    expect(await sum(30)).toBe(1);
    expect(await harness.storage.readCallCounts(flow.id, 0)).toHaveLength(1);
    const refused = await harness.call('GET', `/api/flows/${flow.id}/calls?days=2`, {
      cookie: await harness.sessionCookie(viewer),
    });
    expect(refused.status).toBe(400);
    const missing = await harness.call('GET', '/api/flows/no-such/calls', {
      cookie: await harness.sessionCookie(viewer),
    });
    expect(missing.status).toBe(404);
  });

  it('keeps call details only while the owner has them on, masked, and says who switched them', async () => {
    const flow = await storedFlow(harness.storage, owner);
    await publish(harness.storage, owner, flow.id);
    const settings = await harness.call('GET', '/api/settings', {
      cookie: await harness.sessionCookie(viewer),
    });
    expect(await settings.json()).toEqual({ callDetails: false, callDays: 30 });
    const changed = await harness.call('PUT', '/api/settings', {
      cookie: await harness.sessionCookie(owner),
      body: { callDetails: true },
    });
    expect(await changed.json()).toEqual({
      callDetails: true,
      callDetailsChangedBy: owner.name,
      callDetailsChangedAt: harness.clock.now,
      callDays: 30,
    });
    expect(
      (
        await harness.call('PUT', '/api/settings', {
          cookie: await harness.sessionCookie(owner),
          body: { callDetails: 1 },
        })
      ).status,
    ).toBe(400);
    harness.clock.now += LIVE_POINTER_TTL_MS + 1;
    harness.log.length = 0;
    await call(`/voice/${flow.id}`, BLOCKED);
    await harness.flushCalls();
    const { details } = await calls(flow.id);
    expect(details).toEqual([
      { version: 1, path: '/', caller: '•••• 0102', at: harness.clock.now },
    ]);
    expect(harness.log.join('\n')).toContain('caller=•••• 0102');
    expect(harness.log.join('\n')).not.toContain('4155550102');

    await harness.call('PUT', '/api/settings', {
      cookie: await harness.sessionCookie(owner),
      body: { callDetails: false },
    });
    expect((await calls(flow.id)).details).toBeUndefined();
    const stored = await harness.storage.readCallDetails(flow.id, 0, 10);
    expect(stored).toEqual([]);
    harness.clock.now += LIVE_POINTER_TTL_MS + 1;
    await call(`/voice/${flow.id}`, BLOCKED);
    await harness.flushCalls();
    expect(await harness.storage.readCallDetails(flow.id, 0, 10)).toEqual([]);
    expect(
      await (
        await harness.call('GET', '/api/settings', { cookie: await harness.sessionCookie(viewer) })
      ).json(),
    ).toEqual({
      callDetails: false,
      callDetailsChangedBy: owner.name,
      callDetailsChangedAt: expect.any(Number),
      callDays: 30,
    });
  });
});
