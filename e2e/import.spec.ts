import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { writeFile } from 'node:fs/promises';
import { Designer, rcmlDocument } from './pages/designer';

const MAIN = rcmlDocument(
  '<Say voice="woman">Thanks for calling.</Say>',
  '<Dial action="voicemail.xml" timeout="20">',
  '  <Number>+14155550100</Number>',
  '</Dial>',
);
const VOICEMAIL = rcmlDocument('<Record maxLength="60"/>');

async function startWithReject(designer: Designer) {
  await designer.open();
  await designer.dropVerb('Reject', 390, 260);
  await designer.field('Reason').selectOption('busy');
  await designer.expectPreview(rcmlDocument('<Reject reason="busy"/>'));
}

function importDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Import RCML' });
}

test('import two related documents with the file chooser, as a new flow', async ({
  designer,
  page,
}, testInfo) => {
  await startWithReject(designer);
  const main = testInfo.outputPath('main.xml');
  const voicemail = testInfo.outputPath('voicemail.xml');
  await writeFile(main, MAIN);
  await writeFile(voicemail, VOICEMAIL);

  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = importDialog(page);
  await dialog.getByLabel('RCML files to import').setInputFiles([main, voicemail]);
  const summary = dialog.getByRole('region', { name: 'What will be imported' });
  await expect(summary).toContainText('3 verbs in 2 documents (main.xml, voicemail.xml)');
  await expect(dialog.getByLabel('Read as')).toHaveValue('rcml');
  await dialog.getByRole('button', { name: 'Open as a new flow' }).click();

  await expect(designer.node('Dial')).toBeVisible();
  await expect(designer.node('voicemail')).toBeVisible();
  const tabs = page.getByRole('tablist', { name: 'Documents' }).getByRole('tab');
  await expect(tabs).toHaveText(['main.xml', 'voicemail.xml']);
  // What was imported exports back the same.
  await designer.expectPreview(MAIN);
  await tabs.nth(1).click();
  await designer.expectPreview(VOICEMAIL);

  // The flow that was open is still there, untouched.
  await page.getByRole('button', { name: 'Flows' }).click();
  await page.getByRole('button', { name: /^Open Untitled call flow/ }).click();
  await designer.expectPreview(rcmlDocument('<Reject reason="busy"/>'));
});

test('paste a FlexML document: its dialect is detected, and replacing is one undo step', async ({
  designer,
  page,
}) => {
  await startWithReject(designer);
  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = importDialog(page);
  await dialog
    .getByLabel('Or paste an RCML document')
    .fill('<Response>\n  <Reject reason="busy-here"></Reject>\n</Response>');
  await dialog.getByRole('button', { name: 'Read pasted RCML' }).click();
  await expect(dialog.getByLabel('Read as')).toHaveValue('flexml');
  await expect(dialog).toContainText('busy-here');
  await dialog.getByRole('button', { name: 'Replace this flow' }).click();

  await expect(designer.dialect).toHaveValue('flexml');
  await designer.expectPreview(rcmlDocument('<Reject reason="busy-here"/>'));
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(designer.dialect).toHaveValue('rcml');
  await designer.expectPreview(rcmlDocument('<Reject reason="busy"/>'));
});

test('a pasted menu whose action names its own document is flagged as a loop', async ({
  designer,
  page,
}) => {
  await startWithReject(designer);
  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = importDialog(page);
  await dialog
    .getByLabel('Or paste an RCML document')
    .fill(
      rcmlDocument(
        '<Gather action="main.xml" numDigits="1">',
        '  <Say>Press any key.</Say>',
        '</Gather>',
        '<Redirect>main.xml</Redirect>',
      ),
    );
  await dialog.getByRole('button', { name: 'Read pasted RCML' }).click();
  await dialog.getByRole('button', { name: 'Replace this flow' }).click();

  await expect(designer.problems).toContainText('a loop from here that it can never leave');
  await expect(designer.problems).toContainText('“Press any key.” again and again');
  await expect(designer.problems).not.toContainText('No problems');
});

test('hostile documents are refused with a clear message; the open flow is untouched', async ({
  designer,
  page,
}, testInfo) => {
  await startWithReject(designer);
  const laughs = testInfo.outputPath('laughs.xml');
  await writeFile(
    laughs,
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n<Response><Say>&lol2;</Say></Response>',
  );
  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = importDialog(page);
  await dialog.getByLabel('RCML files to import').setInputFiles(laughs);
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('This cannot be imported');
  await expect(alert).toContainText('line 2');
  await expect(alert).toContainText('Your open flow has not been changed');
  await expect(dialog.getByRole('button', { name: 'Replace this flow' })).toHaveCount(0);

  // Not XML at all: a binary file.
  const binary = testInfo.outputPath('image.png');
  await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe]));
  await dialog.getByLabel('RCML files to import').setInputFiles(binary);
  await expect(alert).toContainText('not a text file');

  // Unclosed tag, pasted.
  await dialog.getByLabel('Or paste an RCML document').fill('<Response>\n  <Say>Hi\n</Response>');
  await dialog.getByRole('button', { name: 'Read pasted RCML' }).click();
  await expect(alert).toContainText('line 3');

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await designer.expectPreview(rcmlDocument('<Reject reason="busy"/>'));
});

test('a file dropped on the canvas opens the import with it', async ({ designer, page }) => {
  await designer.open();
  const transfer = await page.evaluateHandle(
    (text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.xml', { type: 'text/xml' }));
      return data;
    },
    rcmlDocument('<Pause length="2"/>', '<Reject reason="busy"/>'),
  );
  await designer.canvas.dispatchEvent('drop', { dataTransfer: transfer });
  const dialog = importDialog(page);
  await expect(dialog.getByRole('region', { name: 'What will be imported' })).toContainText(
    '2 verbs in 1 document',
  );
  await dialog.getByRole('button', { name: 'Open as a new flow' }).click();
  await expect(page.getByLabel('Flow name')).toHaveValue('dropped');
  await designer.expectPreview(rcmlDocument('<Pause length="2"/>', '<Reject reason="busy"/>'));
});

test('edit the XML: the canvas follows valid edits and waits out invalid ones', async ({
  designer,
  page,
}) => {
  await startWithReject(designer);
  await page.getByRole('button', { name: 'Edit XML' }).click();
  const editor = page.getByRole('textbox', { name: 'RCML document, editable' });
  await expect(editor).toContainText('<Reject reason="busy"/>');

  await editor.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(
    rcmlDocument('<Pause length="3"/>', '<Reject reason="unwanted"/>'),
  );
  await expect(designer.node('Pause')).toBeVisible();
  await expect(designer.node('Reject')).toHaveAccessibleName('Reject: unwanted (607)');
  await expect(page.getByText('Applied to the canvas.')).toBeVisible();

  // Break it: the mistake is pointed at, and the canvas keeps the last valid flow.
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('<Say>');
  await expect(page.getByRole('status').filter({ hasText: 'line' })).toContainText(
    'The canvas keeps the last valid version',
  );
  await expect(designer.node('Say')).toHaveCount(0);
  await expect(designer.node('Pause')).toBeVisible();

  // Back to the preview: it shows the last valid document.
  await page.getByRole('button', { name: 'Done editing' }).click();
  await designer.expectPreview(rcmlDocument('<Pause length="3"/>', '<Reject reason="unwanted"/>'));
});
