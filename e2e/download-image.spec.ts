import { readFile, writeFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { sayChain, type Designer } from './pages/designer';

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const imageButton = (page: Page) => page.getByRole('button', { name: 'Download image' });
const imageMenu = (page: Page) => page.getByRole('menu', { name: 'Download image' });

/** The Phone menu template, renamed: a Gather, a Menu with two branches and labelled arrows. */
async function openPhoneMenu(designer: Designer, name: string) {
  const { page } = designer;
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
  await designer.open();
  await designer.openTemplate('Phone menu');
  await expect(designer.node('Support')).toBeVisible();
  await page.getByLabel('Flow name').fill(name);
}

/** Selects a step, then zooms in until the Sales and Support steps are off screen. */
async function selectAndZoomIn(designer: Designer) {
  await designer.node('Main menu').click();
  const zoomIn = designer.canvas.getByRole('button', { name: 'Zoom In' });
  // Up to the canvas's greatest zoom, where the button turns disabled.
  for (let i = 0; i < 8 && (await zoomIn.isEnabled()); i++) await zoomIn.click();
  await expect(designer.node('Support')).not.toBeInViewport();
}

async function saved(download: Download): Promise<Buffer> {
  return readFile((await download.path())!);
}

/** Width and height from a PNG's IHDR chunk (right after the 8-byte signature). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The SVG's text, checked to be a well-formed SVG document by the browser's own parser. */
async function parseSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: root.localName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      text: root.textContent ?? '',
      insertButtons: root.querySelectorAll('.insert-on-edge, .insert-on-edge-plus').length,
      minimap: root.querySelectorAll('.react-flow__minimap, .react-flow__controls').length,
    };
  }, svg);
}

test('Download image gives the whole flow as PNG and SVG, named after the flow, without the canvas controls', async ({
  designer,
  page,
}) => {
  test.slow();
  await openPhoneMenu(designer, 'Front desk');
  // A selected step is drawn plain in the picture; here, one is selected.
  await selectAndZoomIn(designer);
  await expect(designer.node('Main menu')).toHaveClass(/selected/);

  // PNG, by mouse.
  await imageButton(page).click();
  await expect(imageMenu(page).getByRole('menuitem')).toHaveText([/PNG image/, /SVG image/]);
  await page.screenshot({ path: '/tmp/image-menu.png' });
  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    imageMenu(page).getByRole('menuitem', { name: 'PNG image' }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toBe('Front desk.png');
  const png = await saved(pngDownload);
  await pngDownload.saveAs('/tmp/front-desk.png');
  const pngDims = pngSize(png);
  await expect(
    page.getByRole('status').filter({ hasText: 'Downloaded Front desk.png.' }),
  ).toBeVisible();
  // The view the user had is given back.
  await expect(designer.node('Support')).not.toBeInViewport();

  // SVG, by mouse.
  await imageButton(page).click();
  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    imageMenu(page).getByRole('menuitem', { name: 'SVG image' }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe('Front desk.svg');
  const svgText = (await saved(svgDownload)).toString('utf8');
  await svgDownload.saveAs('/tmp/front-desk.svg');
  const svg = await parseSvg(page, svgText);
  expect(svg.error).toBeNull();
  expect(svg.root).toBe('svg');
  // Every step, those off screen too, and the names on the arrows.
  for (const label of ['Incoming call', 'Main menu', 'No choice', 'Choice', 'Sales', 'Support']) {
    expect(svg.text).toContain(label);
  }
  // The names on the arrows, as the canvas shows them ("After input", the menu's keys…).
  const arrowNames = await page.locator('.react-flow__edge-text').allTextContents();
  expect(arrowNames.length).toBeGreaterThanOrEqual(4);
  for (const name of arrowNames) expect(svg.text).toContain(name);
  expect(svg.insertButtons).toBe(0);
  expect(svg.minimap).toBe(0);
  expect(svgText).not.toContain('Insert a step between');
  // The PNG is the same picture, drawn at twice the size for sharp text.
  expect(pngDims).toEqual({ width: svg.width * 2, height: svg.height * 2 });
  // The picture frames every step at full size, those off screen too: the steps' extent on the
  // canvas (in flow pixels) plus 40 px of margin on each side.
  const extent = await page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((el) => {
      const [, x, y] = /translate\(([-\d.]+)px, ?([-\d.]+)px\)/.exec(el.style.transform)!;
      return { x: Number(x), y: Number(y), width: el.offsetWidth, height: el.offsetHeight };
    });
    const left = Math.min(...boxes.map((b) => b.x));
    const top = Math.min(...boxes.map((b) => b.y));
    const right = Math.max(...boxes.map((b) => b.x + b.width));
    const bottom = Math.max(...boxes.map((b) => b.y + b.height));
    return { count: boxes.length, width: right - left, height: bottom - top };
  });
  expect(extent.count).toBe(6);
  expect(Math.abs(svg.width - (extent.width + 80))).toBeLessThanOrEqual(2);
  expect(Math.abs(svg.height - (extent.height + 80))).toBeLessThanOrEqual(2);
  const canvasBox = (await designer.canvas.boundingBox())!;
  const zoom = await page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    return Number(/scale\(([\d.]+)\)/.exec(viewport.style.transform)![1]);
  });
  // Zoomed in, the canvas shows less of the flow than the picture holds.
  expect(zoom).toBeGreaterThan(1);
  expect(canvasBox.height / zoom).toBeLessThan(extent.height);

  // The export ran under the Content-Security-Policy without breaking it.
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
});

