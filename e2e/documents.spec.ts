import { expect, test } from './fixtures';
import { unzipSync, strFromU8 } from 'fflate';
import { readFile } from 'node:fs/promises';
import { rcmlDocument } from './pages/designer';

test('greeting, then ring two numbers at once, then voicemail after the dial', async ({
  designer,
  page,
}) => {
  await designer.open();
  await page.getByLabel('Flow name').fill('Front desk');

  await designer.dropVerb('Say', 390, 220);
  await designer.field('Text to say').fill('Thanks for calling Acme.');

  await designer.dropVerb('Dial', 390, 360);
  await designer.inspector.getByRole('button', { name: 'Add Number' }).click();
  const first = designer.inspector.getByRole('listitem', { name: 'Number 1' });
  await first.getByLabel('Phone number').fill('+14155550100');
  await designer.inspector.getByRole('button', { name: 'Add Number' }).click();
  const second = designer.inspector.getByRole('listitem', { name: 'Number 2' });
  await second.getByLabel('Phone number').fill('+14155550101');

  // Dropped, the Record is chained after the Dial ("Then"); connecting "After the call" to it
  // moves that connection, and the Record becomes its own document.
  await designer.dropVerb('Record', 560, 540);
  await designer.field('Label').fill('Voicemail');
  await designer.field('Longest recording').fill('120');
  await designer.connect(designer.node('Dial'), designer.node('Voicemail'), 'action');

  const tabs = page.getByRole('tablist', { name: 'Documents' }).getByRole('tab');
  await expect(tabs).toHaveText(['main.xml', 'voicemail.xml']);
  await tabs.nth(0).click();
  const main = [
    '<Say>Thanks for calling Acme.</Say>',
    '<Dial action="voicemail.xml">',
    '  <Number>+14155550100</Number>',
    '  <Number>+14155550101</Number>',
    '</Dial>',
  ];
  await designer.expectPreview(rcmlDocument(...main));
  await tabs.nth(1).click();
  await designer.expectPreview(rcmlDocument('<Record maxLength="120"/>'));

  // Reorder the numbers from the inspector: the preview follows.
  await designer.node('Dial').click();
  await expect(tabs.nth(0)).toHaveAttribute('aria-selected', 'true');
  await designer.inspector.getByRole('button', { name: 'Move Number 2 up' }).click();
  await expect(designer.preview).toContainText(
    '<Number>+14155550101</Number>\n    <Number>+14155550100</Number>',
  );

  // Several documents download as one zip holding exactly what the tabs show.
  const [download] = await Promise.all([page.waitForEvent('download'), designer.download.click()]);
  expect(download.suggestedFilename()).toBe('front-desk.zip');
  const files = unzipSync(new Uint8Array(await readFile(await download.path())));
  expect(Object.keys(files).sort()).toEqual(['main.xml', 'voicemail.xml']);
  for (const [index, name] of ['main.xml', 'voicemail.xml'].entries()) {
    await tabs.nth(index).click();
    expect(strFromU8(files[name]!)).toBe(await designer.previewText());
  }
});

test('a base URL makes every action URL absolute', async ({ designer }) => {
  await designer.open();
  await designer.dropVerb('Gather', 390, 240);
  await designer.dropVerb('Say', 560, 420);
  await designer.connect(designer.node('Gather'), designer.node('Say'), 'action');
  await designer.node('Gather').click();
  await designer.openAdvanced();
  await expect(designer.inspector).toContainText('Set by “After input”, which is connected');

  await designer.node('Incoming call').click();
  await designer.field('Base URL of the documents').fill('https://example.com/ivr');
  await designer.node('Gather').click();
  await expect(designer.preview).toContainText(
    '<Gather action="https://example.com/ivr/say-1.xml"/>',
  );
  // The inspector says how to branch by key: a Menu after “After input”, not a server of one's own.
  await expect(designer.inspector).toContainText('a Menu after “After input” chooses by key');
});
