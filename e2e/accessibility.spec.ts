import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousViolations } from './pages/axe';
import type { Designer } from './pages/designer';

/** axe-core over the designer in each state a user reaches (see pages/axe.ts). */
// axe reads the whole page in each state; on a shared machine that takes a while.
test.describe.configure({ timeout: 120_000 });

test.describe('the main screen', () => {
  test('with a flow open and a verb selected', async ({ designer, page }) => {
    await designer.open();
    await designer.paletteItem('Say').press('Enter');
    await designer.paletteItem('Reject').press('Enter');
    await designer.node('Say').click();
    await expect(designer.field('Text to say')).toBeVisible();
    await expectNoSeriousViolations(page, 'with a verb selected');
  });

  test('with a decision selected', async ({ designer, page }) => {
    await designer.open();
    await designer.paletteItem('Check caller').press('Enter');
    await designer.node('Check caller').click();
    await expect(designer.inspector.getByRole('heading', { name: 'Check caller' })).toBeVisible();
    await expectNoSeriousViolations(page, 'with a decision selected');
  });

  test('with the simulator open', async ({ designer, page }) => {
    await designer.open();
    await designer.paletteItem('Say').press('Enter');
    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Simulator' })).toBeVisible();
    await expectNoSeriousViolations(page, 'with the simulator open');
  });

  test('with the search box open and the overview hidden', async ({ designer, page }) => {
    await designer.open();
    await page.keyboard.press('ControlOrMeta+f');
    await expect(page.getByRole('search')).toBeVisible();
    await page.getByRole('button', { name: 'Hide overview' }).click();
    await expectNoSeriousViolations(page, 'with the search box open');
  });
});

test.describe('every dialog', () => {
  test.beforeEach(async ({ designer }) => {
    await designer.open();
  });

  const dialogs: { name: string; open(page: Page, designer: Designer): Promise<void> }[] = [
    {
      name: 'Your flows',
      open: (page) => page.getByRole('button', { name: 'Flows', exact: true }).click(),
    },
    {
      name: 'Templates',
      open: (page) => page.getByRole('button', { name: 'Templates', exact: true }).click(),
    },
    {
      name: 'Import RCML',
      open: (page) => page.getByRole('button', { name: 'Import', exact: true }).click(),
    },
    { name: 'Keyboard shortcuts', open: (page) => page.keyboard.press('?') },
    { name: 'New flow', open: (page) => page.keyboard.press('Alt+n') },
    {
      name: 'Switch from RCML to VoiceML?',
      open: async (page, designer) => {
        await designer.paletteItem('Reject').press('Enter');
        await designer.field('Reason').selectOption('anonymity_disallowed');
        await designer.dialect.selectOption('voiceml');
      },
    },
    {
      name: 'This flow has 1 error',
      open: async (_page, designer) => {
        await designer.paletteItem('Say').press('Enter');
        await designer.download.click();
      },
    },
  ];

  for (const dialog of dialogs) {
    test(`“${dialog.name}”`, async ({ designer, page }) => {
      await dialog.open(page, designer);
      const shown = page.getByRole('dialog', { name: dialog.name });
      await expect(shown).toBeVisible();
      await page.screenshot({ path: `/tmp/a11y-${dialog.name.replace(/\W+/g, '-')}.png` });
      await expectNoSeriousViolations(page, `in the dialog “${dialog.name}”`);
    });
  }
});
