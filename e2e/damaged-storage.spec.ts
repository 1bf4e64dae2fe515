import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { Designer } from './pages/designer';

/**
 * Damaged storage is never silent: what anything else may have done to the browser's storage
 * (a flow cut off, a list of flows that is not a list, dates no browser can show) never blanks
 * the page, never hides a stored flow, and is told to the user in words.
 */

// Each test first makes its flows through the UI, which takes a while on a busy machine.
test.describe.configure({ timeout: 60_000 });

const FLOW_PREFIX = 'rcml-studio/flow/';
const INDEX_KEY = 'rcml-studio/flows';
const TRASH_KEY = 'rcml-studio/trash';

/** The names of the flows stored in the browser, read from their records as they are. */
async function storedNames(page: Page): Promise<string[]> {
  return page.evaluate((prefix) => {
    const names: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (!key.startsWith(prefix)) continue;
      try {
        names.push(
          (JSON.parse(localStorage.getItem(key)!) as { flow: { name: string } }).flow.name,
        );
      } catch {
        names.push(`unreadable ${key}`);
      }
    }
    return names.sort();
  }, FLOW_PREFIX);
}

/** Makes flows with these names through the UI, each saved; the last one stays open. */
async function makeFlows(designer: Designer, names: string[]): Promise<void> {
  const { page } = designer;
  for (const [i, name] of names.entries()) {
    if (i > 0) await designer.newFlow(name);
    else await page.getByLabel('Flow name').fill(name);
    await expect.poll(() => storedNames(page)).toContain(name);
  }
}

async function setItem(page: Page, key: string, value: string): Promise<void> {
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, value]);
}

/** A flow's key (its id is in the address while it is open). */
function openFlowKey(page: Page): string {
  return FLOW_PREFIX + decodeURIComponent(new URL(page.url()).hash.slice('#flow='.length));
}

test('a flow whose stored copy is cut off: start-up says so, opens a new flow, and Flows lists it to download or delete', async ({
  designer,
  page,
}) => {
  await designer.open();
  await makeFlows(designer, ['Second line', 'Front desk']);
  await designer.dropVerb('Reject', 390, 260);
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), openFlowKey(page)))
    .toContain('"kind":"reject"');
  const key = openFlowKey(page);
  const text = (await page.evaluate((k) => localStorage.getItem(k)!, key)).slice(0, 300);
  await setItem(page, key, text);

  await page.reload();
  await expect(page.getByRole('alert')).toHaveText(
    'The flow “Front desk” could not be opened. Its stored copy is cut off: it ends in the middle. It is still stored: open Flows to download or delete it. A new flow was opened instead.Dismiss',
  );
  await expect(page.getByLabel('Flow name')).toHaveValue('Untitled call flow');
  await expect(designer.node('Incoming call')).toBeVisible();
  // Nothing was written over it.
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(text);

  await page.getByRole('button', { name: 'Flows' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your flows' });
  await expect(dialog.getByRole('row')).toHaveCount(4); // header + three flows
  const damaged = dialog.getByRole('row', { name: /Front desk/ });
  await expect(damaged).toContainText('damaged');
  await expect(damaged).toContainText('Its stored copy is cut off: it ends in the middle.');
  await expect(damaged.getByRole('button', { name: /^Open/ })).toHaveCount(0);
  const file = await designer.downloadFile(() =>
    damaged.getByRole('button', { name: 'Download what is stored for Front desk' }).click(),
  );
  expect(file).toEqual({ name: 'front-desk.stored.txt', text });

  await damaged.getByRole('button', { name: 'Delete Front desk' }).click();
  await dialog.getByRole('button', { name: 'Delete “Front desk”' }).click();
  await expect(dialog.getByRole('row', { name: /Front desk/ })).toHaveCount(0);
  const trash = dialog.getByRole('region', { name: 'Recently deleted' });
  await trash.getByRole('button', { name: 'Restore Front desk' }).click();
  await expect(dialog.getByRole('row', { name: /Front desk/ })).toContainText('damaged');
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(text);
});

test('a flow damaged while Flows is open: Open says why instead of doing nothing', async ({
  designer,
  page,
}) => {
  await designer.open();
  await makeFlows(designer, ['Night line', 'Day line']);
  await page.getByRole('button', { name: 'Flows' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your flows' });
  const night = await page.evaluate((prefix) => {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.startsWith(prefix) && localStorage.getItem(key)!.includes('Night line')) return key;
    }
    return '';
  }, FLOW_PREFIX);
  await setItem(page, night, 'not a flow');

  await dialog.getByRole('button', { name: 'Open Night line' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    '“Night line” could not be opened. Its stored copy is not in the form flows are saved in. Nothing was changed.',
  );
  await expect(dialog.getByRole('row', { name: /Night line/ })).toContainText('damaged');
  await expect(page.getByLabel('Flow name')).toHaveValue('Day line');
});

test('a damaged list of flows: Flows still lists every stored flow, says so, and the next save keeps them all', async ({
  designer,
  page,
}) => {
  await designer.open();
  await makeFlows(designer, ['Alpha', 'Beta', 'Gamma']);
  await setItem(page, INDEX_KEY, '[{"id": "gone", "name": "Trunc');
  await page.reload();

  await page.getByRole('button', { name: 'Flows' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your flows' });
  await expect(dialog.getByRole('status')).toHaveText(
    'The list of your flows was damaged. It has been rebuilt from the flows stored in this browser.',
  );
  for (const name of ['Alpha', 'Beta', 'Gamma']) {
    await expect(dialog.getByRole('row', { name: new RegExp(name) })).toBeVisible();
  }
  await dialog.getByRole('button', { name: 'Close' }).click();

  // A save rewrites the list: with every flow, not only the open one.
  await page.getByLabel('Flow name').fill('Gamma 2');
  await expect.poll(() => storedNames(page)).toEqual(['Alpha', 'Beta', 'Gamma 2']);
  await page.reload();
  await page.getByRole('button', { name: 'Flows' }).click();
  await expect(dialog.getByRole('row')).toHaveCount(4);
  await expect(dialog.getByRole('status')).toHaveCount(0);
});

test('dates no browser can show (1e999, text) in the list and the trash: Flows opens and says "unknown date"', async ({
  designer,
  page,
}) => {
  await designer.open();
  await makeFlows(designer, ['Alpha', 'Beta', 'Gamma']);
  await page.getByRole('button', { name: 'Flows' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your flows' });
  await dialog.getByRole('button', { name: 'Delete Alpha' }).click();
  await dialog.getByRole('button', { name: 'Delete “Alpha”' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();

  const damage = (text: string) =>
    text
      .replace(/"updatedAt":\d+/, '"updatedAt":1e999')
      .replace(/"updatedAt":\d+(?=})/, '"updatedAt":"yesterday"')
      .replace(/"deletedAt":\d+/, '"deletedAt":1e999');
  for (const key of [INDEX_KEY, TRASH_KEY]) {
    const text = await page.evaluate((k) => localStorage.getItem(k)!, key);
    await setItem(page, key, damage(text));
  }
  expect(await page.evaluate((k) => localStorage.getItem(k), INDEX_KEY)).toContain('1e999');
  await page.reload();

  await page.getByRole('button', { name: 'Flows' }).click();
  await expect(dialog.getByRole('row', { name: /Beta/ })).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Gamma/ })).toBeVisible();
  const trash = dialog.getByRole('region', { name: 'Recently deleted' });
  await expect(trash).toContainText('Alpha');
  await expect(trash).toContainText('deleted unknown date');
});
