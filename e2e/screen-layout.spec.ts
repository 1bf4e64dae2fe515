import { writeFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousViolations } from './pages/axe';
import { rcmlDocument } from './pages/designer';

/** A box on the page; fails the test where the element has none (hidden). */
async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found, `${locator} has a box`).not.toBeNull();
  return found!;
}

function overlaps(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const separator = (page: Page, name: string) => page.getByRole('separator', { name });
const palette = (page: Page) => page.getByRole('navigation', { name: 'Verbs' });
const sidebar = (page: Page) => page.getByRole('complementary');

/** Drags a splitter by its middle, as a user does with the mouse. */
async function drag(page: Page, splitter: Locator, dx: number, dy: number) {
  const { x, y, width, height } = await box(splitter);
  await page.mouse.move(x + width / 2, y + height / 2);
  await page.mouse.down();
  await page.mouse.move(x + width / 2 + dx / 2, y + height / 2 + dy / 2, { steps: 3 });
  await page.mouse.move(x + width / 2 + dx, y + height / 2 + dy, { steps: 3 });
  await page.mouse.up();
}

test('panels resized by mouse and by keyboard keep their sizes after a reload', async ({
  designer,
  page,
}) => {
  await designer.open();
  const before = {
    palette: (await box(palette(page))).width,
    sidebar: (await box(sidebar(page))).width,
    preview: (await box(designer.preview)).height,
    problems: (await box(designer.problems)).height,
  };

  // By mouse: the palette 60 px wider, the side panel 80 px wider, the problems 90 px taller.
  await drag(page, separator(page, 'Resize the palette'), 60, 0);
  await drag(page, separator(page, 'Resize the side panel'), -80, 0);
  await drag(page, separator(page, 'Resize the problems'), 0, -90);
  // By keyboard: the preview two steps (20 px each) taller, then one back.
  await separator(page, 'Resize the preview').focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+ArrowUp');

  const after = {
    palette: before.palette + 60,
    sidebar: before.sidebar + 80,
    preview: before.preview + 20 + 80,
    problems: before.problems + 90,
  };
  const measure = async () => ({
    palette: Math.round((await box(palette(page))).width),
    sidebar: Math.round((await box(sidebar(page))).width),
    preview: Math.round((await box(designer.preview)).height),
    problems: Math.round((await box(designer.problems)).height),
  });
  const expected = Object.fromEntries(Object.entries(after).map(([k, v]) => [k, Math.round(v)]));
  expect(await measure()).toEqual(expected);
  await expect(separator(page, 'Resize the problems')).toHaveAttribute(
    'aria-valuenow',
    String(expected.problems),
  );

  await page.reload();
  await expect(designer.node('Incoming call')).toBeVisible();
  expect(await measure()).toEqual(expected);

  // The side panel by keyboard: arrow keys move the splitter the way they point.
  await separator(page, 'Resize the side panel').focus();
  await page.keyboard.press('ArrowLeft');
  expect((await box(sidebar(page))).width).toBe(expected.sidebar! + 20);
  await page.keyboard.press('Home');
  await expect(separator(page, 'Resize the side panel')).toHaveAttribute('aria-valuenow', '300');
  expect((await box(sidebar(page))).width).toBe(300);
  await page.screenshot({ path: '/tmp/layout-resized.png' });
});

test('hostile stored sizes are clamped and never stop the designer from starting', async ({
  designer,
  page,
}) => {
  await page.addInitScript(() => {
    window.localStorage.setItem(
      'rcml-studio/layout',
      JSON.stringify({ paletteWidth: -1e9, sidebarWidth: 'wide', problemsHeight: 99999 }),
    );
  });
  await designer.open();
  expect((await box(palette(page))).width).toBe(180);
  expect((await box(sidebar(page))).width).toBe(420);
  // Problems take what the window leaves once the canvas has its share, no more.
  const canvas = await box(designer.canvas);
  expect(canvas.height).toBeGreaterThanOrEqual(200);
});

test('the overview shows every step, and dragging on it or turning the wheel moves the view', async ({
  designer,
  page,
}) => {
  await designer.open();
  await designer.openTemplate('Phone menu');
  const overview = page.getByRole('img', { name: 'Overview of the call flow' });
  await expect(overview).toBeVisible();
  // One box a step, drawn as one path: as many "M" moves as steps on the canvas.
  const steps = await designer.canvas.getByRole('group').count();
  const drawn = await overview.locator('path.react-flow__minimap-node').evaluateAll(
    (paths) =>
      paths
        .map((p) => p.getAttribute('d') ?? '')
        .join('')
        .split('M').length - 1,
  );
  expect(drawn).toBe(steps);
  await overview.screenshot({ path: test.info().outputPath('overview.png') });

  const viewport = page.locator('.react-flow__viewport');
  const transform = () => viewport.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform));
  const before = await transform();
  const at = await box(overview);
  await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
  await page.mouse.down();
  await page.mouse.move(at.x + at.width / 2 + 20, at.y + at.height / 2 + 10, { steps: 4 });
  await page.mouse.up();
  // The view went right and down along the flow: the flow moved left and up on the canvas.
  const dragged = await transform();
  expect(dragged.e).toBeLessThan(before.e);
  expect(dragged.f).toBeLessThan(before.f);
  expect(dragged.a).toBeCloseTo(before.a);

  await page.mouse.wheel(0, -200);
  await expect.poll(async () => (await transform()).a).toBeGreaterThan(dragged.a);
});

