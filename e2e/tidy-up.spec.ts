import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Designer } from './pages/designer';

interface Box {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Every node on the canvas: its name and its box on screen (read in one go, as one frame). */
async function nodeBoxes(designer: Designer): Promise<Box[]> {
  return designer.canvas.locator('.react-flow__node').evaluateAll((nodes) =>
    nodes.map((node) => {
      const { x, y, width, height } = node.getBoundingClientRect();
      return { name: accessibleName(node) ?? '', x, y, width, height };
    }),
  );
}

/** Pairs of node boxes that overlap on screen. */
function overlaps(boxes: readonly Box[]): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const apart =
        a.x + a.width <= b.x ||
        b.x + b.width <= a.x ||
        a.y + a.height <= b.y ||
        b.y + b.height <= a.y;
      if (!apart) found.push(`${a.name} / ${b.name}`);
    }
  });
  return found;
}

/** Where each node stands on the flow (not the screen): React Flow's translate, by node name. */
async function flowPositions(designer: Designer): Promise<Record<string, string>> {
  return designer.canvas
    .locator('.react-flow__node')
    .evaluateAll((nodes) =>
      Object.fromEntries(
        nodes.map((node) => [accessibleName(node), (node as HTMLElement).style.transform]),
      ),
    );
}

/** The top of a node on screen. */
async function topOf(node: Locator): Promise<number> {
  return (await node.boundingBox())!.y;
}

/** Drags a node by its header so that its top-left corner lands near another node's. */
async function dragOnto(page: Page, node: Locator, onto: Locator, dx = 20, dy = 15) {
  const from = (await node.boundingBox())!;
  const to = (await onto.boundingBox())!;
  await page.mouse.move(from.x + 40, from.y + 15);
  await page.mouse.down();
  await page.mouse.move(from.x + 60, from.y + 40, { steps: 3 });
  await page.mouse.move(to.x + 40 + dx, to.y + 15 + dy, { steps: 8 });
  await page.mouse.up();
}

/**
 * Say → Gather → (If no input) Pause → Hangup, and Gather's "After input" → Play: then every
 * verb dragged on top of another, so the flow is a pile.
 */
async function messyFlow(designer: Designer, page: Page): Promise<void> {
  await designer.open();
  await designer.dropVerb('Say', 120, 230);
  await designer.dropVerb('Gather', 470, 230);
  await designer.dropVerb('Pause', 120, 430);
  await designer.dropVerb('Hangup', 470, 430);
  await designer.dropVerb('Play', 300, 560);
  // Dropped under the Gather, the Pause joined its “After input” (what a step added after a
  // Gather joins): the Play takes that outlet, and the Pause goes on “If no input”.
  await designer.connect(designer.node('Gather'), designer.node('Play'), 'action');
  await expect.poll(() => designer.previewText()).toMatch(/<Gather[^>]*action=/);
  await designer.connect(designer.node('Gather'), designer.node('Pause'), 'next');
  await expect.poll(() => designer.previewText()).toMatch(/<Gather[^>]*\/>\s*<Pause/);
  await dragOnto(page, designer.node('Hangup'), designer.node('Say'));
  await dragOnto(page, designer.node('Pause'), designer.node('Gather'));
  await dragOnto(page, designer.node('Play'), designer.node('Say'), 40, 30);
  await dragOnto(page, designer.node('Gather'), designer.node('Incoming call'), 30, 30);
  expect(overlaps(await nodeBoxes(designer)).length).toBeGreaterThanOrEqual(3);
}

