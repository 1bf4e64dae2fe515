import { expect, test } from './fixtures';
import type { Designer } from './pages/designer';

/** Say and Reject, one under the other, Say's "Then" leading to Reject. */
async function sayThenReject(designer: Designer): Promise<void> {
  await designer.open();
  await designer.dropVerb('Say', 420, 200);
  await designer.dropVerb('Reject', 420, 460);
  await expect.poll(() => designer.previewText()).toMatch(/<Say[^>]*>[\s\S]*<Reject/);
}

/** The verbs of the main document, in the order the call runs them. */
async function verbsInPreview(designer: Designer): Promise<string[]> {
  const xml = await designer.previewText();
  return [...xml.matchAll(/<(Say|Pause|Reject)\b/g)].map((m) => m[1]!);
}

test.describe('Inserting a step between two steps', () => {
  test('dropping Pause on the connection from Say to Reject puts it between them', async ({
    designer,
    page,
  }) => {
    await sayThenReject(designer);
    const plus = designer.canvas.getByRole('button', {
      name: 'Insert a step between Say and Reject',
    });
    await expect(plus).toBeVisible();
    const canvasBox = (await designer.canvas.boundingBox())!;
    const plusBox = (await plus.boundingBox())!;
    // On the line itself, a little above the "+".
    await designer.dropVerb(
      'Pause',
      plusBox.x + plusBox.width / 2 - canvasBox.x,
      plusBox.y - 30 - canvasBox.y,
    );
    await expect.poll(() => verbsInPreview(designer)).toEqual(['Say', 'Pause', 'Reject']);
    await expect(
      designer.canvas.getByRole('button', { name: 'Insert a step between Say and Pause' }),
    ).toBeVisible();
    await expect(
      designer.canvas.getByRole('button', { name: 'Insert a step between Pause and Reject' }),
    ).toBeVisible();
    await page.screenshot({ path: '/tmp/h7-drop.png' });

    // One undo step takes it all back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => verbsInPreview(designer)).toEqual(['Say', 'Reject']);
  });

  test('from the keyboard: the "+" on the connection, then Pause', async ({ designer, page }) => {
    await sayThenReject(designer);
    const plus = designer.canvas.getByRole('button', {
      name: 'Insert a step between Say and Reject',
    });
    await plus.focus();
    await page.keyboard.press('Enter');
    const menu = designer.canvas.getByRole('group', {
      name: 'Verbs to insert between Say and Reject',
    });
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('button', { name: 'Reject' })).toHaveCount(0);
    const pause = menu.getByRole('button', { name: 'Pause', exact: true });
    for (let i = 0; i < 20 && !(await pause.evaluate((b) => b === document.activeElement)); i++) {
      await page.keyboard.press('ArrowDown');
    }
    await expect(pause).toBeFocused();
    await page.screenshot({ path: '/tmp/h7-menu.png' });
    await page.keyboard.press('Enter');
    await expect.poll(() => verbsInPreview(designer)).toEqual(['Say', 'Pause', 'Reject']);
    await page.screenshot({ path: '/tmp/h7-keyboard.png' });
  });
});
