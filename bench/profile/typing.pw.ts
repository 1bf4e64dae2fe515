/**
 * Where the main thread's time goes while a person types into a field of a big flow: a CPU
 * profile (Chrome's sampling profiler) of 26 keys, summed by function (self time) and printed
 * with the total. `VERBS=2000 npm run bench:profile` profiles another size.
 */
import { test, type Page } from '@playwright/test';
import { MAX_VERBS } from '../../src/model/limits';
import { focusTextToSay, openFlow, typeSentence } from '../userActions';

const VERBS = Number(process.env.VERBS ?? MAX_VERBS);
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

test(`profile: typing into a field of a ${VERBS}-verb flow`, async ({ page }, info) => {
  await openFlow(page, VERBS, info.outputPath('flow.json'));
  await focusTextToSay(page);
  const profile = await profiled(page, async () => {
    await typeSentence(page);
    // What an edit leaves for later (problems, autosave) runs within a second of the last key.
    await page.waitForTimeout(1_500);
  });
  printSelfTimes(profile, `typing 26 keys, ${VERBS} verbs`);
});

async function profiled(page: Page, action: () => Promise<void>): Promise<Profile> {
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
function printSelfTimes(profile: Profile, title: string): void {
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
