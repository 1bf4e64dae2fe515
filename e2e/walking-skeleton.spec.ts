import { expect, test } from './fixtures';
import { rcmlDocument } from './pages/designer';

test.describe('Designing a Reject call flow with the mouse', () => {
  test.beforeEach(async ({ designer }) => {
    await designer.open();
  });

  test('the designer opens with every panel and an empty call', async ({ designer, page }) => {
    await expect(designer.paletteItem('Reject')).toBeVisible();
    await expect(designer.node('Incoming call')).toBeVisible();
    await expect(designer.inspector).toBeVisible();
    await expect(designer.problems).toContainText('Nothing happens to incoming calls yet');
    await expect(designer.dialect).toHaveValue('rcml');
    await expect(designer.download).toBeEnabled();
    await expect(designer.moreActions).toBeEnabled();
    await designer.expectPreview(rcmlDocument());
    await expect(page).toHaveTitle('RCML Studio');
  });

  test('drag Reject onto the canvas, pick "busy", see the preview and download it', async ({
    designer,
  }) => {
    await designer.dropVerb('Reject', 420, 320);
    const reject = designer.node('Reject');
    await expect(reject).toBeVisible();
    // Dropped while the call had a free "next": connected automatically, reason written explicitly.
    await designer.expectPreview(rcmlDocument('<Reject reason="rejected"/>'));

    await reject.click();
    const reason = designer.field('Reason');
    await expect(reason).toBeVisible();
    const options = await reason.locator('option').allTextContents();
    expect(options).toContain('Busy — 486 Busy Here — caller hears a busy signal');
    expect(options).toHaveLength(8);
    await expect(reason.locator('optgroup[label="Hosted platform only"] option')).toHaveCount(6);

    await reason.selectOption('busy');
    await expect(designer.inspector).toContainText('486 Busy Here');
    await designer.expectPreview(rcmlDocument('<Reject reason="busy"/>'));
    await expect(designer.node('Reject')).toHaveAccessibleName('Reject: busy (486)');

    await reason.selectOption('unwanted');
    await expect(designer.inspector).toContainText('Honoured by the hosted platform only');

    await reason.selectOption('busy');
    const file = await designer.downloadFile();
    expect(file.name).toBe('untitled-call-flow.xml');
    expect(file.text).toBe(await designer.previewText());
    expect(file.text).toBe(rcmlDocument('<Reject reason="busy"/>'));
  });

  test('each verb lands where it is dropped; the canvas does not move under the user', async ({
    designer,
  }) => {
    const canvasBox = (await designer.canvas.boundingBox())!;
    const drops = [
      { verb: 'Pause', x: 390, y: 230 },
      { verb: 'Say', x: 390, y: 370 },
      { verb: 'Reject', x: 390, y: 510 },
    ];
    for (const drop of drops) {
      await designer.dropVerb(drop.verb, drop.x, drop.y);
      const box = (await designer.node(drop.verb).boundingBox())!;
      const pointX = canvasBox.x + drop.x;
      const pointY = canvasBox.y + drop.y;
      expect(pointX).toBeGreaterThan(box.x);
      expect(pointX).toBeLessThan(box.x + box.width);
      expect(pointY).toBeGreaterThan(box.y);
      expect(pointY).toBeLessThan(box.y + box.height);
    }
    await designer.expectPreview(rcmlDocument('<Pause/>', '<Say/>', '<Reject reason="rejected"/>'));
  });

  test('Copy puts exactly the preview on the clipboard', async ({ designer, page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await designer.dropVerb('Reject', 420, 320);
    await designer.node('Reject').click();
    await designer.field('Reason').selectOption('busy');
    await designer.runMenuItem('Copy the document on show');
    await expect(page.getByRole('status')).toContainText('Copied main.xml');
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(await designer.previewText());
  });

  test('a Say before the Reject is flagged; clicking the problem selects the Reject', async ({
    designer,
  }) => {
    await designer.dropVerb('Say', 420, 250);
    await designer.dropVerb('Reject', 420, 420);
    await designer.expectPreview(rcmlDocument('<Say/>', '<Reject reason="rejected"/>'));
    const problem = designer.problems.getByRole('button', { name: /answers the call before/ });
    await expect(problem).toBeVisible();
    await expect(designer.node('Reject').getByRole('img', { name: '1 problem' })).toBeVisible();

    await designer.canvas.click({ position: { x: 40, y: 40 } });
    await problem.click();
    await expect(designer.inspector.getByRole('heading', { name: 'Reject' })).toBeVisible();
    await expect(designer.inspector).toContainText('answers the call before this Reject runs');
  });

  test('a Pause before the Reject keeps the call ringing: no problem', async ({ designer }) => {
    await designer.dropVerb('Pause', 420, 250);
    await designer.dropVerb('Reject', 420, 420);
    await designer.expectPreview(rcmlDocument('<Pause/>', '<Reject reason="rejected"/>'));
    await expect(designer.problems).toContainText('No problems');
  });

  test('rewire by dragging edges; an unconnected verb is flagged and not exported', async ({
    designer,
  }) => {
    await designer.dropVerb('Reject', 420, 300);
    // The call already ends with Reject: a new Pause cannot be chained, so it stays unconnected.
    await designer.dropVerb('Pause', 150, 200);
    const pause = designer.node('Pause');
    await expect(
      designer.problems.getByRole('button', { name: /Not connected to the incoming call/ }),
    ).toBeVisible();
    await designer.expectPreview(rcmlDocument('<Reject reason="rejected"/>'));

    // Put the Pause between the call and the Reject by dragging two connections.
    await designer.connect(designer.node('Incoming call'), pause);
    await designer.connect(pause, designer.node('Reject'));
    await designer.expectPreview(rcmlDocument('<Pause/>', '<Reject reason="rejected"/>'));
    await expect(designer.problems).toContainText('No problems');
  });

  test('a flow with errors downloads only after the user confirms', async ({ designer, page }) => {
    await designer.dropVerb('Say', 420, 300);
    await designer.download.click();
    const dialog = page.getByRole('dialog', { name: 'This flow has 1 error' });
    // Each error once, in words: the verb named once, never “say Say needs…”.
    await expect(dialog.getByRole('listitem')).toHaveText(['Say needs “Text to say”. Fill it in.']);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    await designer.download.click();
    const file = await designer.downloadFile(() =>
      page.getByRole('button', { name: 'Download anyway' }).click(),
    );
    expect(file.text).toBe(rcmlDocument('<Say/>'));
  });

  test('deleting a verb from the middle keeps the chain whole', async ({ designer, page }) => {
    await designer.dropVerb('Pause', 420, 250);
    await designer.dropVerb('Say', 420, 400);
    await designer.dropVerb('Reject', 420, 550);
    await designer.node('Say').click();
    await page.keyboard.press('Delete');
    await expect(designer.node('Say')).toHaveCount(0);
    await designer.expectPreview(rcmlDocument('<Pause/>', '<Reject reason="rejected"/>'));
  });
});
