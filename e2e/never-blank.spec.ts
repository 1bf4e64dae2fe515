import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { Designer } from './pages/designer';
import { FLOW_VERSION } from '../src/schema/flow';

/**
 * The page never goes blank. A flow with a name XML cannot carry (`a b`, `1st`) used to make the
 * preview throw "Invalid XML name", and the page went white; it had been autosaved first, so
 * every reload went white too. Such a flow now opens repaired, with a message, from a file and
 * from storage; and any failure left shows a way out instead of a white page.
 */

test.describe.configure({ timeout: 60_000 });

const FLOW_ID = 'never-blank-flow';

/** A flow as a file or storage holds it: a Say with attributes XML cannot name, a lone Number. */
function badFlow(name: string) {
  return {
    format: 'rcml-studio/flow',
    version: FLOW_VERSION,
    id: FLOW_ID,
    name,
    dialect: 'rcml',
    baseUrl: '',
    nodes: [
      { id: 'start', kind: 'start', attributes: {}, position: { x: 0, y: 0 } },
      {
        id: 'say-1',
        kind: 'say',
        attributes: { voice: 'woman', 'a b': '1', '1st': '2', 'onclick="alert(1)" x': '3' },
        text: 'Welcome',
        position: { x: 0, y: 150 },
      },
      {
        id: 'number-1',
        kind: 'number',
        attributes: {},
        text: '+14155550100',
        position: { x: 0, y: 300 },
      },
    ],
    edges: [
      { id: 'start:next', source: 'start', outlet: 'next', target: 'say-1' },
      { id: 'say-1:next', source: 'say-1', outlet: 'next', target: 'number-1' },
    ],
  };
}

/** The designer is there: the canvas with the flow's verbs, and the preview with its RCML. */
async function expectDesignerShows(designer: Designer): Promise<void> {
  await expect(designer.canvas).toBeVisible();
  await expect(designer.node('Incoming call')).toBeVisible();
  await expect(designer.node(/^Say\b/)).toBeVisible();
  await expect
    .poll(() => designer.previewText())
    .toContain('<Say voice="woman">Welcome</Say>\n  <Dial>\n    <Number>+14155550100</Number>');
}

test('a flow file with attribute names XML cannot carry opens repaired, and says so', async ({
  designer,
  page,
}) => {
  await designer.open();
  await page.getByRole('button', { name: 'Flows' }).click();
  await page
    .getByRole('dialog', { name: 'Your flows' })
    .getByLabel('Flow file to open')
    .setInputFiles({
      name: 'bad-names.rcmlflow.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(badFlow('Bad names'))),
    });
  await expectDesignerShows(designer);
  const notice = page.getByRole('status');
  await expect(notice).toContainText('Opened “Bad names”. Repaired so that it can be shown');
  await expect(notice).toContainText('“a b”, “1st”, “onclick="alert(1)" x”');
  await expect(notice).toContainText('it is now inside a new Dial');
});

/**
 * Puts flows in the browser's storage, as an older version might have saved them; the first is
 * the one that was open last.
 */
async function storeBeforeLoad(page: Page, flows: ReturnType<typeof badFlow>[]): Promise<void> {
  const records = flows.map((flow) => [
    flow.id,
    JSON.stringify({ revision: 1, savedAt: Date.now(), savedBy: 'older-tab', flow }),
  ]);
  await page.addInitScript((entries) => {
    // Once: a reload must find what the app itself saved since.
    if (sessionStorage.getItem('never-blank-seeded')) return;
    sessionStorage.setItem('never-blank-seeded', '1');
    localStorage.clear();
    for (const [id, text] of entries) localStorage.setItem(`rcml-studio/flow/${id}`, text!);
    localStorage.setItem('rcml-studio/last-flow', entries[0]![0]!);
  }, records);
}