test('the overview can be hidden and shown, and stays as the user left it', async ({
  designer,
  page,
}) => {
  await designer.open();
  const overview = page.getByRole('img', { name: 'Overview of the call flow' });
  const hide = page.getByRole('button', { name: 'Hide overview' });
  await expect(overview).toBeVisible();
  await expect(hide).toHaveAttribute('aria-expanded', 'true');

  // Neither the overview nor its button covers the zoom controls or the Problems panel.
  const controls = await box(page.getByRole('button', { name: 'Zoom In' }).locator('..'));
  for (const part of [await box(overview), await box(hide)]) {
    expect(overlaps(part, controls)).toBe(false);
    expect(overlaps(part, await box(designer.problems))).toBe(false);
  }

  await hide.click();
  await expect(overview).toHaveCount(0);
  const show = page.getByRole('button', { name: 'Show overview' });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await expect(show).toBeFocused();

  await page.reload();
  await expect(designer.node('Incoming call')).toBeVisible();
  await expect(overview).toHaveCount(0);
  await show.press('Enter');
  await expect(overview).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide overview' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
});

test('the overview moves to the other bottom corner when the flow lies under it', async ({
  designer,
  page,
}) => {
  await designer.open();
  const overview = page.getByRole('img', { name: 'Overview of the call flow' });
  const controls = page.getByRole('button', { name: 'Zoom In' }).locator('..');
  const before = await box(overview);
  // The canvas panned so that the Incoming call lies in the bottom right corner, under the overview.
  const start = designer.node('Incoming call');
  const from = await box(start);
  const canvas = await box(designer.canvas);
  const by = { x: before.x + 40 - from.x, y: before.y + 40 - from.y };
  await page.mouse.move(canvas.x + 60, canvas.y + 60);
  await page.mouse.down();
  await page.mouse.move(canvas.x + 60 + by.x / 2, canvas.y + 60 + by.y / 2, { steps: 5 });
  await page.mouse.move(canvas.x + 60 + by.x, canvas.y + 60 + by.y, { steps: 5 });
  await page.mouse.up();
  expect(overlaps(await box(start), before)).toBe(true);

  await expect.poll(async () => (await box(overview)).x).toBeLessThan(before.x);
  const after = await box(overview);
  expect(overlaps(after, await box(start))).toBe(false);
  expect(overlaps(after, await box(controls))).toBe(false);
  const toggle = await box(page.getByRole('button', { name: 'Hide overview' }));
  expect(overlaps(toggle, await box(controls))).toBe(false);
  expect(overlaps(toggle, await box(start))).toBe(false);
  await page.screenshot({ path: '/tmp/layout-overview-aside.png' });
});