/** Waits until the nodes have stopped gliding (the same boxes twice in a row). */
async function settled(designer: Designer): Promise<Box[]> {
  let last = '';
  let boxes: Box[] = [];
  await expect
    .poll(
      async () => {
        boxes = await nodeBoxes(designer);
        const now = JSON.stringify(boxes);
        const same = now === last;
        last = now;
        return same;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  return boxes;
}

async function expectTidy(designer: Designer): Promise<void> {
  const boxes = await settled(designer);
  expect(overlaps(boxes)).toEqual([]);
  // The call from top to bottom, in one column.
  const chain = ['Incoming call', 'Say', 'Gather', 'Pause', 'Hangup'].map((n) => designer.node(n));
  const tops = await Promise.all(chain.map(topOf));
  expect(tops).toEqual([...tops].sort((a, b) => a - b));
  expect(new Set(tops).size).toBe(tops.length);
  const lefts = await Promise.all(chain.map(async (n) => (await n.boundingBox())!.x));
  expect(new Set(lefts.map(Math.round)).size).toBe(1);
  // The branch stands beside the column, below the Gather it comes from.
  const play = (await designer.node('Play').boundingBox())!;
  const gather = (await designer.node('Gather').boundingBox())!;
  expect(play.x).toBeGreaterThanOrEqual(gather.x + gather.width);
  expect(play.y).toBeGreaterThan(gather.y);
}

test.describe('Tidy up', () => {
  // Five drops, a connection and four drags before anything is tidied: slow on a busy machine.
  test.describe.configure({ timeout: 120_000 });

  test('by mouse: lays a piled-up flow out, and one undo puts every node back', async ({
    designer,
    page,
  }) => {
    await messyFlow(designer, page);
    await page.screenshot({ path: '/tmp/tidy-before.png' });
    const before = await flowPositions(designer);

    const button = page.getByRole('button', { name: 'Tidy up', exact: true });
    await expect(button).toBeEnabled();
    await button.click();
    await expectTidy(designer);
    await page.screenshot({ path: '/tmp/tidy-after.png' });
    const after = await flowPositions(designer);
    expect(after).not.toEqual(before);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => flowPositions(designer)).toEqual(before);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => flowPositions(designer)).toEqual(after);
  });

  test('by keyboard: Alt+Shift+L, and Ctrl+Z undoes it', async ({ designer, page }) => {
    await messyFlow(designer, page);
    const before = await flowPositions(designer);
    await page.getByRole('button', { name: 'Tidy up', exact: true }).focus();
    await page.keyboard.press('Alt+Shift+L');
    await expectTidy(designer);
    await page.keyboard.press('Control+z');
    await expect.poll(() => flowPositions(designer)).toEqual(before);
    // Enter on the focused button does it too.
    await page.getByRole('button', { name: 'Tidy up', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expectTidy(designer);
  });

  test('with reduced motion the nodes are moved at once, to the same places', async ({
    designer,
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await messyFlow(designer, page);
    // Every frame of the move is recorded: without motion there is none between before and after.
    await page.evaluate(() => {
      const seen = new Set<string>();
      (window as unknown as { tidyFrames: Set<string> }).tidyFrames = seen;
      const record = () => {
        const say = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].find((n) =>
          accessibleName(n)?.startsWith('Say'),
        );
        if (say) seen.add(say.style.transform);
        requestAnimationFrame(record);
      };
      requestAnimationFrame(record);
    });
    await page.getByRole('button', { name: 'Tidy up', exact: true }).click();
    await expectTidy(designer);
    const frames = await page.evaluate(
      () => (window as unknown as { tidyFrames: Set<string> }).tidyFrames.size,
    );
    expect(frames).toBe(2);
  });

  test('a Redirect back up to the first verb runs beside the column, behind no box', async ({
    designer,
    page,
  }) => {
    await designer.open();
    // Nothing to tidy on a flow of the incoming call alone.
    await expect(page.getByRole('button', { name: 'Tidy up', exact: true })).toBeDisabled();
    await designer.dropVerb('Say', 120, 230);
    await designer.dropVerb('Pause', 470, 230);
    await designer.dropVerb('Play', 120, 430);
    await designer.dropVerb('Redirect', 470, 430);
    await designer.connect(designer.node('Redirect'), designer.node('Say'), 'action');
    await expect.poll(() => designer.previewText()).toMatch(/<Redirect[^>]*>/);
    // Its name says what its face says: where the connection leads, not "Not connected".
    const face = designer.node('Redirect').locator('.verb-node-summary');
    await expect(face).toHaveText(/^Goes to \S+\.xml$/);
    await expect(designer.node('Redirect')).toHaveAccessibleName(
      `Redirect: ${await face.textContent()}`,
    );
    await page.getByRole('button', { name: 'Tidy up', exact: true }).click();
    await settled(designer);
    await page.screenshot({ path: '/tmp/tidy-redirect.png' });

    // Each connection is sampled along its drawn path; no point may fall inside a node box
    // other than the two it joins (the ones its ends touch).
    const crossings = await page.evaluate(() => {
      const rects = [...document.querySelectorAll('.react-flow__node')].map((node) => ({
        name: accessibleName(node) ?? '',
        rect: node.getBoundingClientRect(),
      }));
      const inside = (r: DOMRect, x: number, y: number, margin: number) =>
        x > r.left + margin && x < r.right - margin && y > r.top + margin && y < r.bottom - margin;
      const found: string[] = [];
      for (const path of document.querySelectorAll<SVGPathElement>('path.react-flow__edge-path')) {
        const matrix = path.getScreenCTM()!;
        const length = path.getTotalLength();
        const at = (d: number) =>
          new DOMPoint(path.getPointAtLength(d).x, path.getPointAtLength(d).y).matrixTransform(
            matrix,
          );
        const ends = [at(0), at(length)];
        const own = rects.filter(({ rect }) => ends.some((p) => inside(rect, p.x, p.y, -8)));
        for (let d = 0; d <= length; d += 3) {
          const p = at(d);
          for (const { name, rect } of rects) {
            if (own.some((o) => o.name === name)) continue;
            if (inside(rect, p.x, p.y, 1))
              found.push(
                `${path.parentElement ? accessibleName(path.parentElement) : null} crosses ${name}`,
              );
          }
        }
      }
      return [...new Set(found)];
    });
    expect(crossings).toEqual([]);
    // The Redirect's connection was drawn at all: it is there, named.
    await expect(
      designer.canvas.locator('[aria-label^="Connection from Redirect to Say"]'),
    ).toHaveCount(1);
  });
});
