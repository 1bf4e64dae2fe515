import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { rcmlDocument } from './pages/designer';

/**
 * Plain words first (issue 15, item 6): what a non-programmer needs comes first, technical fields
 * fold under “Advanced”, node faces and outlets say what happens, and Record offers to email the
 * recording where the dialect has Email.
 */
test.beforeEach(async ({ designer }) => {
  await designer.open();
});

/** The top of an element on the page, to compare what comes first. */
async function top(locator: import('@playwright/test').Locator): Promise<number> {
  return (await locator.boundingBox())!.y;
}

test('Gather: the prompts and the keys first, technical fields folded under Advanced', async ({
  designer,
  page,
}) => {
  await designer.focusPaletteItem('Gather');
  await page.keyboard.press('Enter');
  const prompts = designer.inspector.getByRole('heading', { name: 'Prompts' });
  const keys = designer.field('Number of keys');
  await expect(keys).toBeFocused();
  expect(await top(prompts)).toBeLessThan(await top(keys));
  for (const label of ['Finish key', 'Wait for input']) {
    expect(await top(keys)).toBeLessThan(await top(designer.field(label)));
    expect(await top(designer.field(label))).toBeLessThan(await top(designer.advanced));
  }

  // Folded: the action method and the partial results are not in the way.
  await expect(designer.advanced).toHaveAttribute('aria-expanded', 'false');
  await expect(designer.field('Go to URL method')).toHaveCount(0);
  await expect(designer.field('Partial results URL')).toHaveCount(0);

  // Each outlet says where the call goes through it.
  await expect(designer.field('After input')).toHaveAccessibleDescription(
    /Where the call goes once the caller has pressed keys or spoken; the platform passes on the keys they pressed or the words they said\./,
  );
  await expect(designer.field('If no input')).toHaveAccessibleDescription(
    /Where the call goes when the caller enters nothing/,
  );

  // The node's face says what happens, in words.
  await keys.fill('1');
  await expect(designer.node('Gather')).toHaveAccessibleName('Gather: Waits for 1 key · no prompt');
  await page.screenshot({ path: '/tmp/plain-words-gather.png' });

  // Opened by the keyboard, the fold shows the action method.
  await designer.openAdvanced('keyboard');
  await expect(designer.field('Go to URL method')).toBeVisible();
  await expect(designer.field('Partial results URL')).toBeVisible();
  await designer.advanced.screenshot({ path: '/tmp/plain-words-advanced-button.png' });
  await designer.inspector.screenshot({ path: '/tmp/plain-words-gather-advanced.png' });

  // Closed again by the keyboard, it folds away.
  await designer.advanced.focus();
  await page.keyboard.press('Enter');
  await expect(designer.field('Go to URL method')).toHaveCount(0);
});

test('a problem in a folded field opens Advanced by itself', async ({ designer, page }) => {
  await page.getByRole('button', { name: 'Edit XML' }).click();
  const editor = page.getByRole('textbox', { name: 'RCML document, editable' });
  await editor.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(
    rcmlDocument(
      '<Gather action="next.xml" numDigits="1" partialResultCallback="results here.xml"/>',
    ),
  );
  await expect(page.getByText('Applied to the canvas.')).toBeVisible();
  await page.getByRole('button', { name: 'Done editing' }).click();

  await designer.node('Gather').click();
  await expect(designer.advanced).toHaveAttribute('aria-expanded', 'true');
  const partial = designer.field('Partial results URL');
  await expect(partial).toBeVisible();
  await expect(partial).toHaveAttribute('aria-invalid', 'true');
  await expect(designer.inspector.getByText('1 problem inside')).toBeVisible();
  await designer.inspector.screenshot({ path: '/tmp/plain-words-problem-opens.png' });

  // Fixed, the fold stays open (nothing jumps away under the user's hands).
  await partial.fill('results.xml');
  await expect(designer.inspector.getByText('1 problem inside')).toHaveCount(0);
  await expect(designer.advanced).toHaveAttribute('aria-expanded', 'true');
});

