import { expect, test } from './fixtures';
import { rcmlDocument } from './pages/designer';

test('block a caller with "busy" using the keyboard alone', async ({ designer, page }) => {
  await designer.open();

  // Palette: reach Reject with Tab, add it with Enter; focus moves to its Reason picker.
  await designer.focusPaletteItem('Reject');
  await page.keyboard.press('Enter');
  const reason = designer.field('Reason');
  await expect(reason).toBeFocused();
  await designer.expectPreview(rcmlDocument('<Reject reason="rejected"/>'));

  // Native picker: the arrow key moves to the next reason, "busy".
  await page.keyboard.press('ArrowDown');
  await expect(reason).toHaveValue('busy');
  await designer.expectPreview(rcmlDocument('<Reject reason="busy"/>'));

  // Switch dialect from the keyboard: the toolbar comes before the palette, so go round.
  await designer.tabTo(designer.dialect);
  await page.keyboard.press('ArrowDown');
  await expect(designer.dialect).toHaveValue('flexml');
  await designer.expectPreview(rcmlDocument('<Reject reason="busy-here"/>'));
  await page.keyboard.press('ArrowUp');
  await expect(designer.dialect).toHaveValue('rcml');
  await designer.expectPreview(rcmlDocument('<Reject reason="busy"/>'));

  // Download with Enter.
  await designer.tabTo(designer.download);
  const file = await designer.downloadFile(() => page.keyboard.press('Enter'));
  expect(file.name).toBe('untitled-call-flow.xml');
  expect(file.text).toBe(rcmlDocument('<Reject reason="busy"/>'));
});

test('select a node and delete it with the keyboard', async ({ designer, page }) => {
  await designer.open();
  await designer.focusPaletteItem('Pause');
  await page.keyboard.press('Enter');
  await expect(designer.field('Length')).toBeFocused();
  await page.keyboard.type('3');
  await designer.expectPreview(rcmlDocument('<Pause length="3"/>'));

  // Enter on a step edits it in the inspector; Delete on a step removes it.
  await designer.tabTo(designer.node('Pause'));
  await page.keyboard.press('Enter');
  await expect(designer.field('Length')).toBeFocused();
  await designer.tabTo(designer.node('Pause'));
  await page.keyboard.press('Delete');
  await expect(designer.node('Pause')).toHaveCount(0);
  await designer.expectPreview(rcmlDocument());
});
