/**
 * The screen's regions by keyboard (issue 25, item 3): F6 and Shift+F6 move focus from region to
 * region (palette, canvas, inspector, preview, problems, simulator), from anywhere but a dialog,
 * as desktop apps and browsers do; Escape leaves an inspector picker to the Inspector itself.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Designer } from './pages/designer';

/** The regions on screen while editing, in the order F6 visits them. */
function editingRegions(designer: Designer): Locator[] {
  return [
    designer.page.getByRole('navigation', { name: 'Verbs' }),
    designer.canvas,
    designer.inspector,
    designer.preview,
    designer.problems,
  ];
}

/** Whether focus is in the region, or on the region itself. */
async function expectFocusIn(page: Page, region: Locator): Promise<void> {
  await expect.poll(() => region.evaluate((el) => el.contains(document.activeElement))).toBe(true);
}

/** A Reject, selected, whose inspector has a picker (its reason). */
async function addReject(designer: Designer): Promise<Locator> {
  await designer.focusPaletteItem('Reject');
  await designer.page.keyboard.press('Enter');
  const reason = designer.field('Reason');
  await expect(reason).toBeVisible();
  return reason;
}

test('F6 visits each region in turn and wraps; Shift+F6 goes back', async ({ designer, page }) => {
  await designer.open();
  const regions = editingRegions(designer);
  await designer.paletteItem('Say').focus();
  await expectFocusIn(page, regions[0]!);
  for (const region of [...regions.slice(1), regions[0]!]) {
    await page.keyboard.press('F6');
    await expectFocusIn(page, region);
  }
  for (const region of [...regions].reverse()) {
    await page.keyboard.press('Shift+F6');
    await expectFocusIn(page, region);
  }
});

test('F6 works while typing in a field and from a picker', async ({ designer, page }) => {
  await designer.open();
  const reason = await addReject(designer);
  await reason.focus();
  await page.keyboard.press('F6');
  await expect(reason).toHaveValue('rejected');
  await expectFocusIn(page, designer.preview);

  await page.getByLabel('Flow name').focus();
  await page.keyboard.press('Shift+F6');
  await expectFocusIn(page, designer.problems);
});

test('F6 reaches the simulator while a call runs', async ({ designer, page }) => {
  await designer.open();
  await page.keyboard.press('Control+Enter');
  const simulator = page.getByRole('region', { name: 'Simulator' });
  await expect(simulator).toBeVisible();
  // The inspector and the preview make room for it: problems, simulator, then round again.
  await designer.paletteItem('Say').focus();
  await page.keyboard.press('Shift+F6');
  await expectFocusIn(page, simulator);
  await page.keyboard.press('Shift+F6');
  await expectFocusIn(page, designer.problems);
  await page.keyboard.press('F6');
  await expectFocusIn(page, simulator);
  await page.keyboard.press('F6');
  await expectFocusIn(page, page.getByRole('navigation', { name: 'Verbs' }));
});

test('F6 does nothing inside a dialog', async ({ designer, page }) => {
  await designer.open();
  await designer.canvas.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(dialog).toContainText('Next region');
  await page.keyboard.press('F6');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
});

test('Escape on an inspector picker gives focus to the Inspector', async ({ designer, page }) => {
  await designer.open();
  const reason = await addReject(designer);
  await reason.focus();
  await page.keyboard.press('Escape');
  await expect(designer.inspector).toBeFocused();
  await expect(reason).toHaveValue('rejected');
  // And on, by Tab, back into its fields.
  await page.keyboard.press('Tab');
  await expectFocusIn(page, designer.inspector);
});
