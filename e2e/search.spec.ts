import { expect, test } from './fixtures';
import type { Designer } from './pages/designer';

/** Opens the "Phone menu" template: Sales and Support each dial a number starting +1415555010. */
async function openPhoneMenu(designer: Designer) {
  await designer.open();
  await designer.openTemplate('Phone menu');
  await expect(designer.node('Sales')).toBeVisible();
}

test('Ctrl+F finds verbs by number and label; Enter moves through them; Escape closes', async ({
  designer,
  page,
}) => {
  await openPhoneMenu(designer);
  // Focus somewhere, so Escape has a place to give it back to.
  await designer.paletteItem('Say').focus();
  await page.keyboard.press('Control+f');
  const search = page.getByRole('searchbox', { name: 'Search the flow' });
  await expect(search).toBeFocused();

  await search.fill('+1415555010');
  const count = page.getByRole('search').getByRole('status');
  await expect(count).toHaveText('2 matches');
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('1 of 2');
  await expect(designer.field('Label')).toHaveValue('Sales');
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('2 of 2');
  await expect(designer.field('Label')).toHaveValue('Support');
  await page.screenshot({ path: '/tmp/h8-search-number.png' });
  await page.keyboard.press('Shift+Enter');
  await expect(designer.field('Label')).toHaveValue('Sales');

  // By label, and by a decision's kind.
  await search.fill('main menu');
  await expect(count).toHaveText('1 match');
  await page.keyboard.press('Enter');
  await expect(designer.field('Label')).toHaveValue('Main menu');
  await search.fill('zebra');
  await expect(count).toHaveText('No matches');

  await page.keyboard.press('Escape');
  await expect(search).toBeHidden();
  await expect(designer.paletteItem('Say')).toBeFocused();
});

test('the search box opens with the keyboard shortcut listed in the help', async ({
  designer,
  page,
}) => {
  await designer.open();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByRole('row', { name: /Search the flow/ })).toContainText('Ctrl+F');
});

test('the palette filter keeps the verbs and decisions that match, and hides empty groups', async ({
  designer,
  page,
}) => {
  await designer.open();
  const palette = page.getByRole('navigation', { name: 'Verbs' });
  const filter = palette.getByRole('searchbox', { name: 'Filter verbs' });
  await filter.fill('rej');
  await expect(designer.paletteItem('Reject')).toBeVisible();
  await expect(designer.paletteItem('Say')).toBeHidden();
  await expect(palette.getByRole('region', { name: 'Decisions' })).toBeHidden();
  await page.screenshot({ path: '/tmp/h8-palette-filter.png' });

  await filter.fill('caller');
  await expect(designer.paletteItem('Check caller')).toBeVisible();
  await filter.fill('zebra');
  await expect(palette.getByRole('button')).toHaveCount(0);
  await expect(palette).toContainText('No verb or decision matches “zebra”.');
  await filter.fill('');
  await expect(designer.paletteItem('Say')).toBeVisible();
  await expect(designer.paletteItem('Check caller')).toBeVisible();
});