test('a stored flow with attribute names XML cannot carry opens repaired, also after a reload', async ({
  designer,
  page,
}) => {
  await storeBeforeLoad(page, [
    badFlow('Stored bad names'),
    { ...badFlow('Another bad one'), id: 'never-blank-other' },
  ]);
  await page.goto('/');
  await expectDesignerShows(designer);
  await expect(page.getByRole('alert')).toContainText(
    'Opened “Stored bad names”. Repaired so that it can be shown',
  );
  await expect(page.getByRole('alert')).toContainText('“a b”');

  // An edit is saved (repaired), and the reload shows the flow again.
  await page.getByLabel('Flow name').fill('Stored, now saved');
  await expect
    .poll(() =>
      page.evaluate((id) => localStorage.getItem(`rcml-studio/flow/${id}`) ?? '', FLOW_ID),
    )
    .toContain('Stored, now saved');
  await page.reload();
  await expectDesignerShows(designer);
  await expect(page.getByLabel('Flow name')).toHaveValue('Stored, now saved');

  // Another stored flow opened from Flows says what was repaired too.
  await page.getByRole('button', { name: 'Flows' }).click();
  await page
    .getByRole('dialog', { name: 'Your flows' })
    .getByRole('button', { name: 'Open Another bad one' })
    .click();
  await expectDesignerShows(designer);
  await expect(page.getByRole('status')).toContainText(
    'Opened “Another bad one”. Repaired so that it can be shown',
  );
});

test('when the designer fails anyway, the page offers a way out and keeps the stored flows', async ({
  designer,
  page,
}) => {
  // Breaks the designer on purpose while the flag is set: React Flow measures with
  // ResizeObserver, and one that throws fails the canvas as any bug would.
  await page.addInitScript(() => {
    const Real = window.ResizeObserver;
    window.ResizeObserver = class extends Real {
      constructor(callback: ResizeObserverCallback) {
        if (sessionStorage.getItem('break-designer')) throw new Error('Broken by the test');
        super(callback);
      }
    };
  });
  await designer.open();
  await page.getByLabel('Flow name').fill('Kept flow');
  const key = await page.evaluate(
    () => `rcml-studio/flow/${decodeURIComponent(location.hash.slice('#flow='.length))}`,
  );
  await expect
    .poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', key))
    .toContain('Kept flow');
  const stored = await page.evaluate((k) => localStorage.getItem(k), key);

  await page.evaluate(() => sessionStorage.setItem('break-designer', '1'));
  await page.reload();
  const failure = page.getByRole('main', { name: 'RCML Studio could not show this flow' });
  await expect(failure).toBeVisible();
  await expect(failure).toContainText('Something in “Kept flow” could not be shown');

  // Download this flow: the flow as a flow file.
  const file = await designer.downloadFile(() =>
    failure.getByRole('button', { name: 'Download this flow' }).click(),
  );
  expect(file.name).toBe('kept-flow.rcmlflow.json');
  expect(JSON.parse(file.text)).toMatchObject({ format: 'rcml-studio/flow', name: 'Kept flow' });

  // Open another flow shows the flows; closing it without choosing stays on this page.
  await failure.getByRole('button', { name: 'Open another flow' }).click();
  const flows = page.getByRole('dialog', { name: 'Your flows' });
  await expect(flows.getByRole('row', { name: /^Kept flow/ })).toBeVisible();
  await flows.getByRole('button', { name: 'Close' }).click();
  await expect(failure).toBeVisible();

  // Nothing was saved over the stored flow meanwhile.
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(stored);

  // Start a new flow: the designer is back, and the stored flow is still there.
  await page.evaluate(() => sessionStorage.removeItem('break-designer'));
  await failure.getByRole('button', { name: 'Start a new flow' }).click();
  await expect(designer.node('Incoming call')).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(stored);
  await page.getByRole('button', { name: 'Flows' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Your flows' }).getByRole('row', { name: /^Kept flow/ }),
  ).toBeVisible();
});
