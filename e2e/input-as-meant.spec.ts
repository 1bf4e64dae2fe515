import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import type { Designer } from './pages/designer';

/**
 * Input taken as meant (issue 25 §5): a city for a time zone is offered as its zone and never
 * shown as accepted, a number typed with spaces is tidied as Check caller tidies it, grey text
 * never looks like a value, and the simulator's date takes a typed year.
 */
async function addFromPalette(designer: Designer, item: string): Promise<void> {
  await designer.paletteItem(item).focus();
  await designer.page.keyboard.press('Enter');
}

const simulator = (page: Page) => page.getByRole('region', { name: 'Simulator' });

test.beforeEach(async ({ designer }) => {
  await designer.open();
});

test('a time zone typed as a city is offered as its zone, not shown as accepted', async ({
  designer,
}) => {
  await addFromPalette(designer, 'Check hours');
  const timeZone = designer.field('Time zone');
  await timeZone.fill('London');
  await expect(designer.inspector).toContainText(
    '“London” is a place, not a time zone name: use Europe/London.',
  );
  await expect(timeZone).toHaveAttribute('aria-invalid', 'true');
  const hours = designer.inspector.getByRole('group', { name: 'Opening hours' });
  await expect(hours).toHaveAccessibleDescription('Mon–Fri 09:00–17:00, time zone to fix');
  await expect(designer.node('Check hours')).not.toHaveAccessibleName(/London/);

  await designer.inspector.getByRole('button', { name: 'Use Europe/London' }).click();
  await expect(timeZone).toHaveValue('Europe/London');
  await expect(timeZone).not.toHaveAttribute('aria-invalid', 'true');
  await expect(designer.node('Check hours')).toHaveAccessibleName(/Europe\/London/);
});

test('a Dial number typed with spaces is tidied as Check caller tidies it', async ({
  designer,
}) => {
  await addFromPalette(designer, 'Dial');
  await designer.inspector.getByRole('button', { name: 'Add Number' }).click();
  const number = designer.inspector
    .getByRole('listitem', { name: 'Number 1' })
    .getByLabel('Phone number');
  await expect(number).toHaveAttribute('placeholder', 'e.g. +14155550123');
  await number.fill('+1 415 555 0100');
  await number.press('Tab');
  await expect(number).toHaveValue('+14155550100');
  await expect(designer.preview).toContainText('<Number>+14155550100</Number>');
  await expect(designer.problems).not.toContainText('not a number in international form');
});

test('grey example numbers say they are examples', async ({ designer }) => {
  await addFromPalette(designer, 'Check caller');
  await expect(designer.field('Numbers')).toHaveAttribute('placeholder', /^e\.g\. \+1/);
  await addFromPalette(designer, 'Gather');
  await expect(designer.field('Wait for input')).toHaveAttribute('placeholder', 'Default: 5');
});

test.describe('in London', () => {
  test.use({ timezoneId: 'Europe/London' });

  test('the simulator’s date takes a typed year, and shows the date in words', async ({
    designer,
    page,
  }) => {
    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    const panel = simulator(page);
    // The browser's zone here is Europe/London: the date is written day first, and typed.
    const date = panel.getByLabel('Date of the call');
    await expect(date).toHaveAttribute('placeholder', 'dd/mm/yyyy');
    await date.fill('');
    await date.pressSequentially('31/12/2027');
    await panel.getByLabel('Time of the call').fill('10:00');
    await expect(panel).toContainText(/Friday,? 31 December 2027, 10:00\./);
    await panel.getByRole('button', { name: 'Start call' }).click();
    await expect(panel.getByRole('list', { name: 'Transcript' })).toContainText('2027-12-31 10:00');
    void designer;
  });
});

test('a template flow downloads under its name, with a README that matches the designer', async ({
  designer,
  page,
}) => {
  await designer.openTemplate('Phone menu');
  await expect(page.getByLabel('Flow name')).toHaveValue('Phone menu');
  await designer.node('Main menu').click();
  await expect(designer.inspector).toContainText('a Menu after “After input” chooses by key');
  await expect(designer.inspector).not.toContainText('point the action at a server');

  const [download] = await Promise.all([page.waitForEvent('download'), designer.download.click()]);
  expect(download.suggestedFilename()).toBe('phone-menu.zip');
  const files = unzipSync(new Uint8Array(await readFile(await download.path())));
  const readme = strFromU8(files['README.txt']!).replace(/\s+/g, ' ');
  expect(readme).toContain('This flow is written in RCML');
  expect(readme).toContain('as the "Base URL" in RCML Studio is empty');
  expect(readme).not.toContain('you do not set them anywhere');
});

test('a flow of one document says where its XML goes, for its platform', async ({
  designer,
  page,
}) => {
  await page.getByLabel('Flow name').fill('Front desk');
  await addFromPalette(designer, 'Say');
  await designer.field('Text to say').fill('Hello.');
  const file = await designer.downloadFile();
  expect(file.name).toBe('front-desk.xml');
  await expect(
    page.getByRole('status').filter({ hasText: 'Downloaded front-desk.xml.' }),
  ).toContainText('paste the address of front-desk.xml as the phone number’s Voice URL');
});
