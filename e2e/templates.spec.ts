import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Designer } from './pages/designer';

/** The gallery's templates, each with a node its flow shows and a word of its first document. */
const TEMPLATES = [
  { id: 'block-callers', name: 'Block nuisance callers', node: 'Blocked callers' },
  { id: 'after-hours', name: 'After-hours message', node: 'Opening hours' },
  { id: 'phone-menu', name: 'Phone menu', node: 'Main menu' },
  { id: 'forward-with-voicemail', name: 'Forward with voicemail', node: 'Voicemail' },
  { id: 'not-in-service', name: 'Number not in service', node: 'Not in service' },
  { id: 'ring-several', name: 'Forward to several phones', node: 'Ring both' },
  { id: 'screen-anonymous', name: 'Screen anonymous callers', node: 'Number withheld' },
] as const;

const gallery = (page: Page) => page.getByRole('dialog', { name: 'Templates' });
const toolbarButton = (page: Page) => page.getByRole('button', { name: 'Templates', exact: true });

/** A flow of the user's own, named and with a verb in it: what a template must not replace. */
async function ownFlow(designer: Designer) {
  await designer.open();
  await designer.page.getByLabel('Flow name').fill('My own flow');
  await designer.dropVerb('Say', 420, 300);
  await designer.field('Text to say').fill('Hello from my own flow');
  await designer.expectPreview(
    '<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n  <Say>Hello from my own flow</Say>\n</Response>\n',
  );
}

/** The template is the open flow: its name, its nodes, no errors. */
async function expectOpened(designer: Designer, template: (typeof TEMPLATES)[number]) {
  const { page } = designer;
  await expect(gallery(page)).toBeHidden();
  await expect(page.getByLabel('Flow name')).toHaveValue(template.name);
  await expect(designer.node(template.node)).toBeVisible();
  await expect(designer.problems).not.toContainText(/\d+ errors?/);
  await page.screenshot({ path: `/tmp/h4-${template.id}.png` });
}

/** The user's own flow is still in Flows, as it was: open it and see its document. */
async function expectOwnFlowKept(designer: Designer) {
  const { page } = designer;
  await page.getByRole('button', { name: 'Flows', exact: true }).click();
  const flows = page.getByRole('dialog', { name: 'Your flows' });
  await flows.getByRole('button', { name: 'Open My own flow' }).click();
  await expect(page.getByLabel('Flow name')).toHaveValue('My own flow');
  await designer.expectPreview(
    '<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n  <Say>Hello from my own flow</Say>\n</Response>\n',
  );
}

