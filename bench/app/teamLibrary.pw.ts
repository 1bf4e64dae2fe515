/**
 * The team's library in the browser, against the real RCML Studio server (its built file, on
 * SQLite): the Flows dialog opened on 1,000 flows, from the click to every row drawn (server
 * time and render), and the time the server takes for one save of a 1,000-verb flow while the
 * user types. Prints figures; asserts no time.
 */
import { test } from '@playwright/test';
import { cpus } from 'node:os';
import { StudioServer } from '../../e2e/pages/studioServer';
import { createFlow } from '../../src/model/flow';
import { generateFlow } from '../../src/test/generateFlow';
import { ROWS_AT_A_TIME } from '../../src/app/team/rowsAtATime';

const FLOWS = 1_000;
const ROUNDS = 7;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const round = (n: number) => Math.round(n * 10) / 10;

test('the team’s Flows dialog on 1,000 flows, and saving a 1,000-verb flow', async ({
  browser,
}) => {
  const server = await StudioServer.start();
  try {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    const headers = { Origin: server.url };
    const code = new URL(server.setupUrl!).searchParams.get('code');
    await page.request.post('/api/setup', {
      headers,
      data: { code, name: 'Bench', email: 'bench@example.com', password: 'a long enough password' },
    });
    for (let i = 0; i < FLOWS; i++) {
      const flow = createFlow({ name: `Flow ${String(i).padStart(4, '0')}` });
      await page.request.post('/api/flows', { headers, data: { flow } });
    }

    // Server time alone: GET /api/flows, as the dialog asks it.
    const listMs: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const started = performance.now();
      await page.request.get('/api/flows');
      listMs.push(performance.now() - started);
    }

    // The user: click Flows, wait until every row is drawn.
    await page.goto('/');
    await page.getByRole('region', { name: 'Canvas' }).waitFor();
    const openMs: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      await page.evaluate(() => {
        document.addEventListener(
          'click',
          () => ((window as unknown as { clickedAt: number }).clickedAt = performance.now()),
          { capture: true, once: true },
        );
      });
      await page.getByRole('button', { name: 'Flows', exact: true }).click();
      openMs.push(
        await page.evaluate(async (count) => {
          const rows = () => document.querySelectorAll('dialog .flows-table tbody tr').length;
          while (rows() < count) await new Promise((r) => requestAnimationFrame(r));
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          return performance.now() - (window as unknown as { clickedAt: number }).clickedAt;
        }, ROWS_AT_A_TIME),
      );
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }

    // One save of a 1,000-verb flow: the PUT's round trip on loopback (server time, nearly).
    const big = { ...generateFlow({ verbs: 1_000, seed: 7 }), id: 'bench-big' };
    const created = await page.request.post('/api/flows', { headers, data: { flow: big } });
    let revision = (await created.json()).summary.revision as number;
    const saveMs: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const flow = { ...big, name: `Big ${i}` };
      const started = performance.now();
      const saved = await page.request.put(`/api/flows/${big.id}`, {
        headers,
        data: { flow, baseRevision: revision },
      });
      saveMs.push(performance.now() - started);
      revision = (await saved.json()).summary.revision;
    }

    console.log(
      `\nTeam library — ${cpus().length} × ${cpus()[0]?.model}, Chromium headless, SQLite`,
    );
    console.table([
      {
        measure: `GET /api/flows, ${FLOWS} flows (round trip)`,
        'median ms': round(median(listMs)),
      },
      {
        measure: `Flows dialog on ${FLOWS} flows, click → first ${ROWS_AT_A_TIME} rows drawn`,
        'median ms': round(median(openMs)),
      },
      { measure: 'PUT a 1,000-verb flow (round trip)', 'median ms': round(median(saveMs)) },
    ]);
    await context.close();
  } finally {
    await server.dispose();
  }
});
