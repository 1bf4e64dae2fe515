/**
 * Decision nodes on the canvas: added from the palette by drag or by Enter, drawn with one
 * labelled handle per outlet, connected by dragging from the outlet the user means.
 */
import { writeFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { DECISION_WIDTH, decisionHeight, outletCentreY } from '../src/canvas/decisionGeometry';
import { createFlow } from '../src/model/flow';
import { layoutFlow } from '../src/model/layout';
import { addNode, connect, updateNode } from '../src/model/operations';
import { START_NODE_ID, type Flow } from '../src/schema/flow';
import { writeFlowFile } from '../src/persist/flowFile';
import { expect, test } from './fixtures';

/** Each decision's palette button and node name, and its outlets as a new node shows them. */
const DECISIONS = [
  { name: 'Check caller', outlets: ['Matches', 'Otherwise'] },
  { name: 'Check hours', outlets: ['Open', 'Closed', 'Holiday'] },
  { name: 'Menu', outlets: ['Anything else'] },
  { name: 'Call outcome', outlets: ['Answered', 'Busy', 'No answer', 'Failed'] },
];

/** The outlet names shown beside a node's handles, top to bottom. */
function outletLabels(node: Locator): Promise<string[]> {
  return node.locator('.decision-outlet-label').allTextContents();
}

/** Waits until the node stops moving (a zoom or fit in progress). */
async function settled(node: Locator): Promise<void> {
  let last = '';
  await expect
    .poll(async () => {
      const box = JSON.stringify(await node.boundingBox());
      const same = box === last;
      last = box;
      return same;
    })
    .toBe(true);
}

/**
 * Fits the flow to the canvas, then zooms to 100 % around the node, as a user does with the
 * mouse wheel.
 */
async function zoomToOne(page: Page, node: Locator): Promise<void> {
  await page.getByRole('button', { name: 'Fit View' }).click();
  await settled(node);
  for (let tries = 0; tries < 5; tries++) {
    const box = (await node.boundingBox())!;
    const zoom = box.width / DECISION_WIDTH;
    if (Math.abs(zoom - 1) < 0.005) return;
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 40));
    // React Flow zooms by 2^(-deltaY / 500) a wheel step.
    await page.mouse.wheel(0, Math.log2(zoom) * 500);
    await settled(node);
  }
}

/**
 * A flow with every decision, its fields filled in and laid out as an import would: Check hours
 * first, a Check caller on "Open", a Gather whose input a Menu of twelve keys reads, and a Dial
 * whose outcome a Call outcome reads.
 */
function frontDesk(): Flow {
  const at = { x: 0, y: 0 };
  const zone = { environment: { timeZone: 'Europe/Paris' } };
  let flow = createFlow({ name: 'Front desk' });
  const add = (kind: string, attributes: Record<string, string> = {}, after?: string) => {
    const added = addNode(flow, kind, at, { ...zone, ...(after ? { after } : {}) });
    flow = updateNode(added.flow, added.nodeId, { attributes });
    return added.nodeId;
  };
  const hours = add('checkHours', { closedOn: '25 Dec Christmas' }, START_NODE_ID);
  const caller = add('checkCaller', {
    numbers: '+14155550199\n+44 20 7183 8750',
    prefixes: '+1900',
    withheld: 'true',
  });
  const reject = add('reject');
  const gather = add('gather');
  const menu = add('menu', { keys: '1 2 3 4 5 6 7 8 9 0 * #' });
  const dial = add('dial');
  const outcome = add('callOutcome');
  const hangup = add('hangup');
  flow = connect(flow, hours, 'open', caller);
  flow = connect(flow, hours, 'closed', hangup);
  flow = connect(flow, caller, 'matches', reject);
  flow = connect(flow, caller, 'otherwise', gather);
  flow = connect(flow, gather, 'action', menu);
  flow = connect(flow, menu, 'key:1', dial);
  flow = connect(flow, dial, 'action', outcome);
  return layoutFlow(flow);
}

