/**
 * Chrome's sampling profiler around what a user does, summed by function (self time): where the
 * main thread's time goes.
 */
import type { Page } from '@playwright/test';

/** How many functions the summary lists. */
const TOP = 30;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export async function profiled(page: Page, action: () => Promise<void>): Promise<Profile> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await action();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach();
  return profile;
}

/** Self time per function (ms), biggest first; idle and the program's own bookkeeping apart. */
export function printSelfTimes(profile: Profile, title: string): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') return;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const file = frame.url.split('/').pop() ?? '';
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + ms);
    total += ms;
  });
  const rows = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP)
    .map(([fn, ms]) => ({ function: fn, 'self ms': Math.round(ms * 10) / 10 }));
  console.log(`\n${title}: ${Math.round(total)} ms of main-thread work`);
  console.table(rows);
}
