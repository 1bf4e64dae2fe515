/**
 * Connections that land (issue 25, section 2): a connection dropped anywhere on a box connects,
 * and the box shows it will during the drag; one dropped on empty canvas opens a short palette
 * there; "New step…" beside an outlet's picker adds a step on that outlet. Mouse and keyboard.
 */
import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousViolations } from './pages/axe';
import type { Designer } from './pages/designer';
import { expect, test } from './fixtures';

/** Adds a palette item as a keyboard user does: it joins the selected step, and is selected. */
async function addByKeyboard(designer: Designer, page: Page, name: string): Promise<void> {
  await designer.focusPaletteItem(name);
  await page.keyboard.press('Enter');
  await expect(designer.node(name)).toBeVisible();
}

/** Presses the mouse on a node's outlet dot and drags to a point, leaving the button down. */
async function dragFromOutlet(page: Page, node: Locator, outlet: string, x: number, y: number) {
  const handle = node.locator(`.react-flow__handle.source[data-handleid="${outlet}"]`);
  const a = (await handle.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + 30, { steps: 4 });
  await page.mouse.move(x, y, { steps: 10 });
}

/** The node an outlet picker of the selected step leads to, as the picker shows it. */
function picked(designer: Designer, outlet: string): Locator {
  return designer.field(outlet).getByRole('option', { selected: true });
}

test('a connection dropped in the middle of a box connects, and the box lights up on the way', async ({
  designer,
  page,
}) => {
  await designer.open();
  await addByKeyboard(designer, page, 'Check caller');
  // Nothing follows a decision's branch by itself: the Say is added unconnected.
  await addByKeyboard(designer, page, 'Say');
  const check = designer.node('Check caller');
  const say = designer.node('Say');

  const box = (await say.boundingBox())!;
  await dragFromOutlet(page, check, 'matches', box.x + box.width / 2, box.y + box.height / 2);
  await expect(say.locator('.verb-node')).toHaveClass(/is-drop-target/);
  await page.screenshot({ path: '/tmp/conn/drop-highlight.png' });
  await page.mouse.up();
  await expect(say.locator('.verb-node')).not.toHaveClass(/is-drop-target/);

  await check.click();
  await expect(picked(designer, 'Matches')).toHaveText(/^Say/);
});

