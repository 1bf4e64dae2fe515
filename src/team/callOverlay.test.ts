/**
 * Calls counted as the server counts them (docs/server-api.md: one per served route, with the
 * decision outlet taken), from real requests through the router the server runs, and drawn on
 * the nodes of the "Block nuisance callers" template.
 */
import { describe, expect, it } from 'vitest';
import { createHandler } from '../router';
import { tableFromFlow } from '../router/flowTable';
import { blockCallers } from '../templates/blockCallers';
import type { CallCount } from './api';
import { callOverlay, callsText, shareText } from './callOverlay';

const flow = blockCallers.build({ timeZone: 'UTC' }).flow;
const blocked = flow.nodes.find((node) => node.label === 'Blocked')!;
const welcome = flow.nodes.find((node) => node.label === 'Welcome')!;
const check = flow.nodes.find((node) => node.label === 'Blocked callers')!;
const start = flow.nodes.find((node) => node.kind === 'start')!;
const blockedNumber = (check.attributes.numbers ?? '').split('\n')[0]!;

/** Sends calls through the router and counts them as the server does. */
async function countCalls(callers: readonly string[]): Promise<CallCount[]> {
  const counts = new Map<string, CallCount>();
  const add = (path: string, outlet: string) => {
    const key = `${path} ${outlet}`;
    const old = counts.get(key);
    counts.set(key, { version: 3, path, outlet, count: (old?.count ?? 0) + 1 });
  };
  const handler = createHandler(tableFromFlow(flow), {
    onLog: (log) => {
      for (const step of log.decisions) add(step.path, step.outlet);
      if (log.document) add(log.document, '');
    },
  });
  for (const from of callers) {
    const body = new URLSearchParams({ From: from, To: '+14155550000', CallSid: 'CA1' });
    const response = await handler(new Request('http://flows.test/', { method: 'POST', body }));
    expect(response.status).toBe(200);
  }
  return [...counts.values()];
}

describe('callOverlay', () => {
  it('puts each call on the steps it passed, with the outlet taken and how it ended', async () => {
    const counts = await countCalls([
      blockedNumber,
      '+14155550101',
      '+14155550102',
      blockedNumber,
      '+14155550103',
    ]);
    const overlay = callOverlay(flow, 3, 7, counts);
    expect(overlay.nodes.get(start.id)).toEqual({ calls: 5 });
    expect(overlay.nodes.get(check.id)).toEqual({ calls: 5 });
    expect(overlay.nodes.get(blocked.id)).toEqual({ calls: 2, outcome: 'Rejected 486' });
    expect(overlay.nodes.get(welcome.id)).toEqual({ calls: 3 });
    expect(overlay.outlets.get(check.id)).toEqual(
      new Map([
        ['matches', 2],
        ['otherwise', 3],
      ]),
    );
  });

  it('counts only the version asked for, and nothing when no call came', async () => {
    const counts = (await countCalls([blockedNumber])).map((c) => ({ ...c, version: 2 }));
    const overlay = callOverlay(flow, 3, 1, counts);
    expect(overlay.nodes.get(check.id)).toEqual({ calls: 0 });
    expect(overlay.nodes.get(blocked.id)).toEqual({ calls: 0 });
    expect(overlay.outlets.size).toBe(0);
  });

  it('says counts and shares in words', () => {
    expect(callsText(1)).toBe('1 call');
    expect(callsText(1234)).toBe('1,234 calls');
    expect(shareText(2, 5)).toBe('2 · 40%');
    expect(shareText(0, 0)).toBe('0 · 0%');
  });
});
