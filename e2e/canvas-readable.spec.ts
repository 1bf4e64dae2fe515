/**
 * The canvas stays readable (issue 25, item 4): on every template, as opened and after Tidy up,
 * no branch label or "+" lies on another, on a box or on another connection's line; the view is
 * never zoomed below 60 %; the overview lets the flow show through when it lies under both of
 * its corners.
 */
import type { Page } from '@playwright/test';
import { templates } from '../src/templates';
import { expect, test } from './fixtures';

/** Every template of the gallery, by the name it opens with. */
const TEMPLATES = templates.map((template) => template.name);

/** Labels and "+" buttons that lie on each other, on a box, or on another connection's line. */
function collisions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Rect = { left: number; top: number; right: number; bottom: number };
    const hit = (a: Rect, b: Rect) =>
      a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    const marks: { name: string; edge: string; rect: Rect }[] = [];
    for (const edge of document.querySelectorAll('.react-flow__edge')) {
      const label = edge.querySelector('.react-flow__edge-textwrapper');
      const id = edge.getAttribute('data-id') ?? '';
      if (label) {
        marks.push({
          name: `label "${label.textContent}"`,
          edge: id,
          rect: label.getBoundingClientRect(),
        });
      }
    }
    for (const holder of document.querySelectorAll('.insert-on-edge')) {
      const plus = holder.querySelector('button')!;
      marks.push({
        name: accessibleName(plus) ?? '+',
        edge: holder.getAttribute('data-edge-id') ?? '',
        rect: plus.getBoundingClientRect(),
      });
    }
    const found: string[] = [];
    marks.forEach((a, i) => {
      for (const b of marks.slice(i + 1))
        if (hit(a.rect, b.rect)) found.push(`${a.name} / ${b.name}`);
    });
    for (const node of document.querySelectorAll('.react-flow__node')) {
      const box = node.getBoundingClientRect();
      for (const mark of marks) {
        if (hit(mark.rect, box)) found.push(`${mark.name} / box ${accessibleName(node)}`);
      }
    }
    // A mark on another connection's line: sample each path every 3 px, on screen.
    for (const edge of document.querySelectorAll('.react-flow__edge')) {
      const path = edge.querySelector<SVGPathElement>('path.react-flow__edge-path');
      const matrix = path?.getScreenCTM();
      if (!path || !matrix) continue;
      const id = edge.getAttribute('data-id');
      const length = path.getTotalLength();
      for (const mark of marks) {
        if (mark.edge === id) continue;
        const { left, top, right, bottom } = mark.rect;
        for (let at = 0; at <= length; at += 3) {
          const p = path.getPointAtLength(at).matrixTransform(matrix);
          if (p.x > left + 2 && p.x < right - 2 && p.y > top + 2 && p.y < bottom - 2) {
            found.push(`${mark.name} / the line of ${id}`);
            break;
          }
        }
      }
    }
    return found;
  });
}

function zoom(page: Page): Promise<number> {
  return page
    .locator('.react-flow__viewport')
    .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
}

for (const name of TEMPLATES) {
  test(`${name}: labels and "+" stand clear, and the text stays readable`, async ({
    designer,
    page,
  }) => {
    await designer.open();
    await designer.openTemplate(name);
    await expect(page.getByLabel('Flow name')).toHaveValue(name);
    await expect.poll(() => zoom(page)).toBeGreaterThanOrEqual(0.6);
    await page.waitForTimeout(400); // the view settles (no animation on opening)
    expect(await collisions(page)).toEqual([]);

    const tidy = page.getByRole('button', { name: 'Tidy up', exact: true });
    await tidy.click();
    await page.waitForTimeout(900); // the glide and the fit take 600 ms
    expect(await zoom(page)).toBeGreaterThanOrEqual(0.6);
    expect(await collisions(page)).toEqual([]);
  });
}

test('the overview lets the flow show through when it lies under both corners', async ({
  designer,
  page,
}) => {
  await designer.open();
  const overview = page.locator('.react-flow__minimap');
  await expect(overview).toBeVisible();
  const opacity = () => overview.evaluate((el) => Number(getComputedStyle(el).opacity));
  const canvas = (await designer.canvas.boundingBox())!;
  // A step under the overview's right corner: it moves to the left one, and stays opaque.
  await designer.dropVerb('Say', canvas.width - 120, canvas.height - 110);
  await expect(page.locator('.overview-host')).toHaveClass(/on-left/);
  expect(await opacity()).toBe(1);
  // One under the left corner too: nowhere to go, so the steps show through it.
  await designer.dropVerb('Pause', 200, canvas.height - 110);
  // While pointed at, the overview stays as it is (to be used): the pointer leaves it first.
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + 40);
  await expect.poll(opacity).toBeLessThan(0.5);
  await page.screenshot({ path: '/tmp/overview-see-through.png' });
});
