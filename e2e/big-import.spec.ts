import { expect, test } from './fixtures';
import { writeFile } from 'node:fs/promises';
import { sayChain } from './pages/designer';
import { MAX_VERBS, tooManyVerbsMessage } from '../src/model/limits';
import { writeFlowFile } from '../src/persist/flowFile';
import { generateFlow } from '../src/test/generateFlow';

/**
 * A document of as many verbs as RCML Studio opens, in one chain: dagre's layout overflowed the
 * stack from about 3,000, and the import did nothing, with no message.
 */
const VERBS = MAX_VERBS;
// Big flows on a shared machine: the waits below are generous, they measure nothing.
test.describe.configure({ timeout: 120_000 });

const CHAIN = sayChain(VERBS);

test('an import of the most chained verbs allowed reaches the canvas, saying what it is doing', async ({
  designer,
  page,
}, testInfo) => {
  await designer.open();
  const file = testInfo.outputPath('long-chain.xml');
  await writeFile(file, CHAIN);

  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import RCML' });
  // Every status the dialog shows, however briefly.
  await dialog.evaluate((element) => {
    const seen: string[] = [];
    (window as unknown as { statuses: string[] }).statuses = seen;
    new MutationObserver(() => {
      const status = element.querySelector('[role="status"]')?.textContent;
      if (status && seen.at(-1) !== status) seen.push(status);
    }).observe(element, { subtree: true, childList: true, characterData: true });
  });
  await dialog.getByLabel('RCML files to import').setInputFiles(file);
  await expect(dialog.getByRole('region', { name: 'What will be imported' })).toContainText(
    `${VERBS} verbs in 1 document (main.xml)`,
  );
  await dialog.getByRole('button', { name: 'Open as a new flow' }).click();

  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(page.getByRole('textbox', { name: 'Flow name' })).toHaveValue('long-chain');
  await expect(designer.node('Incoming call')).toBeVisible();
  await expect(designer.node(/^Say: Says “Step 1”/)).toBeVisible();
  await designer.expectPreview(CHAIN);
  expect(await page.evaluate(() => (window as unknown as { statuses: string[] }).statuses)).toEqual(
    expect.arrayContaining([`Laying out ${VERBS.toLocaleString('en-US')} verbs…`]),
  );
});

test('opening a big flow draws only the verbs on screen, not every verb once', async ({
  designer,
  page,
}, testInfo) => {
  // React Flow drew every node once to measure it, off screen or not: 1,000 nodes built and
  // thrown away on opening 1,000 verbs, most of the time it took.
  const flow = generateFlow({ verbs: 1_000, seed: 5 });
  const file = testInfo.outputPath('big.json');
  await writeFile(file, writeFlowFile({ ...flow, name: 'Big flow' }));
  await designer.open();
  await page.evaluate(() => {
    const drawn = new Set<string>();
    (window as unknown as { drawn: Set<string> }).drawn = drawn;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const added of record.addedNodes) {
          if (!(added instanceof HTMLElement)) continue;
          for (const node of [added, ...added.querySelectorAll<HTMLElement>('.react-flow__node')]) {
            const id = node.dataset.id;
            if (node.classList.contains('react-flow__node') && id) drawn.add(id);
          }
        }
      }
    }).observe(document.body, { subtree: true, childList: true });
  });
  await page.getByRole('button', { name: 'Flows' }).click();
  await page.getByLabel('Flow file to open').setInputFiles(file);
  await expect(page.getByRole('textbox', { name: 'Flow name' })).toHaveValue('Big flow');
  await expect(designer.node('Incoming call')).toBeVisible();
  // The connections on screen are drawn too, from the first verb on.
  await expect(
    designer.canvas.getByRole('img', { name: /^Connection from Incoming call/ }),
  ).toBeVisible();
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  const drawn = await page.evaluate(() => (window as unknown as { drawn: Set<string> }).drawn.size);
  expect(drawn).toBeGreaterThan(1);
  expect(drawn).toBeLessThan(100);
});

test('an import over the verb limit is refused in plain words; the open flow is kept', async ({
  designer,
  page,
}, testInfo) => {
  await designer.open();
  const file = testInfo.outputPath('too-long.xml');
  const verbs = MAX_VERBS + 1;
  await writeFile(file, sayChain(verbs));
  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import RCML' });
  await dialog.getByLabel('RCML files to import').setInputFiles(file);
  await expect(dialog.getByRole('alert')).toContainText(tooManyVerbsMessage(verbs), {
    timeout: 30_000,
  });
  await expect(dialog.getByRole('button', { name: 'Open as a new flow' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('textbox', { name: 'Flow name' })).toHaveValue('Untitled call flow');
});
