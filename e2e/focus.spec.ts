import { expect, test } from './fixtures';
import { rcmlDocument } from './pages/designer';

test('a verb added from the keyboard takes focus into its inspector once, not on every later click', async ({
  designer,
  page,
}) => {
  await designer.open();

  await designer.paletteItem('Pause').press('Enter');
  await expect(designer.field('Length')).toBeFocused();
  await designer.expectPreview(rcmlDocument('<Pause/>'));

  // Deselect by clicking empty canvas, then click the verb again: focus stays on the canvas.
  const pause = designer.node('Pause');
  const emptyCanvas = async () => {
    const box = (await designer.canvas.boundingBox())!;
    await designer.canvas.click({ position: { x: box.width * 0.8, y: box.height * 0.3 } });
  };
  await emptyCanvas();
  await expect(designer.field('Length')).toHaveCount(0);
  await pause.click();
  await expect(designer.field('Length')).toBeVisible();
  await expect(designer.field('Length')).not.toBeFocused();
  const inField = await page.evaluate(() =>
    Boolean(document.activeElement?.closest('input, textarea, select')),
  );
  expect(inField).toBe(false);

  // Delete acts on the canvas: the verb goes.
  await page.keyboard.press('Delete');
  await expect(pause).toHaveCount(0);
  await designer.expectPreview(rcmlDocument());

  // After Undo, selecting it again still leaves focus on the canvas.
  await page.keyboard.press('Control+z');
  await expect(pause).toBeVisible();
  await emptyCanvas();
  await pause.click();
  await expect(designer.field('Length')).not.toBeFocused();
  await page.keyboard.press('Delete');
  await expect(pause).toHaveCount(0);
});
