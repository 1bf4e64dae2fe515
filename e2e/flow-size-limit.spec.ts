import { expect, test } from './fixtures';
import { writeFile } from 'node:fs/promises';
import { sayChain, type Designer } from './pages/designer';
import { MAX_VERBS, tooManyVerbsMessage } from '../src/model/limits';

/**
 * The verb limit holds everywhere a flow grows, not only where one is opened: at the limit, a
 * paste, a duplicate and an Edit XML that would pass it are refused with the limit's message,
 * and the flow stays exactly as it was.
 */
const CHAIN = sayChain(MAX_VERBS);
const OVER = tooManyVerbsMessage(MAX_VERBS + 1);
// A flow at the limit on a shared machine: the waits are generous, they measure nothing.
test.describe.configure({ timeout: 180_000 });

/** Opens a chain of MAX_VERBS Says through Import: a flow at the limit. */
async function openAtLimit(designer: Designer, file: string): Promise<void> {
  const { page } = designer;
  await designer.open();
  await writeFile(file, CHAIN);
  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import RCML' });
  await dialog.getByLabel('RCML files to import').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Open as a new flow' }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(designer.node(/^Say: Says “Step 1”/)).toBeVisible();
  await designer.expectPreview(CHAIN);
}

/** The notice that says `text`, said anew (not one already on screen before the attempt). */
async function expectNewNotice(designer: Designer, attempt: () => Promise<void>, text: string) {
  const notices = designer.page.locator('.notice-area .notice');
  await notices.evaluateAll((shown) => shown.forEach((n) => n.setAttribute('data-seen', '')));
  await attempt();
  await expect(designer.page.locator('.notice-area .notice:not([data-seen])')).toHaveText(text);
}

test('at the limit, a paste and a duplicate are refused with the limit’s message; the flow is unchanged', async ({
  designer,
  page,
}, testInfo) => {
  await openAtLimit(designer, testInfo.outputPath('at-limit.xml'));
  await designer.node(/^Say: Says “Step 1”/).click();
  await page.keyboard.press('Control+c');

  await expectNewNotice(designer, () => page.keyboard.press('Control+v'), OVER);
  await designer.expectPreview(CHAIN);
  await expect(designer.node(/^Say: Says “Step 1”/)).toHaveCount(1);

  await designer.node(/^Say: Says “Step 1”/).click();
  await expectNewNotice(designer, () => page.keyboard.press('Control+d'), OVER);
  await designer.expectPreview(CHAIN);
  await expect(designer.node(/^Say: Says “Step 1”/)).toHaveCount(1);
});

test('at the limit, an Edit XML that adds a verb is refused with the limit’s message; the canvas keeps the flow', async ({
  designer,
  page,
}, testInfo) => {
  await openAtLimit(designer, testInfo.outputPath('at-limit.xml'));
  await page.getByRole('button', { name: 'Edit XML' }).click();
  const editor = page.getByRole('textbox', { name: 'RCML document, editable' });
  await editor.click();
  await page.keyboard.press('Control+a');
  // Pasted, as a person brings a whole document in (typing it in would take minutes).
  await editor.evaluate(
    (element, text) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', text);
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
      );
    },
    sayChain(MAX_VERBS + 1),
  );

  const status = page.locator('.xml-editor-status');
  await expect(status).toContainText(OVER, { timeout: 30_000 });
  await expect(status).toContainText('The canvas keeps the last valid version');
  await expect(designer.node(/^Say: Says “Step ${MAX_VERBS + 1}”/)).toHaveCount(0);

  await page.getByRole('button', { name: 'Done editing' }).click();
  await designer.expectPreview(CHAIN);
});