test.describe('at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('200 problems scroll inside the Problems panel; the canvas keeps its room', async ({
    designer,
    page,
  }, testInfo) => {
    await designer.open();
    const canvasBefore = await box(designer.canvas);
    const file = testInfo.outputPath('many-problems.xml');
    await writeFile(file, rcmlDocument(...Array.from({ length: 200 }, () => '<Say/>')));
    await page.getByRole('button', { name: 'Import' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import RCML' });
    await dialog.getByLabel('RCML files to import').setInputFiles(file);
    await dialog.getByRole('button', { name: 'Open as a new flow' }).click();
    await expect(dialog).toBeHidden();
    await expect(designer.problems).toContainText('200 errors');

    const panel = await box(designer.problems);
    const canvas = await box(designer.canvas);
    expect(canvas.height).toBe(canvasBefore.height);
    expect(panel.y + panel.height).toBeLessThanOrEqual(720);
    // The list scrolls on its own, and its last row can be scrolled to.
    const list = designer.problems.getByRole('list');
    expect(await list.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    const last = designer.problems.getByRole('button', { name: 'Show all 200 problems' });
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport();
    expect((await box(designer.canvas)).height).toBe(canvasBefore.height);
    await page.screenshot({ path: '/tmp/layout-200-problems-1280.png' });
  });

  test('notices never cover the problems, nor the template offer the search box', async ({
    designer,
    page,
  }) => {
    await designer.open();
    // The search box and the template offer on an empty flow.
    await designer.canvas.click({ position: { x: 300, y: 400 } });
    await page.keyboard.press('ControlOrMeta+f');
    const search = page.getByRole('search');
    await expect(search).toBeVisible();
    const offer = page.getByRole('button', { name: 'Browse templates' }).locator('..');
    expect(overlaps(await box(search), await box(offer))).toBe(false);
    await page.screenshot({ path: '/tmp/layout-search-offer-1280.png' });
    await page.keyboard.press('Escape');

    // A template's notice, which used to sit on the Problems panel.
    await page.getByRole('button', { name: 'Templates', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Templates' })
      .getByRole('button', { name: 'Open Phone menu' })
      .click();
    const notice = page.getByRole('status').filter({ hasText: /./ });
    await expect(notice).toBeVisible();
    const noticeBox = await box(notice);
    expect(overlaps(noticeBox, await box(designer.problems))).toBe(false);
    await page.screenshot({ path: '/tmp/layout-notice-1280.png' });
  });
});

test('at 1440×900 the screen shows every panel side by side', async ({ designer, page }) => {
  await designer.open();
  await designer.paletteItem('Say').press('Enter');
  const [left, middle, right] = [
    await box(palette(page)),
    await box(designer.canvas),
    await box(sidebar(page)),
  ];
  expect(left.x + left.width).toBeLessThanOrEqual(middle.x);
  expect(middle.x + middle.width).toBeLessThanOrEqual(right.x);
  expect(right.x + right.width).toBeLessThanOrEqual(1440);
  expect(middle.width).toBeGreaterThanOrEqual(600);
  await page.screenshot({ path: '/tmp/layout-1440.png' });
});

test('many documents never widen the side panel: the tabs wrap inside it', async ({
  designer,
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await designer.open();
  const width = (await box(sidebar(page))).width;
  await designer.openTemplate('Forward with voicemail');
  const tabs = page.getByRole('tablist', { name: 'Documents' });
  expect(await tabs.getByRole('tab').count()).toBeGreaterThanOrEqual(6);

  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(1440);
  expect((await box(sidebar(page))).width).toBe(width);
  const inspector = await box(page.getByRole('region', { name: 'Inspector' }));
  expect(inspector.x + inspector.width).toBeLessThanOrEqual(1440);
  // Every tab is whole inside the panel (none cut into a name it does not have).
  const tabsBox = await box(tabs);
  for (const tab of await tabs.getByRole('tab').all()) {
    const { x, width } = await box(tab);
    expect(x).toBeGreaterThanOrEqual(tabsBox.x);
    expect(x + width).toBeLessThanOrEqual(tabsBox.x + tabsBox.width + 1);
  }
  // Arrow keys go round them, the focused one in view.
  const last = tabs.getByRole('tab').last();
  await tabs.getByRole('tab', { selected: true }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();
  const lastBox = await box(last);
  expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(tabsBox.y + tabsBox.height + 1);
  await page.screenshot({ path: '/tmp/h5-preview-tabs-1440.png' });
});

test('the preview’s line numbers are readable on its dark background', async ({
  designer,
  page,
}) => {
  await designer.open();
  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import RCML' });
  await dialog
    .getByLabel('Or paste an RCML document')
    .fill(rcmlDocument(...Array.from({ length: 56 }, (_, i) => `<Say>Line ${i + 1}</Say>`)));
  await dialog.getByRole('button', { name: 'Read pasted RCML' }).click();
  await dialog.getByRole('button', { name: 'Replace this flow' }).click();
  await expect(dialog).toBeHidden();
  await expect(designer.preview).toContainText('Line 56');
  await expectNoSeriousViolations(page, 'with a 60-line document in the preview');
  await page.screenshot({ path: '/tmp/h5-preview-lines.png' });
});
