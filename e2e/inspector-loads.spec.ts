/**
 * The inspector's fields load on the first selection (issue 23): the first screen does not wait
 * for them. A first selection by keyboard followed at once by F6 still lands in the fields, as it
 * does once they are loaded, and a quiet placeholder with a name stands in while they load.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Designer } from './pages/designer';

const FIELDS_CHUNK = /\/assets\/NodeInspector-[\w-]+\.js$/;

/** Holds the fields' code back until `release` is called: a slow network on the first click. */
async function holdFieldsChunk(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(FIELDS_CHUNK, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** What has focus: the inspector panel itself, a control in it (its label), or elsewhere. */
function focusInInspector(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const panel = document.querySelector('section[aria-label="Inspector"]');
    if (!el || !panel?.contains(el)) return 'elsewhere';
    if (el === panel) return 'the panel';
    return (
      el.getAttribute('aria-label') ??
      (el as HTMLInputElement).labels?.[0]?.textContent ??
      el.tagName
    );
  });
}

/** Opens a template and selects its first step by keyboard, from the incoming call. */
async function selectByKeyboard(designer: Designer): Promise<void> {
  await designer.openTemplate('Forward with voicemail');
  const call = designer.node('Incoming call');
  await call.focus();
  await designer.page.keyboard.press('ArrowDown');
  await expect(designer.node(/^Your phone/)).toHaveClass(/selected/);
}

test('F6 right after a first selection lands in the fields, even while they load', async ({
  designer,
  page,
}) => {
  const release = await holdFieldsChunk(page);
  await designer.open();
  await selectByKeyboard(designer);
  await page.keyboard.press('F6');

  // The fields are still on their way: a placeholder stands in, and focus waits on the panel.
  const loading = designer.inspector.getByRole('status', { name: 'Loading the step’s fields' });
  await expect(loading).toBeVisible();
  expect(await focusInInspector(page)).toBe('the panel');

  release();
  await expect(loading).toBeHidden();
  await expect.poll(() => focusInInspector(page)).not.toBe('the panel');
  const landed = await focusInInspector(page);
  expect(landed).not.toBe('elsewhere');

  // Where F6 puts focus now that the fields are here.
  await page.keyboard.press('Shift+F6');
  await page.keyboard.press('F6');
  expect(await focusInInspector(page)).toBe(landed);
});

test('a step added by keyboard while the fields load gets its first field once they arrive', async ({
  designer,
  page,
}) => {
  const release = await holdFieldsChunk(page);
  await designer.open();
  await designer.focusPaletteItem('Say');
  await page.keyboard.press('Enter');
  await expect(
    designer.inspector.getByRole('status', { name: 'Loading the step’s fields' }),
  ).toBeVisible();
  release();
  await expect(designer.field('Text to say')).toBeFocused();
});

test('once loaded, a selection shows its fields with no placeholder', async ({
  designer,
  page,
}) => {
  const loaded = page.waitForResponse(FIELDS_CHUNK);
  await designer.open();
  // Loaded after the first paint, before anything is selected.
  await loaded;
  await page.evaluate(() => {
    const seen = { placeholder: false };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() => {
      if (document.querySelector('.inspector-loading')) seen.placeholder = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  await selectByKeyboard(designer);
  await page.keyboard.press('F6');
  expect(await focusInInspector(page)).not.toMatch(/^(the panel|elsewhere)$/);
  expect(
    await page.evaluate(() => (window as unknown as { seen: { placeholder: boolean } }).seen),
  ).toEqual({ placeholder: false });
});
