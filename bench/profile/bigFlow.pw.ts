/**
 * Where the main thread's time goes while a person types 26 keys into a field of a big flow, and
 * while they import one through the Import dialog: CPU profiles (Chrome's sampling profiler),
 * summed by function (self time) and printed with the total. `VERBS=2000 npm run bench:profile`
 * profiles another size.
 */
import { test } from '@playwright/test';
import { MAX_VERBS } from '../../src/model/limits';
import { focusTextToSay, importFlow, openFlow, typeSentence } from '../userActions';
import { printSelfTimes, profiled } from './cpuProfile';

const VERBS = Number(process.env.VERBS ?? MAX_VERBS);

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

test(`profile: importing ${VERBS} verbs through the Import dialog`, async ({ page }, info) => {
  // As the benchmark does: a generated flow's export reads back as about 2% more verbs.
  const generated = Math.round(VERBS * 0.98);
  let imported = 0;
  const profile = await profiled(page, async () => {
    ({ imported } = await importFlow(page, generated, info.outputPath('documents')));
  });
  printSelfTimes(profile, `import ${imported} verbs, files chosen → canvas and preview`);
});
