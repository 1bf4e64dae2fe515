import { expect, test } from './fixtures';

test('a Menu added under a Gather by keyboard joins “After input”, below the Gather, with no new error', async ({
  designer,
  page,
}) => {
  await designer.open();

  await designer.focusPaletteItem('Gather');
  await page.keyboard.press('Enter');
  await expect(designer.node('Gather')).toBeVisible();

  // With the new Gather selected, Enter on the palette's Menu puts the Menu after its input.
  await designer.focusPaletteItem('Menu');
  await page.keyboard.press('Enter');
  const menu = designer.node('Menu');
  await expect(menu).toBeVisible();

  await designer.node('Gather').click();
  await expect(designer.field('After input').getByRole('option', { selected: true })).toHaveText(
    /Menu/,
  );
  await expect(designer.field('If no input').getByRole('option', { selected: true })).toHaveText(
    'Not connected',
  );

  // The designer does not flag its own wiring: the Menu is where a Menu belongs.
  await expect(designer.problems).not.toContainText('must come straight after');
  await expect(designer.problems).not.toContainText('What the caller enters is thrown away');

  // Drawn below the Gather by the Gather's height, not on top of it.
  const gatherBox = (await designer.node('Gather').boundingBox())!;
  const menuBox = (await menu.boundingBox())!;
  expect(menuBox.y).toBeGreaterThanOrEqual(gatherBox.y + gatherBox.height);
  const overlaps =
    menuBox.x < gatherBox.x + gatherBox.width &&
    gatherBox.x < menuBox.x + menuBox.width &&
    menuBox.y < gatherBox.y + gatherBox.height &&
    gatherBox.y < menuBox.y + menuBox.height;
  expect(overlaps).toBe(false);
});