test('Record: where the recording goes, and “Email me the recording” by keyboard', async ({
  designer,
  page,
}) => {
  await designer.focusPaletteItem('Record');
  await page.keyboard.press('Enter');
  const longest = designer.field('Longest recording');
  await expect(longest).toBeFocused();
  const section = designer.inspector.getByRole('region', { name: 'Where the recording goes' });
  await expect(section).toContainText('sends the recording’s address with it (RecordingUrl)');
  await expect(section).toContainText('“After recording” is not connected yet');
  await page.keyboard.type('60');
  await expect(designer.node('Record')).toHaveAccessibleName('Record: Records up to 1 min');
  await designer.inspector.screenshot({ path: '/tmp/plain-words-record.png' });

  // The offer sits just before the first field: one Shift+Tab back, then Enter.
  const offer = section.getByRole('button', { name: 'Email me the recording' });
  await page.keyboard.press('Shift+Tab');
  await expect(offer).toBeFocused();
  await page.keyboard.press('Enter');

  // The Email is selected, its To field focused, connected after recording.
  await expect(designer.field('To')).toBeFocused();
  await page.keyboard.type('me@example.com');
  await designer.field('From').fill('calls@example.com');
  const email = designer.node('Email the recording');
  await expect(email).toHaveAccessibleName('Email the recording: Emails me@example.com');

  const tabs = page.getByRole('tablist', { name: 'Documents' }).getByRole('tab');
  await expect(tabs).toHaveText(['main.xml', 'email-the-recording.xml']);
  await tabs.nth(0).click();
  await designer.expectPreview(
    rcmlDocument('<Record action="email-the-recording.xml" maxLength="60"/>'),
  );
  await tabs.nth(1).click();
  await designer.expectPreview(
    rcmlDocument(
      '<Email to="me@example.com" from="calls@example.com" subject="New voice message">A caller left a voice message. Listen to it here: {RecordingUrl}</Email>',
    ),
  );

  // The Record now says where its recording goes, and offers the Email it has, not a second.
  await designer.node('Record').click();
  await expect(section).toContainText('“After recording” leads to Email the recording.');
  await expect(offer).toHaveCount(0);
  await page.screenshot({ path: '/tmp/plain-words-record-email.png' });
  await section.getByRole('button', { name: 'Show the Email step' }).click();
  await expect(designer.field('To')).toBeFocused();
  await expect(designer.field('To')).toHaveValue('me@example.com');

  // Tried in the simulator, the email carries the recording's link, as the flow server sends it.
  await page.getByRole('button', { name: 'Simulate' }).click();
  const simulator = page.getByRole('region', { name: 'Simulator' });
  await simulator.getByRole('button', { name: 'Start call' }).click();
  await simulator.getByRole('button', { name: 'Run', exact: true }).click();
  await simulator.getByRole('button', { name: 'Stop recording' }).click();
  await expect(simulator.getByRole('list', { name: 'Transcript' })).toContainText(
    /Email sent to me@example\.com from calls@example\.com, subject “New voice message”: “A caller left a voice message\. Listen to it here: https:\/\/recordings\.invalid\/\S+\.wav”/,
  );
  await page.screenshot({ path: '/tmp/plain-words-record-simulated.png' });

  // Download gives the flow server that fills the link in.
  const [download] = await Promise.all([page.waitForEvent('download'), designer.download.click()]);
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
  const names = Object.keys(unzipSync(new Uint8Array(await readFile(await download.path()))));
  expect(names).toEqual(
    expect.arrayContaining(['flow-server.mjs', 'main.xml', 'email-the-recording.xml']),
  );
});

test('where the dialect has no Email, Record says so instead of offering it', async ({
  designer,
  page,
}) => {
  await designer.dialect.selectOption('voiceml');
  await designer.focusPaletteItem('Record');
  await page.keyboard.press('Enter');
  const section = designer.inspector.getByRole('region', { name: 'Where the recording goes' });
  await expect(section).toContainText('VoiceML has no Email step');
  await expect(section.getByRole('button', { name: 'Email me the recording' })).toHaveCount(0);
});