test('the gallery shows each template with a drawing, a line and what to fill in', async ({
  designer,
  page,
}) => {
  await designer.open();
  await toolbarButton(page).click();
  const dialog = gallery(page);
  await expect(dialog.getByRole('listitem')).toHaveCount(TEMPLATES.length);
  for (const template of TEMPLATES) {
    const card = dialog.getByRole('listitem', { name: template.name });
    await expect(card.getByRole('heading', { name: template.name })).toBeVisible();
    await expect(card.getByRole('button', { name: `Open ${template.name}` })).toBeVisible();
  }
  await expect(dialog.getByRole('listitem', { name: 'After-hours message' })).toContainText(
    'You fill in: the office number, your business’s name.',
  );
  await expect(dialog.getByRole('listitem', { name: 'Number not in service' })).toContainText(
    'Nothing to fill in.',
  );
  await expect(dialog.locator('svg.template-diagram')).toHaveCount(TEMPLATES.length);
  await page.screenshot({ path: '/tmp/h4-gallery.png' });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

for (const template of TEMPLATES) {
  test(`“${template.name}” opens as a new flow with the mouse; the open flow is kept`, async ({
    designer,
    page,
  }) => {
    await ownFlow(designer);
    await toolbarButton(page).click();
    await gallery(page)
      .getByRole('button', { name: `Open ${template.name}` })
      .click();
    await expectOpened(designer, template);
    await expectOwnFlowKept(designer);
  });

  test(`“${template.name}” opens as a new flow from the keyboard alone`, async ({
    designer,
    page,
  }) => {
    await ownFlow(designer);
    await designer.tabTo(toolbarButton(page));
    await page.keyboard.press('Enter');
    await designer.tabTo(gallery(page).getByRole('button', { name: `Open ${template.name}` }));
    await page.keyboard.press('Enter');
    await expectOpened(designer, template);
    await expectOwnFlowKept(designer);
  });
}

test('an empty flow offers the templates, and so does Flows → New', async ({ designer, page }) => {
  await designer.open();
  await page.screenshot({ path: '/tmp/h4-empty-offer.png' });
  await page.getByRole('button', { name: 'Browse templates' }).click();
  await expect(gallery(page)).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Flows', exact: true }).click();
  await page.getByRole('button', { name: 'New from a template…' }).click();
  await expect(page.getByRole('dialog', { name: 'Your flows' })).toBeHidden();
  await gallery(page).getByRole('button', { name: 'Open Phone menu' }).click();
  await expect(page.getByLabel('Flow name')).toHaveValue('Phone menu');
  // Once the flow has verbs, the offer makes way.
  await expect(page.getByRole('button', { name: 'Browse templates' })).toBeHidden();
});

test('a template the dialect cannot run opens in RCML and says why', async ({ designer, page }) => {
  await designer.open();
  await designer.dialect.selectOption('voiceml');
  await toolbarButton(page).click();
  const card = gallery(page).getByRole('listitem', { name: 'Phone menu' });
  await expect(card).toContainText('Opens in RCML: VoiceML has no Gather or Dial.');
  const block = gallery(page).getByRole('listitem', { name: 'Block nuisance callers' });
  await expect(block).not.toContainText('Opens in RCML');
  await card.getByRole('button', { name: 'Open Phone menu' }).click();
  await expect(designer.dialect).toHaveValue('rcml');
});

test('“Forward to several phones” adds its whisper to your flows', async ({ designer, page }) => {
  await designer.open();
  await toolbarButton(page).click();
  await gallery(page).getByRole('button', { name: 'Open Forward to several phones' }).click();
  await page.getByRole('button', { name: 'Flows', exact: true }).click();
  const flows = page.getByRole('dialog', { name: 'Your flows' });
  await flows.getByRole('button', { name: 'Open Whisper for Forward to several phones' }).click();
  await designer.expectPreview(
    '<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n  <Say>A call for Example Company.</Say>\n</Response>\n',
  );
});

test('the Incoming call lists what to fill in; each is a warning until filled', async ({
  designer,
  page,
}) => {
  await designer.open();
  await toolbarButton(page).click();
  await gallery(page).getByRole('button', { name: 'Open Block nuisance callers' }).click();
  await expect(designer.problems).toContainText('Fill in the numbers to block');
  await expect(designer.problems).toContainText('Fill in your business’s name');
  await expect(designer.problems).not.toContainText(/\d+ errors?/);

  await designer.node('Incoming call').click();
  const fillIn = designer.inspector.getByRole('region', { name: 'Fill in' });
  await expect(fillIn).toContainText('2 things are still the template’s example');
  await fillIn.getByRole('button', { name: 'Show the numbers to block' }).click();
  const numbers = designer.field('Numbers');
  await expect(numbers).toBeFocused();
  await numbers.fill('+442079460018');
  await expect(designer.problems).not.toContainText('Fill in the numbers to block');

  await designer.node('Incoming call').click();
  await expect(fillIn).toContainText('one thing is still the template’s example');
  await fillIn.getByRole('button', { name: 'Show your business’s name' }).click();
  await designer.field('Text to say').fill('Thank you for calling Acme Plumbing.');
  await designer.node('Incoming call').click();
  await expect(fillIn).toContainText('All filled in');
  await expect(designer.problems).toContainText('No problems');
});

test('a name typed in New flow is kept when the user starts from a template instead', async ({
  designer,
  page,
}) => {
  await designer.open();
  await designer.canvas.click({ position: { x: 30, y: 30 } });
  await page.keyboard.press('Alt+n');
  const ask = page.getByRole('dialog', { name: 'New flow' });
  await page.keyboard.type('Front desk');
  await ask.getByRole('button', { name: 'Start from a template instead…' }).click();
  await gallery(page).getByRole('button', { name: 'Open Phone menu' }).click();
  await expect(gallery(page)).toBeHidden();
  await expect(page.getByLabel('Flow name')).toHaveValue('Front desk');
  await expect(designer.node('Main menu')).toBeVisible();

  // From the toolbar, a template's flow takes the template's name, as before.
  await toolbarButton(page).click();
  await gallery(page).getByRole('button', { name: 'Open After-hours message' }).click();
  await expect(page.getByLabel('Flow name')).toHaveValue('After-hours message');
});
