import type { Locator, Page } from '@playwright/test';

/**
 * Drags a node by (dx, dy). React Flow starts a drag on the first move past its threshold and
 * takes that point as the origin, so a 2 px move arms the drag before the real one.
 */
export async function dragNodeBy(page: Page, node: Locator, dx: number, dy: number, steps = 8) {
  const box = (await node.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + 12;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 2, y);
  await page.mouse.move(x + 2 + dx, y + dy, { steps });
  await page.mouse.up();
}
