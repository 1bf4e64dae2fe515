import { writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { sayChain, type Designer } from './pages/designer';

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
    const rejectBox = (await designer.node('Reject').boundingBox())!;
    // On the line itself, between the "+" (just below Say) and Reject.
    await designer.dropVerb(
      'Pause',
      plusBox.x + plusBox.width / 2 - canvasBox.x,
      (plusBox.y + plusBox.height + rejectBox.y) / 2 - canvasBox.y,
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

  test('from the keyboard: the "+" are one Tab stop, the arrow keys go between them, then Pause', async ({
    designer,
    page,
  }) => {
    await sayThenReject(designer);
    const pluses = designer.canvas.getByRole('button', { name: /^Insert a step between/ });
    await expect(pluses).toHaveCount(2);
    const first = designer.canvas.getByRole('button', {
      name: 'Insert a step between Incoming call and Say',
    });
    const plus = designer.canvas.getByRole('button', {
      name: 'Insert a step between Say and Reject',
    });
    // Tab from the palette reaches the first "+" in reading order, and the next Tab leaves them.
    await designer.focusPaletteItem('Say');
    await designer.tabTo(first);
    const onAPlus = () =>
      page.evaluate(() => document.activeElement?.classList.contains('insert-on-edge-plus'));
    await page.keyboard.press('Tab');
    expect(await onAPlus()).toBe(false);
    await page.keyboard.press('Shift+Tab');
    await expect(first).toBeFocused();
    // Down goes to the next connection's "+"; Up and Home come back; End goes to the last.
    for (const [key, to] of [
      ['ArrowDown', plus],
      ['ArrowUp', first],
      ['End', plus],
      ['Home', first],
      ['ArrowDown', plus],
    ] as const) {
      await page.keyboard.press(key);
      await expect(to).toBeFocused();
    }
    // The Tab stop stays on the "+" last focused.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(plus).toBeFocused();
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
  test('a "+" reached with the arrow keys off screen is brought into view', async ({
    designer,
    page,
  }, testInfo) => {
    await designer.open();
    const file = testInfo.outputPath('chain.xml');
    await writeFile(file, sayChain(12));
    await page.getByRole('button', { name: 'Import' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import RCML' });
    await dialog.getByLabel('RCML files to import').setInputFiles(file);
    await dialog.getByRole('button', { name: 'Open as a new flow' }).click();
    await expect(dialog).toBeHidden();
    // The flow opens at a readable zoom, from its top (it is too long to fit at 60 %).
    await expect(designer.node('Incoming call')).toBeInViewport();
    // Close enough that the end of the call is below the canvas.
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
    // Each "+" names its two steps by their text, not "Say and Say".
    const last = designer.canvas.getByRole('button', {
      name: 'Insert a step between Say “Step 11” and Say “Step 12”',
      exact: true,
    });
    const canvas = (await designer.canvas.boundingBox())!;
    const inCanvas = async () => {
      const box = await last.boundingBox();
      return !!box && box.y >= canvas.y && box.y + box.height <= canvas.y + canvas.height;
    };
    await expect.poll(inCanvas).toBe(false);
    await designer.focusPaletteItem('Say');
    await designer.tabTo(
      designer.canvas.getByRole('button', { name: /^Insert a step between Incoming call/ }),
    );
    await page.keyboard.press('End');
    await expect(last).toBeFocused();
    await expect.poll(inCanvas).toBe(true);
    await page.screenshot({ path: testInfo.outputPath('plus-brought-into-view.png') });
  });
});
