import { expect, test } from './fixtures';
import { rcmlDocument } from './pages/designer';

test.describe('Dialects', () => {
  test.beforeEach(async ({ designer }) => {
    await designer.open();
    await designer.dropVerb('Reject', 420, 300);
    await designer.node('Reject').click();
  });

  test('RCML busy becomes FlexML busy-here (486), never FlexML busy (600)', async ({
    designer,
  }) => {
    await designer.field('Reason').selectOption('busy');
    await designer.dialect.selectOption('flexml');
    // Exact by SIP code: no question asked.
    await designer.expectPreview(rcmlDocument('<Reject reason="busy-here"/>'));
    await expect(designer.field('Reason')).toHaveValue('busy-here');
    await expect(designer.node('Reject')).toHaveAccessibleName('Reject: busy-here (486)');
  });

  test('RCML rejected (603) becomes FlexML decline; FlexML explains its own "rejected"', async ({
    designer,
  }) => {
    await designer.dialect.selectOption('flexml');
    await designer.expectPreview(rcmlDocument('<Reject reason="decline"/>'));
    await designer.field('Reason').selectOption('rejected');
    await expect(designer.inspector).toContainText('In FlexML “rejected” is 403 Forbidden');
    const options = await designer.field('Reason').locator('option').allTextContents();
    expect(options).toHaveLength(12);
    expect(options).toContain(
      'Busy everywhere — 600 Busy Everywhere — tells the carrier every destination is busy',
    );
  });

  test('FlexML intermediary-rejected sends a Call-Info message, escaped', async ({ designer }) => {
    await designer.dialect.selectOption('flexml');
    await expect(designer.field('Message to the caller')).toHaveCount(0);
    await designer.field('Reason').selectOption('intermediary-rejected');
    await designer.field('Message to the caller').fill('Calls from "you" & <others> are screened');
    await designer.expectPreview(
      rcmlDocument(
        '<Reject reason="intermediary-rejected">Calls from "you" &amp; &lt;others&gt; are screened</Reject>',
      ),
    );

    // Another reason keeps the text but flags it: FlexML ignores a body there.
    await designer.field('Reason').selectOption('busy-here');
    await expect(
      designer.problems.getByRole('button', {
        name: /only with the reason “Intermediary rejected”/,
      }),
    ).toBeVisible();
  });

  test('VoiceML: capitalised attributes and a 64-character error message, counted live', async ({
    designer,
    page,
  }) => {
    await designer.dialect.selectOption('voiceml');
    await designer.expectPreview(rcmlDocument('<Reject Reason="rejected"/>'));
    await designer.field('Reason').selectOption('service-unavailable');
    // A record-keeping setting: folded under Advanced.
    await designer.openAdvanced();
    const message = designer.field('Error message');
    await message.fill('Request could not be fulfilled');
    await designer.expectPreview(
      rcmlDocument(
        '<Reject Reason="service-unavailable" ErrorMessage="Request could not be fulfilled"/>',
      ),
    );
    await expect(designer.inspector).toContainText('30 / 64 characters');

    // Typed or pasted, a longer message is cut to VoiceML's limit, and the user is told.
    await message.fill('x'.repeat(70));
    await expect(message).toHaveValue('x'.repeat(64));
    await expect(designer.inspector).toContainText('64 / 64 characters');
    await expect(
      designer.inspector.getByText('Cut to 64 characters: the limit for Error message.'),
    ).toBeVisible();

    // One that arrives longer (edited as XML, imported) is kept and flagged as a problem.
    await page.getByRole('button', { name: 'Edit XML' }).click();
    const editor = page.getByRole('textbox', { name: 'RCML document, editable' });
    await editor.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(
      rcmlDocument(`<Reject Reason="service-unavailable" ErrorMessage="${'y'.repeat(70)}"/>`),
    );
    await expect(page.getByText('Applied to the canvas.')).toBeVisible();
    await page.getByRole('button', { name: 'Done editing' }).click();
    await designer.node('Reject').click();
    await expect(designer.inspector).toContainText('70 / 64 characters');
    await expect(message).toHaveAttribute('aria-invalid', 'true');
    await expect(
      designer.problems.getByRole('button', { name: /Error message is 70 characters/ }),
    ).toBeVisible();
    await expect(designer.node('Reject').getByRole('img', { name: '1 problem' })).toBeVisible();
  });

  test('a reason with no exact counterpart: the user sees the nearest choice and can cancel', async ({
    designer,
    page,
  }) => {
    await designer.field('Reason').selectOption('anonymity_disallowed');
    await designer.dialect.selectOption('voiceml');

    const dialog = page.getByRole('dialog', { name: 'Switch from RCML to VoiceML?' });
    await expect(dialog).toBeVisible();
    const row = dialog.getByRole('row', { name: /anonymity_disallowed/ });
    await expect(row).toContainText('rejected');
    await expect(row).toContainText('No reason gives 433 Anonymity Disallowed');

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(designer.dialect).toHaveValue('rcml');
    await designer.expectPreview(rcmlDocument('<Reject reason="anonymity_disallowed"/>'));

    await designer.dialect.selectOption('voiceml');
    await page.getByRole('button', { name: 'Switch to VoiceML' }).click();
    await expect(designer.dialect).toHaveValue('voiceml');
    await designer.expectPreview(rcmlDocument('<Reject Reason="rejected"/>'));
  });

  test('verbs a dialect lacks are marked in the palette and flagged on the canvas', async ({
    designer,
  }) => {
    await designer.dialect.selectOption('voiceml');
    await expect(designer.paletteItem('Hangup')).toHaveAccessibleDescription(/^not in VoiceML/);
    await designer.dropVerb('Hangup', 150, 450);
    await expect(
      designer.problems.getByRole('button', { name: /VoiceML has no Hangup verb/ }),
    ).toBeVisible();
  });
});