test('a connection dropped on empty canvas opens a palette there; the step chosen is added and connected', async ({
  designer,
  page,
}) => {
  await designer.open();
  await addByKeyboard(designer, page, 'Check caller');
  const check = designer.node('Check caller');
  const box = (await check.boundingBox())!;
  const drop = { x: box.x + 40, y: box.y + box.height + 120 };

  // Escape cancels and gives focus back to the step the connection came from.
  await dragFromOutlet(page, check, 'otherwise', drop.x, drop.y);
  await page.mouse.up();
  const chooser = page.getByRole('dialog', { name: 'Add a step after Otherwise' });
  await expect(chooser).toBeVisible();
  await expect(chooser.getByRole('combobox', { name: 'Filter steps' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(chooser).toBeHidden();
  await expect(check).toBeFocused();

  await dragFromOutlet(page, check, 'otherwise', drop.x, drop.y);
  await page.mouse.up();
  await expect(chooser).toBeVisible();
  // It opens where the connection was let go.
  const opened = (await chooser.boundingBox())!;
  expect(Math.abs(opened.x - drop.x)).toBeLessThan(30);
  expect(drop.y).toBeGreaterThan(opened.y - 30);
  expect(drop.y).toBeLessThan(opened.y + opened.height + 30);
  await expectNoSeriousViolations(page, 'with the palette open at a point');
  await page.keyboard.type('hang');
  await expect(chooser.getByRole('option')).toHaveText([/^Hangup/]);
  await page.screenshot({ path: '/tmp/conn/palette-at-point.png' });
  await page.keyboard.press('Enter');
  await expect(chooser).toBeHidden();

  const hangup = designer.node('Hangup');
  await expect(hangup).toBeVisible();
  // Drawn where it was dropped.
  const added = (await hangup.boundingBox())!;
  expect(Math.abs(added.x + added.width / 2 - drop.x)).toBeLessThan(40);
  await check.click();
  await expect(picked(designer, 'Otherwise')).toHaveText(/^Hangup/);

  // One undo step takes the step and its connection back.
  await page.keyboard.press('Control+z');
  await expect(hangup).toBeHidden();
  await expect(picked(designer, 'Otherwise')).toHaveText('Not connected');
});

test('the palette at a point offers only steps that may go there: a Menu after a Gather’s “After input” only', async ({
  designer,
  page,
}) => {
  await designer.open();
  await addByKeyboard(designer, page, 'Gather');
  const gather = designer.node('Gather');
  const box = (await gather.boundingBox())!;
  const drop = { x: box.x + box.width + 80, y: box.y + box.height + 100 };

  await dragFromOutlet(page, gather, 'next', drop.x, drop.y);
  await page.mouse.up();
  const afterNoInput = page.getByRole('dialog', { name: 'Add a step after If no input' });
  await page.keyboard.type('menu');
  await expect(afterNoInput.getByRole('option')).toHaveCount(0);
  await page.keyboard.press('Escape');

  await dragFromOutlet(page, gather, 'action', drop.x, drop.y);
  await page.mouse.up();
  const afterInput = page.getByRole('dialog', { name: 'Add a step after After input' });
  await page.keyboard.type('menu');
  await afterInput.getByRole('option', { name: 'Menu' }).click();
  await expect(designer.node('Menu')).toBeVisible();
  await expect(designer.problems).not.toContainText('must come straight after');
});

test('“New step…” beside an outlet’s picker adds the step there, connected and selected, in one undo step, by keyboard', async ({
  designer,
  page,
}) => {
  await designer.open();
  await addByKeyboard(designer, page, 'Gather');

  // “If no input” offers no Menu: a Menu goes straight after “After input” only.
  const noInput = designer.inspector.getByRole('button', { name: 'New step… for “If no input”' });
  await noInput.focus();
  await page.keyboard.press('Enter');
  const afterNoInput = page.getByRole('dialog', { name: 'Add a step after If no input' });
  await expect(afterNoInput.getByRole('combobox', { name: 'Filter steps' })).toBeFocused();
  await page.keyboard.type('menu');
  await expect(afterNoInput.getByRole('option')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(afterNoInput).toBeHidden();
  await expect(noInput).toBeFocused();

  const afterInput = designer.inspector.getByRole('button', {
    name: 'New step… for “After input”',
  });
  await afterInput.focus();
  await page.keyboard.press('Enter');
  const chooser = page.getByRole('dialog', { name: 'Add a step after After input' });
  await expectNoSeriousViolations(page, 'with the inspector’s step chooser open');
  await page.keyboard.type('men');
  await page.screenshot({ path: '/tmp/conn/inspector-new-step.png' });
  await page.keyboard.press('Enter');
  await expect(chooser).toBeHidden();

  // The Menu is added, selected, and focus is in its first field.
  const menu = designer.node('Menu');
  await expect(menu).toBeVisible();
  await expect(designer.inspector.getByRole('heading', { name: 'Menu' })).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(() => document.activeElement?.closest('[aria-label="Inspector"]') !== null),
    )
    .toBe(true);
  await expect(designer.problems).not.toContainText('must come straight after');

  await designer.node('Gather').click();
  await expect(picked(designer, 'After input')).toHaveText(/^Menu/);
  // Below the Gather, by its drawn height.
  const gatherBox = (await designer.node('Gather').boundingBox())!;
  expect((await menu.boundingBox())!.y).toBeGreaterThanOrEqual(gatherBox.y + gatherBox.height);

  // One undo step takes the Menu and its connection back.
  await page.keyboard.press('Control+z');
  await expect(menu).toBeHidden();
  await expect(picked(designer, 'After input')).toHaveText('Not connected');
});
