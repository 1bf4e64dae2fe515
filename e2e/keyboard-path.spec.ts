import { expect, test } from './fixtures';
import { rcmlDocument } from './pages/designer';

/** The key that stands for Ctrl here (Linux in CI); the app reads ⌘ on a Mac the same way. */
const MOD = 'Control';

test('the palette is one Tab stop, with the arrow keys between its items', async ({
  designer,
  page,
}) => {
  await designer.open();
  const filter = page.getByRole('searchbox', { name: 'Filter verbs' });
  await filter.focus();
  await page.keyboard.press('Tab');
  const first = designer.paletteItem('Say');
  await expect(first).toBeFocused();

  await page.keyboard.press('ArrowDown');
  await expect(first).not.toBeFocused();
  const second = page.locator(':focus');
  await expect(second).toHaveClass(/palette-item/);
  await page.keyboard.press('End');
  const items = page.getByRole('navigation', { name: 'Verbs' }).locator('.palette-item');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(first).toBeFocused();

  // One Tab leaves the palette, whichever item has focus; Shift+Tab comes back to that item.
  await page.keyboard.press('ArrowDown');
  const focusedName = await page.evaluate(() =>
    document.activeElement ? accessibleName(document.activeElement) : null,
  );
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).not.toHaveClass(/palette-item/);
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator(':focus')).toHaveAccessibleName(focusedName!);

  // From the palette, Download is a few Shift+Tabs away (it was 21 when each verb was a stop):
  // the filter, then the toolbar's end: "More actions", "Download image", Download.
  await page.keyboard.press('Shift+Tab');
  await expect(filter).toBeFocused();
  for (const name of ['More actions', 'Download image', 'Download']) {
    await page.keyboard.press('Shift+Tab');
    await expect(page.locator(':focus')).toHaveAccessibleName(name);
  }
  await expect(designer.download).toBeFocused();

  // Enter on the focused item adds it, as before.
  await designer.focusPaletteItem('Pause');
  await page.keyboard.press('Enter');
  await expect(designer.field('Length')).toBeFocused();
});

test('the filter keeps the Tab stop on a shown item', async ({ designer, page }) => {
  await designer.open();
  const filter = page.getByRole('searchbox', { name: 'Filter verbs' });
  await filter.fill('reject');
  await page.keyboard.press('Tab');
  await expect(designer.paletteItem('Reject')).toBeFocused();
});

test('shortcuts: new flow with a name, download named after it, import, simulate, search, help', async ({
  designer,
  page,
}) => {
  await designer.open();
  await designer.canvas.click({ position: { x: 30, y: 30 } });

  // Alt+N asks for the name, then the palette has focus: the next step is adding a verb.
  await page.keyboard.press('Alt+n');
  const ask = page.getByRole('dialog', { name: 'New flow' });
  await expect(ask.getByLabel('Name of the new flow')).toBeFocused();
  await page.keyboard.type('Front desk');
  await page.keyboard.press('Enter');
  await expect(ask).toBeHidden();
  await expect(page.getByLabel('Flow name')).toHaveValue('Front desk');
  await expect(designer.paletteItem('Say')).toBeFocused();
  await designer.focusPaletteItem('Pause'); // arrow keys from where focus is
  await page.keyboard.press('Enter');
  await page.keyboard.type('2');
  await designer.expectPreview(rcmlDocument('<Pause length="2"/>'));

  // Mod+S downloads the document, named after the flow.
  await designer.canvas.click({ position: { x: 30, y: 30 } });
  const file = await designer.downloadFile(() => page.keyboard.press(`${MOD}+s`));
  expect(file.name).toBe('front-desk.xml');
  expect(file.text).toBe(rcmlDocument('<Pause length="2"/>'));

  // Mod+O opens Import; Escape closes it.
  await page.keyboard.press(`${MOD}+o`);
  const importDialog = page.getByRole('dialog', { name: 'Import RCML' });
  await expect(importDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(importDialog).toBeHidden();

  // Mod+Enter opens the simulator, and again closes it.
  await designer.canvas.click({ position: { x: 30, y: 30 } });
  await page.keyboard.press(`${MOD}+Enter`);
  const simulator = page.getByRole('region', { name: 'Simulator' });
  await expect(simulator).toBeVisible();
  await expect(page.getByRole('button', { name: 'Simulate' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await designer.canvas.click({ position: { x: 30, y: 30 } });
  await page.keyboard.press(`${MOD}+Enter`);
  await expect(simulator).toBeHidden();

  // Mod+F opens the search box.
  await page.keyboard.press(`${MOD}+f`);
  await expect(page.getByRole('searchbox', { name: 'Search the flow' })).toBeFocused();
  await page.keyboard.press('Escape');

  // The help lists every shortcut above, from the same registry.
  await designer.canvas.click({ position: { x: 30, y: 30 } });
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  for (const [label, keys] of [
    ['Start a new flow', 'Alt+N'],
    ['Download the flow for your voice platform', 'Ctrl+S'],
    ['Import RCML, FlexML or VoiceML documents', 'Ctrl+O'],
    ['Try a call in the browser, step by step (again: close it)', 'Ctrl+Enter'],
    ['Search the flow', 'Ctrl+F'],
    ['Your flows: open, rename, duplicate, delete', 'Ctrl+Shift+O'],
  ]) {
    await expect(help.getByRole('row', { name: label })).toContainText(keys!);
  }
  // The toolbar's buttons say their shortcut too.
  await page.keyboard.press('Escape');
  await expect(designer.download).toHaveAttribute('aria-keyshortcuts', 'Control+S');
});

test('after opening a flow, focus is on its incoming call', async ({ designer, page }) => {
  await designer.open();
  await page.getByLabel('Flow name').fill('First');
  await designer.newFlow('Second');
  await page.getByRole('button', { name: 'Flows', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Your flows' });
  await dialog.getByRole('button', { name: 'Open First' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Flow name')).toHaveValue('First');
  await expect(designer.node('Incoming call')).toBeFocused();
});

test('the "More actions" menu works from the keyboard', async ({ designer, page }) => {
  await designer.open();
  await designer.tabTo(designer.moreActions);
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'More actions' });
  await expect(menu.getByRole('menuitem', { name: 'New flow…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(designer.moreActions).toBeFocused();

  await page.keyboard.press('ArrowUp'); // opens on the last item
  await expect(menu.getByRole('menuitem', { name: /Keyboard shortcuts/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});
