import { expect, test } from './fixtures';
import { readFile } from 'node:fs/promises';
import { Designer, rcmlDocument } from './pages/designer';
import { dragNodeBy } from './pages/drag';
import { FLOW_VERSION } from '../src/schema/flow';

/** What the user can see of the flow: its name, the exported text, the verbs and where they are. */
async function snapshot(designer: Designer) {
  const nodes = await designer.canvas.getByRole('group').evaluateAll((els) =>
    els
      .filter((el) => el.classList.contains('react-flow__node'))
      .map((el) => `${accessibleName(el)} @ ${(el as HTMLElement).style.transform}`)
      .sort(),
  );
  const name = await designer.page.getByLabel('Flow name').inputValue();
  return { name, preview: await designer.previewText(), nodes };
}

test('undo and redo walk through twenty mixed actions, one state at a time', async ({
  designer,
  page,
}) => {
  test.setTimeout(90_000);
  await designer.open();
  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  await expect(undo).toBeDisabled();

  const states = [await snapshot(designer)];
  const step = async (action: () => Promise<void>) => {
    await action();
    // Let the canvas settle, then remember what the user sees.
    await expect
      .poll(async () => JSON.stringify(await snapshot(designer)))
      .not.toBe(JSON.stringify(states.at(-1)));
    states.push(await snapshot(designer));
  };

  await step(() => designer.dropVerb('Say', 390, 220));
  await step(() => designer.field('Text to say').fill('Hello'));
  await step(() => designer.dropVerb('Pause', 390, 360));
  await step(() => designer.field('Length').fill('2'));
  await step(() => designer.dropVerb('Reject', 390, 500));
  await step(async () => void (await designer.field('Reason').selectOption('busy')));
  await step(() => dragNodeBy(page, designer.node('Pause'), 140, 0));
  await step(async () => {
    await designer.node('Say').click();
    await designer.field('Voice').selectOption('woman');
  });
  await step(async () => {
    await designer.node('Reject').click();
    await designer.field('Label').fill('Block');
  });
  await step(async () => {
    await designer.dialect.selectOption('flexml');
    // FlexML's documentation may not have Pause: the switch asks first.
    await page.getByRole('button', { name: 'Switch to FlexML' }).click();
  });
  await step(async () => {
    await designer.node('Block').click();
    await designer.field('Reason').selectOption('decline');
  });
  await step(() => designer.dropVerb('Hangup', 150, 560));
  await step(async () => {
    await designer.node('Hangup').click();
    await page.keyboard.press('Delete');
  });
  await step(async () => {
    await designer.node('Say').click();
    await page.keyboard.press('Control+d');
  });
  await step(() => page.getByLabel('Flow name').fill('Twenty steps'));
  await step(async () => {
    await designer.node('Pause').click();
    await designer.field('Length').fill('3');
  });
  await step(async () => void (await designer.dialect.selectOption('rcml')));
  await step(async () => {
    await designer.node('Pause').click();
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
  });
  await step(() => page.keyboard.press('Delete'));
  await step(async () => {
    await designer.node('Say').first().click();
    await page.keyboard.press('ArrowRight');
  });
  expect(states).toHaveLength(21);

  for (let i = states.length - 2; i >= 0; i--) {
    await undo.click();
    await expect.poll(() => snapshot(designer)).toEqual(states[i]);
  }
  await expect(undo).toBeDisabled();
  for (let i = 1; i < states.length; i++) {
    await redo.click();
    await expect.poll(() => snapshot(designer)).toEqual(states[i]);
  }
  await expect(redo).toBeDisabled();
});

