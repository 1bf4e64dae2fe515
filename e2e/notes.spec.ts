import { expect, test } from './fixtures';
import { rcmlDocument } from './pages/designer';

const TEXT = 'Ask Sam before changing the greeting';

// Several agents share this machine's two cores: give each test room, never a time to beat.
test.describe.configure({ timeout: 120_000 });

test('a note added from the keyboard: written in the inspector, shown on the canvas, never in the RCML, undone, kept on reload', async ({
  designer,
  page,
}) => {
  await designer.open();
  await designer.focusPaletteItem('Say');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Welcome');
  const welcome = rcmlDocument('<Say>Welcome</Say>');
  await designer.expectPreview(welcome);

  // Enter on the palette's Note adds one; focus moves to its text.
  await designer.focusPaletteItem('Note');
  await page.keyboard.press('Enter');
  const field = designer.field('Note');
  await expect(field).toBeFocused();
  await expect(designer.inspector).toContainText('Notes are never written to the RCML');
  // One edit (typing slower than the merge window would make several undo steps).
  await field.fill(TEXT);
  // Named by the start of its text; the whole text is on the note.
  const note = designer.node(/^Note: “Ask Sam/);
  await expect(note).toBeVisible();
  await expect(note).toContainText(TEXT);
  // Nothing connects to it: the call, and its XML, are as before.
  await designer.expectPreview(welcome);
  await expect(designer.problems).not.toContainText('Not connected');
  await page.screenshot({ path: '/tmp/notes-keyboard.png' });

  // Undo takes the text away, as for any edit; Redo brings it back.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(field).toHaveValue('');
  await expect(designer.node('Note: empty')).toBeVisible();
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(field).toHaveValue(TEXT);

  // Saved with the flow: still there after a reload.
  await page.waitForTimeout(500); // the autosave delay is 300 ms
  await page.reload();
  await expect(note).toContainText(TEXT);
  await note.click();
  await expect(designer.field('Note')).toHaveValue(TEXT);
  await designer.expectPreview(welcome);
});

test('a note dropped on the canvas: a sticky note with no connection points, its long text cut', async ({
  designer,
  page,
}) => {
  await designer.open();
  await designer.dropVerb('Reject', 390, 200);
  await designer.dropVerb('Note', 700, 160);
  await expect(designer.node('Note: empty')).toBeVisible();
  // Its name follows its text: find it by its kind.
  const note = designer.node(/^Note:/);
  await expect(note.locator('.react-flow__handle')).toHaveCount(0);
  await expect(designer.field('Note')).toBeVisible();

  // A long note wraps and is cut after a few lines; the inspector keeps all of it.
  const long = Array.from({ length: 12 }, (_, i) => `Line ${i + 1} of what to know.`).join('\n');
  await designer.field('Note').fill(long);
  await expect(designer.field('Note')).toHaveValue(long);
  const text = note.locator('.note-node-text');
  const clipped = await text.evaluate((el) => el.scrollHeight > el.clientHeight);
  expect(clipped).toBe(true);
  expect(await designer.previewText()).not.toContain('what to know');
  await page.screenshot({ path: '/tmp/notes-drop.png' });

  // Pasting more than a note holds is cut, and the user is told.
  await designer.field('Note').fill('x'.repeat(2_100));
  await expect(designer.field('Note')).toHaveValue('x'.repeat(2_000));
  await expect(designer.inspector).toContainText('Cut to 2,000 characters: the limit for Note.');
});

test('the canvas search finds a note by its text', async ({ designer, page }) => {
  await designer.open();
  await designer.dropVerb('Note', 600, 200);
  await designer.field('Note').fill('Holiday hours change in December');
  await page.getByRole('region', { name: 'Canvas' }).click({ position: { x: 100, y: 400 } });
  await page.keyboard.press('Control+f');
  const search = page.getByRole('searchbox', { name: 'Search the flow' });
  await search.fill('december');
  await expect(page.getByRole('search').getByRole('status')).toHaveText('1 match');
  await page.keyboard.press('Enter');
  await expect(designer.field('Note')).toHaveValue('Holiday hours change in December');
});
