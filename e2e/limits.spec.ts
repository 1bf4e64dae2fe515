import { expect, test } from './fixtures';
import { Designer } from './pages/designer';

/** About 1 MB of text in several scripts, with emoji (two UTF-16 units each). */
const SAMPLE = 'Grüße مرحبا こんにちは Привет 👋🏽 नमस्ते ';
const MEGABYTE = SAMPLE.repeat(Math.ceil(1_000_000 / SAMPLE.length));

async function addSay(designer: Designer) {
  await designer.paletteItem('Say').press('Enter');
  await expect(designer.node('Say')).toBeVisible();
}

test('1 MB pasted into "Text to say" is cut to 4,096 characters, with a message', async ({
  designer,
}) => {
  // A megabyte crosses from the test to the browser: generous time on a loaded machine.
  test.slow();
  await designer.open();
  await addSay(designer);
  const text = designer.field('Text to say');

  // fill() inserts the text as a paste does (one insertText, maxlength applies).
  await text.fill(MEGABYTE);
  const held = await text.inputValue();
  expect([...held].length).toBeLessThanOrEqual(4096);
  expect([...held].length).toBeGreaterThan(4090);
  expect(MEGABYTE.startsWith(held)).toBe(true);
  const message = designer.inspector.getByText(
    'Cut to 4,096 characters: the limit for Text to say.',
  );
  await expect(message).toBeVisible();
  // Announced politely: the message sits in a live region.
  await expect(message.locator('xpath=ancestor::*[@aria-live="polite"]')).toHaveCount(1);

  // The field still answers: a keystroke at the limit is cut again, and deleting works.
  await text.press('End');
  await text.press('Backspace');
  await expect.poll(async () => [...(await text.inputValue())].length).toBeLessThan(4096);
  await expect(designer.inspector.getByText('Cut to 4,096 characters')).toHaveCount(0);
});

test('a paste through the clipboard is cut the same way', async ({ designer, page, context }) => {
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await designer.open();
  await addSay(designer);
  const text = designer.field('Text to say');
  await text.focus();
  await page.evaluate((value) => navigator.clipboard.writeText(value), MEGABYTE);
  await page.keyboard.press('Control+V');

  await expect.poll(async () => [...(await text.inputValue())].length).toBeGreaterThan(4090);
  expect([...(await text.inputValue())].length).toBeLessThanOrEqual(4096);
  await expect(
    designer.inspector.getByText('Cut to 4,096 characters: the limit for Text to say.'),
  ).toBeVisible();
  // What the preview exports is the cut text, not the megabyte.
  expect((await designer.previewText()).length).toBeLessThan(20_000);
});

test('a label is cut to 60 characters and a URL without a documented limit to 2,048', async ({
  designer,
}) => {
  await designer.open();
  await designer.paletteItem('Redirect').press('Enter');
  const label = designer.field('Label');
  await label.fill('L'.repeat(500));
  await expect(label).toHaveValue('L'.repeat(60));
  await expect(
    designer.inspector.getByText('Cut to 60 characters: the limit for Label.'),
  ).toBeVisible();

  const url = designer.field('Go to URL');
  await url.fill(`https://example.com/${'a'.repeat(5000)}`);
  await expect.poll(async () => (await url.inputValue()).length).toBe(2048);
  await expect(
    designer.inspector.getByText('Cut to 2,048 characters: the limit for Go to URL.'),
  ).toBeVisible();
});