test('keyboard: Ctrl+Z and Ctrl+Shift+Z undo and redo, but not while typing', async ({
  designer,
  page,
}) => {
  await designer.open();
  await designer.dropVerb('Say', 390, 260);
  await designer.field('Text to say').fill('Hello');
  await designer.field('Text to say').press('Control+a');
  await expect(designer.node('Say')).toHaveCount(1);
  // "?" typed in a field is text, not the shortcut help.
  await designer.field('Text to say').press('End');
  await page.keyboard.type('?');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await designer.expectPreview(rcmlDocument('<Say>Hello?</Say>'));

  await designer.canvas.click({ position: { x: 30, y: 30 } });
  await page.keyboard.press('Control+z');
  await designer.expectPreview(rcmlDocument('<Say/>'));
  await page.keyboard.press('Control+Shift+z');
  await designer.expectPreview(rcmlDocument('<Say>Hello?</Say>'));
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(designer.node('Say')).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(designer.node('Say')).toHaveCount(1);

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Undo');
  await expect(help).toContainText('Duplicate the selected verbs');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('a reload brings back everything, even an edit made just before it', async ({
  designer,
  page,
}) => {
  await designer.open();
  await page.getByLabel('Flow name').fill('After hours');
  await designer.dropVerb('Pause', 390, 240);
  await designer.dropVerb('Reject', 390, 380);
  await designer.field('Reason').selectOption('busy');
  await page.waitForTimeout(500); // the autosave delay is 300 ms
  const before = await snapshot(designer);
  await page.reload();
  await expect(designer.node('Reject')).toBeVisible();
  await expect(page.getByLabel('Flow name')).toHaveValue('After hours');
  expect(await snapshot(designer)).toEqual(before);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
});

test('flows: create, rename, duplicate, delete with a way back, and paste between them', async ({
  designer,
  page,
}) => {
  await designer.open();
  await page.getByLabel('Flow name').fill('Main line');
  await designer.dropVerb('Reject', 390, 260);
  await designer.field('Reason').selectOption('busy');
  await designer.node('Reject').click();
  await page.keyboard.press('Control+c');

  await designer.newFlow('Second line');
  await expect(designer.node('Reject')).toHaveCount(0);
  const flowsButton = page.getByRole('button', { name: 'Flows' });
  const dialog = page.getByRole('dialog', { name: 'Your flows' });

  // Paste the Reject copied in the other flow.
  await designer.canvas.click({ position: { x: 30, y: 30 } });
  await page.keyboard.press('Control+v');
  await expect(designer.node('Reject')).toHaveAccessibleName('Reject: busy (486)');

  await flowsButton.click();
  await expect(dialog.getByRole('row')).toHaveCount(3); // header + two flows
  await dialog.getByRole('button', { name: 'Duplicate Main line' }).click();
  await expect(dialog.getByRole('row', { name: /Main line \(copy\)/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Rename Main line (copy)' }).click();
  await dialog.getByLabel('New name for Main line (copy)').fill('Holiday line');
  await dialog.getByLabel('New name for Main line (copy)').press('Enter');
  await expect(dialog.getByRole('row', { name: /Holiday line/ })).toBeVisible();

  await dialog.getByRole('button', { name: 'Delete Holiday line' }).click();
  await dialog.getByRole('button', { name: 'Delete “Holiday line”' }).click();
  await expect(dialog.getByRole('row', { name: /Holiday line/ })).toHaveCount(0);
  const trash = dialog.getByRole('region', { name: 'Recently deleted' });
  await trash.getByRole('button', { name: 'Restore Holiday line' }).click();
  await expect(dialog.getByRole('row', { name: /Holiday line/ })).toBeVisible();

  await dialog.getByRole('button', { name: 'Open Main line' }).click();
  await expect(page.getByLabel('Flow name')).toHaveValue('Main line');
  await designer.expectPreview(rcmlDocument('<Reject reason="busy"/>'));
});

test('save a flow file and open it again; a newer file is refused and changes nothing', async ({
  designer,
  page,
}, testInfo) => {
  await designer.open();
  await page.getByLabel('Flow name').fill('Backup me');
  await designer.dropVerb('Reject', 390, 260);
  await designer.field('Reason').selectOption('unwanted');

  await page.getByRole('button', { name: 'Flows' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your flows' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Save flow file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('backup-me.rcmlflow.json');
  const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(saved).toMatchObject({
    format: 'rcml-studio/flow',
    version: FLOW_VERSION,
    dialect: 'rcml',
  });

  // A file from a newer RCML Studio: refused, the open flow untouched.
  const newer = testInfo.outputPath('newer.json');
  const { writeFile } = await import('node:fs/promises');
  await writeFile(newer, JSON.stringify({ ...saved, version: 99 }));
  await dialog.getByLabel('Flow file to open').setInputFiles(newer);
  await expect(dialog.getByRole('alert')).toContainText('saved by a newer RCML Studio');
  await expect(dialog.getByRole('alert')).toContainText('Nothing was changed');

  // A version-1 file (before flows had ids) is upgraded on opening.
  const older = testInfo.outputPath('older.json');
  const versionOne = { ...saved, version: 1, name: 'From version 1' };
  delete versionOne.id;
  await writeFile(older, JSON.stringify(versionOne));
  await dialog.getByLabel('Flow file to open').setInputFiles(older);
  await expect(page.getByLabel('Flow name')).toHaveValue('From version 1');
  await expect(page.getByRole('status')).toContainText('upgraded from an older file version 1');
  await designer.expectPreview(rcmlDocument('<Reject reason="unwanted"/>'));
});

test('two tabs on one flow: the second tab never silently overwrites the first', async ({
  context,
}) => {
  const first = new Designer(await context.newPage());
  await first.open();
  await first.dropVerb('Reject', 390, 260);
  await first.page.waitForTimeout(500);

  const second = new Designer(await context.newPage());
  await second.page.goto(first.page.url());
  await expect(second.node('Reject')).toBeVisible();

  // The first tab changes the flow: the second is told, and chooses.
  await first.node('Reject').click();
  await first.field('Reason').selectOption('busy');
  const banner = second.page.getByRole('alert');
  await expect(banner).toContainText('changed in another tab');
  await second.page.getByRole('button', { name: 'Load the other tab’s version' }).click();
  await second.expectPreview(rcmlDocument('<Reject reason="busy"/>'));
  await expect(banner).toHaveCount(0);

  // Now the second tab saves a change: the first is told, and its own edits are held back
  // (not written over the second's) until it chooses to keep them as a copy.
  await second.node('Reject').click();
  await second.field('Reason').selectOption('unwanted');
  await expect(first.page.getByRole('alert')).toContainText('changed in another tab');
  await first.node('Reject').click();
  await first.field('Reason').selectOption('forbidden');
  await first.page.waitForTimeout(500);
  await first.page.getByRole('button', { name: 'Keep mine as a copy' }).click();
  await expect(first.page.getByLabel('Flow name')).toHaveValue(/\(copy\)$/);
  await first.expectPreview(rcmlDocument('<Reject reason="forbidden"/>'));
  await expect(first.page.getByText('Saved', { exact: true })).toBeVisible();
  await second.page.reload();
  await second.expectPreview(rcmlDocument('<Reject reason="unwanted"/>'));
});

test('when the browser cannot store anything, the user is told and keeps working', async ({
  designer,
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await designer.open();
  await expect(page.getByRole('alert')).toContainText('storage for this site is full');
  await expect(page.getByText('Not saved')).toBeVisible();

  await designer.dropVerb('Reject', 390, 260);
  await designer.field('Reason').selectOption('busy');
  await designer.expectPreview(rcmlDocument('<Reject reason="busy"/>'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download flow file' }).click(),
  ]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(file.nodes.map((n: { kind: string }) => n.kind)).toEqual(['start', 'reject']);
});
