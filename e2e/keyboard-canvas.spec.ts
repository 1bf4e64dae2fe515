/**
 * A keyboard path a tenth as long (issue 25, item 3): the canvas's steps are one Tab stop with the
 * arrow keys between connected steps; shortcuts reach a picker and the simulator's fields; focus
 * never falls to the page after an action.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Designer } from './pages/designer';

/** What has focus, by its accessible name (or its tag when it has none). */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'the page';
    return accessibleName(el) ?? el.textContent?.trim().slice(0, 40) ?? el.tagName;
  });
}

async function expectFocusNotOnPage(page: Page): Promise<string> {
  await expect.poll(() => focusedName(page)).not.toBe('the page');
  return focusedName(page);
}

async function openTemplate(designer: Designer, name: string): Promise<void> {
  await designer.openTemplate(name);
  await expect(designer.page.getByLabel('Flow name')).toHaveValue(name);
}

test('the steps are one Tab stop: Tab leaves the canvas at once, the arrows follow the connections', async ({
  designer,
  page,
}) => {
  await designer.open();
  await openTemplate(designer, 'Forward with voicemail');
  const call = designer.node('Incoming call');
  await call.focus();

  // Tabs from the incoming call to Problems: only the canvas's few stops lie between.
  let tabs = 0;
  while (!(await designer.problems.evaluate((el) => el.contains(document.activeElement)))) {
    await page.keyboard.press('Tab');
    if (++tabs > 20) break;
  }
  expect(tabs).toBeLessThanOrEqual(12); // 41 when each step and connection was a stop
  const nodeStops = await designer.canvas.locator('.react-flow__node:not([tabindex="-1"])').count();
  expect(nodeStops).toBe(1);
  expect(await designer.canvas.locator('.react-flow__edge[tabindex="0"]').count()).toBe(0);

  // Down follows the call: the incoming call leads to the Dial; the arrows select as they go.
  await call.focus();
  await page.keyboard.press('ArrowDown');
  const dial = designer.node(/^Your phone/);
  await expect(dial).toBeFocused();
  await expect(dial).toHaveClass(/selected/);
  await page.keyboard.press('ArrowUp');
  await expect(call).toBeFocused();

  // Shift+Tab from Problems comes back to the step last focused.
  await designer.problems
    .getByRole('heading')
    .first()
    .focus()
    .catch(() => {});
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const third = await focusedName(page);
  expect(third).not.toMatch(/^Your phone|^Incoming call/);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  expect(await focusedName(page)).toBe(third);

  // Enter edits the step: focus goes to the inspector.
  await page.keyboard.press('Enter');
  await expect
    .poll(() => designer.inspector.evaluate((el) => el.contains(document.activeElement)))
    .toBe(true);
});

test('shortcuts reach a picker and the simulator fields', async ({ designer, page }) => {
  await designer.open();
  await designer.focusPaletteItem('Reject');
  await page.keyboard.press('Enter');
  const reason = designer.field('Reason');
  await reason.focus();

  // Ctrl+Enter opens the simulator from a picker; in its fields Ctrl+S downloads.
  await page.keyboard.press('Control+Enter');
  const simulator = page.getByRole('region', { name: 'Simulator' });
  await expect(simulator).toBeVisible();
  const callerField = simulator.getByRole('textbox').first();
  await callerField.focus();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  await expect((await download).suggestedFilename()).toMatch(/\.xml$|\.zip$/);

  // Ctrl+Enter in the simulator's field closes it again.
  await callerField.focus();
  await page.keyboard.press('Control+Enter');
  await expect(simulator).toBeHidden();
});

test('focus never falls to the page: Start call, Run, a template, Delete, closing ?', async ({
  designer,
  page,
}) => {
  await designer.open();
  await openTemplate(designer, 'Phone menu');
  const landed: Record<string, string> = {};
  landed['opening a template'] = await expectFocusNotOnPage(page);
  expect(landed['opening a template']).toMatch(/^Incoming call/);

  await page.keyboard.press('Control+Enter');
  const simulator = page.getByRole('region', { name: 'Simulator' });
  const start = simulator.getByRole('button', { name: 'Start call' });
  await start.focus();
  await page.keyboard.press('Enter');
  landed['Start call'] = await expectFocusNotOnPage(page);
  expect(landed['Start call']).toBe('Run'); // the call is set up; Run (or Step) goes on

  const run = simulator.getByRole('button', { name: 'Run' });
  await run.focus();
  await page.keyboard.press('Enter');
  landed.Run = await expectFocusNotOnPage(page);
  expect(landed.Run).toBe('1'); // the menu waits for a key: the keypad's first
  await page.keyboard.press('Escape'); // leaves the simulation
  await expectFocusNotOnPage(page);

  // Delete a focused step: focus goes to the step before it.
  const call = designer.node('Incoming call');
  await call.focus();
  await page.keyboard.press('ArrowDown');
  const before = await focusedName(page);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Delete');
  landed.Delete = await expectFocusNotOnPage(page);
  expect(landed.Delete).toBe(before);

  // ? opens the shortcuts; closing them gives focus back to where it was.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: /shortcuts/i });
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  landed['closing ?'] = await expectFocusNotOnPage(page);
  expect(landed['closing ?']).toBe(before);

  console.log(JSON.stringify(landed, null, 2));
});