test.describe('Decision nodes on the canvas', () => {
  // Many drags and zooms each, on a machine shared with other test runs.
  test.describe.configure({ timeout: 60_000 });

  test.beforeEach(async ({ designer }) => {
    await designer.open();
  });

  test('each decision is dragged from the palette and shows its outlets beside their handles', async ({
    designer,
  }) => {
    const group = designer.page
      .getByRole('navigation', { name: 'Verbs' })
      .getByRole('region', { name: 'Decisions' });
    const buttons = await group
      .getByRole('button')
      .evaluateAll((all) => all.map((b) => accessibleName(b)));
    expect(buttons).toEqual(DECISIONS.map((d) => d.name));
    const spots = [
      { x: 160, y: 220 },
      { x: 460, y: 220 },
      { x: 160, y: 470 },
      { x: 460, y: 470 },
    ];
    for (const [i, decision] of DECISIONS.entries()) {
      await designer.dropVerb(decision.name, spots[i]!.x, spots[i]!.y);
      const node = designer.node(decision.name);
      await expect(node).toBeVisible();
      expect(await outletLabels(node)).toEqual(decision.outlets);
      await expect(node.locator('.react-flow__handle.source')).toHaveCount(decision.outlets.length);
      await expect(node.locator('.react-flow__handle.target')).toHaveCount(1);
    }
    // Dropped while the call had a free "next": the first is connected after the incoming call.
    await expect(
      designer.canvas.getByRole('img', {
        name: 'Connection from Incoming call to Check caller (First verb)',
      }),
    ).toHaveCount(1);
    await expect(designer.node('Check caller')).toHaveAccessibleName(
      'Check caller: No callers listed yet',
    );
    await expect(designer.node('Call outcome')).toHaveAccessibleName('Call outcome: After a Dial');
    await designer.canvas.screenshot({ path: '/tmp/h2-dropped.png' });
  });

  test('Enter on a decision in the palette adds it; the first follows the incoming call, the next the first one’s outcome', async ({
    designer,
    page,
  }) => {
    for (const decision of DECISIONS) {
      const button = page.getByRole('button', { name: decision.name });
      await expect(button).toHaveCount(1);
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(designer.node(decision.name)).toBeVisible();
    }
    // Check hours takes Check caller's first free outcome; a Menu (after a Gather only) and a
    // Call outcome (after a Dial only) join nothing.
    await expect(designer.canvas.getByRole('img', { name: /^Connection from/ })).toHaveCount(2);
    await expect(
      designer.canvas.getByRole('img', {
        name: 'Connection from Incoming call to Check caller (First verb)',
      }),
    ).toHaveCount(1);
    await expect(
      designer.canvas.getByRole('img', {
        name: 'Connection from Check caller to Check hours (Matches)',
      }),
    ).toHaveCount(1);
  });

  test('a Check caller’s Matches is dragged to a Reject and Otherwise to a Say', async ({
    designer,
    page,
  }) => {
    await designer.dropVerb('Check caller', 300, 200);
    await designer.dropVerb('Reject', 140, 480);
    await designer.dropVerb('Say', 460, 480);
    const caller = designer.node('Check caller');
    await designer.connect(caller, designer.node('Reject'), 'matches');
    await designer.connect(caller, designer.node('Say'), 'otherwise');

    const edge = (name: string) => designer.canvas.getByRole('img', { name, exact: true });
    await expect(edge('Connection from Check caller to Reject (Matches)')).toHaveCount(1);
    await expect(edge('Connection from Check caller to Say (Otherwise)')).toHaveCount(1);
    // Each arrow is named after its branch, where the user can read it.
    const labels = designer.canvas.locator('.react-flow__edge.branch-edge .react-flow__edge-text');
    await expect(labels).toHaveText(['Matches', 'Otherwise']);
    // The flow server now has a document for each branch.
    const routes = page.getByRole('region', { name: 'Decided by the flow server' });
    await expect(routes).toContainText(/Matches → \S+\.xml/);
    await expect(routes).toContainText(/Otherwise → \S+\.xml/);
    await routes.getByRole('button').nth(0).click();
    await expect(designer.preview).toContainText('<Reject reason="rejected"/>');
    await routes.getByRole('button').nth(1).click();
    await expect(designer.preview).toContainText('<Say/>');
    await designer.canvas.screenshot({ path: '/tmp/h2-connected.png' });
  });

  test('a flow with every decision opens with readable outlets, drawn where their estimate says', async ({
    designer,
    page,
  }, testInfo) => {
    const file = testInfo.outputPath('front-desk.json');
    await writeFile(file, writeFlowFile(frontDesk()));
    await page.getByRole('button', { name: 'Flows' }).click();
    await page.getByLabel('Flow file to open').setInputFiles(file);
    await expect(page.getByRole('textbox', { name: 'Flow name' })).toHaveValue('Front desk');

    await expect(designer.node('Check caller')).toHaveAccessibleName(
      'Check caller: 2 numbers, 1 prefix, withheld',
    );
    await expect(designer.node('Check hours')).toHaveAccessibleName(
      'Check hours: Mon–Fri 09:00–17:00, Europe/Paris; closed 25 Dec',
    );
    const menu = designer.node('Menu');
    await expect(menu).toHaveAccessibleName('Menu: Keys 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, *, #');
    const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'];
    expect(await outletLabels(menu)).toEqual([...keys.map((k) => `Key ${k}`), 'Anything else']);
    await designer.canvas.screenshot({ path: '/tmp/h2-front-desk.png' });

    // At the zoom a new flow opens at, each decision reads as the user will see it; the Menu's
    // handles are where the estimate (for a big flow's nodes not drawn yet) puts them.
    for (const decision of DECISIONS) {
      const node = designer.node(decision.name);
      await zoomToOne(page, node);
      await node.screenshot({
        path: `/tmp/h2-${decision.name.toLowerCase().replace(' ', '-')}.png`,
      });
    }
    await zoomToOne(page, menu);
    const box = (await menu.boundingBox())!;
    expect(box.width).toBeCloseTo(DECISION_WIDTH, -0.5);
    expect(box.height).toBeCloseTo(decisionHeight(keys.length + 1), -0.5);
    const handles = await menu.locator('.react-flow__handle.source').all();
    expect(handles).toHaveLength(keys.length + 1);
    for (const [index, handle] of handles.entries()) {
      const h = (await handle.boundingBox())!;
      expect(h.x + h.width / 2 - box.x).toBeCloseTo(DECISION_WIDTH, -0.5);
      expect(h.y + h.height / 2 - box.y).toBeCloseTo(outletCentreY(index), -0.5);
    }
  });
});
