import { expect, test } from './fixtures';
import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Designer } from './pages/designer';
import { MAX_VERBS } from '../src/model/limits';
import { writeFlowFile } from '../src/persist/flowFile';
import { generateFlow } from '../src/test/generateFlow';

/**
 * A flow as big as RCML Studio opens is worked on as a small one: it opens, a field is typed
 * into and the preview follows, and a reload brings back exactly the flow that was left.
 */
const VERBS = MAX_VERBS;
// A flow at the limit on a shared machine: the waits are generous, they measure nothing.
test.describe.configure({ timeout: 180_000 });

/** The open flow as "Save flow file" writes it. */
async function savedFlowFile(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Flows' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your flows' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Save flow file' }).click(),
  ]);
  const text = await readFile(await download.path(), 'utf8');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  return text;
}

async function openFlowFile(designer: Designer, path: string, name: string): Promise<void> {
  const { page } = designer;
  await page.getByRole('button', { name: 'Flows' }).click();
  await page.getByLabel('Flow file to open').setInputFiles(path);
  await expect(page.getByLabel('Flow name')).toHaveValue(name, { timeout: 30_000 });
}

test(`a ${VERBS.toLocaleString('en-US')}-verb flow opens, takes typing with the preview following, and a reload restores it exactly`, async ({
  designer,
  page,
}, testInfo) => {
  const flow = generateFlow({ verbs: VERBS, seed: 23 });
  const path = testInfo.outputPath('big.rcmlflow.json');
  await writeFile(path, writeFlowFile(flow));
  await designer.open();
  await openFlowFile(designer, path, flow.name);

  // The first Say on screen: its text typed into as a person types, key by key.
  const say = designer.canvas.getByRole('group', { name: /^Say: / }).first();
  await expect(say).toBeVisible();
  await say.click();
  const field = designer.field('Text to say');
  await field.click();
  await field.press('Control+a');
  await page.keyboard.type('Welcome, and thank you for waiting', { delay: 30 });
  await expect(field).toHaveValue('Welcome, and thank you for waiting');
  await expect(designer.preview).toContainText('<Say>Welcome, and thank you for waiting</Say>');
  await expect(say).toHaveAccessibleName(/^Say: Says “Welcome, and thank you/);

  // A second kind of change: the flow's name.
  await page.getByLabel('Flow name').fill('Big flow, edited');
  const before = await savedFlowFile(page);
  expect(JSON.parse(before).nodes).toHaveLength(VERBS + 1);

  await page.reload();
  await expect(page.getByLabel('Flow name')).toHaveValue('Big flow, edited', { timeout: 30_000 });
  await expect(designer.canvas.getByRole('group', { name: /Welcome, and thank you/ })).toHaveCount(
    1,
  );
  expect(await savedFlowFile(page)).toBe(before);
});