test('Download image works from the keyboard: Enter opens, arrows move, Escape closes', async ({
  designer,
  page,
}) => {
  test.slow();
  await openPhoneMenu(designer, 'Sales / support: "after hours"');
  const button = imageButton(page);
  await button.focus();
  await page.keyboard.press('Enter');
  const items = imageMenu(page).getByRole('menuitem');
  await expect(items.first()).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(imageMenu(page)).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');

  // Space opens, ArrowUp goes to the last choice (SVG), Enter chooses it.
  await page.keyboard.press('Space');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(items.nth(1)).toBeFocused();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  // Characters no file system takes are left out of the name.
  expect(download.suggestedFilename()).toBe('Sales support after hours.svg');
  await expect(imageMenu(page)).toBeHidden();
  await expect(button).toBeFocused();
});

test('a big flow, drawn only where it is on screen, comes out whole, scaled down to fit a canvas', async ({
  designer,
  page,
}, testInfo) => {
  // 300 verbs: past the size where the canvas draws only what is on screen (BIG_FLOW).
  test.setTimeout(180_000);
  const verbs = 300;
  await designer.open();
  const file = testInfo.outputPath('long-chain.xml');
  await writeFile(file, sayChain(verbs));
  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import RCML' });
  await dialog.getByLabel('RCML files to import').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Open as a new flow' }).click();
  await expect(designer.node(/“Step 1”/)).toBeVisible({ timeout: 30_000 });
  const drawn = () => page.locator('.react-flow__node').count();
  const drawnBefore = await drawn();
  expect(drawnBefore).toBeLessThan(verbs);
  const viewportBefore = await page.locator('.react-flow__viewport').getAttribute('style');

  await imageButton(page).click();
  const [pngDownload] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    imageMenu(page).getByRole('menuitem', { name: 'PNG image' }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toBe('long-chain.png');
  const { width, height } = pngSize(await saved(pngDownload));
  await pngDownload.saveAs('/tmp/long-chain.png');
  // Within what every browser's canvas takes, and said to be scaled.
  expect(height).toBeLessThanOrEqual(16_384);
  expect(width * height).toBeLessThanOrEqual(16_000_000);
  await expect(page.getByRole('status')).toContainText(
    /Downloaded long-chain\.png, scaled down to \d+%/,
  );
  // The view is as it was, with only what is on screen drawn again.
  await expect(page.locator('.react-flow__viewport')).toHaveAttribute('style', viewportBefore!);
  await expect.poll(drawn).toBe(drawnBefore);

  await imageButton(page).click();
  const [svgDownload] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    imageMenu(page).getByRole('menuitem', { name: 'SVG image' }).click(),
  ]);
  const svg = await parseSvg(page, (await saved(svgDownload)).toString('utf8'));
  expect(svg.error).toBeNull();
  // The last step too, which the canvas had not drawn.
  expect(svg.text).toContain(`Step ${verbs}`);
  // An SVG is not scaled: its height is the whole chain's, far more than a PNG could take.
  expect(svg.height).toBeGreaterThan(height);
});
