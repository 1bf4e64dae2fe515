import { expect, test } from './fixtures';
import { Designer } from './pages/designer';
import { dragNodeBy } from './pages/drag';

/** What the user can see of the flow: its name, the exported text, the verbs and where they are. */
async function snapshot(designer: Designer) {
  const nodes = await designer.canvas.getByRole('group').evaluateAll((els) =>
    els
      .filter((el) => el.classList.contains('react-flow__node'))
      .map((el) => `${el.getAttribute('aria-label')} @ ${(el as HTMLElement).style.transform}`)
      .sort(),
  );
  const name = await designer.page.getByLabel('Flow name').inputValue();
  return { name, preview: await designer.previewText(), nodes };
}

test('saves while editing write only the changes, and a reload restores the flow exactly', async ({
  designer,
  page,
}) => {
  test.setTimeout(60_000);
  // Every key the page writes to local storage, in order (the log starts again on a reload).
  await page.addInitScript(() => {
    const writes: string[] = [];
    (window as unknown as { storageWrites: string[] }).storageWrites = writes;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      writes.push(key);
      setItem.call(this, key, value);
    };
  });
  const writes = () =>
    page.evaluate(() => (window as unknown as { storageWrites: string[] }).storageWrites);
  const saved = () => expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await designer.open();
  const id = decodeURIComponent(new URL(page.url()).hash.replace('#flow=', ''));
  await designer.dropVerb('Say', 390, 220);
  await designer.field('Text to say').fill('Hello & welcome <there>');
  await designer.dropVerb('Pause', 390, 360);
  await designer.field('Length').fill('2');
  await page.getByLabel('Flow name').fill('Changes only');
  await saved();
  expect(await writes()).toContain(`rcml-studio/changes/${id}`);
  const before = await snapshot(designer);
  await page.reload();
  await expect(designer.node('Say')).toBeVisible();
  expect(await snapshot(designer)).toEqual(before);

  // More edits after the reload: a move, a removal, another dialect; reloaded at once.
  await dragNodeBy(page, designer.node('Pause'), 140, 0);
  await designer.node('Say').click();
  await page.keyboard.press('Delete');
  await expect(designer.node('Say')).toHaveCount(0);
  await designer.dialect.selectOption('flexml');
  // FlexML's documentation may not have Pause: the switch asks first.
  await page.getByRole('button', { name: 'Switch to FlexML' }).click();
  await saved();
  expect(await writes()).toContain(`rcml-studio/changes/${id}`);
  const after = await snapshot(designer);
  await page.reload();
  await expect(designer.node('Pause')).toBeVisible();
  expect(await snapshot(designer)).toEqual(after);
  await expect(designer.dialect).toHaveValue('flexml');
});
