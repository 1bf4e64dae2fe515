/**
 * Issue 11's "done": a person who has never seen RCML blocks one nuisance caller with busy while
 * everyone else hears the welcome, once with the mouse and once with the keyboard alone; what
 * they download runs with one command and answers a platform's requests.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { startChildServer, type ChildServer } from '../src/server/childServer';
import { expect, test } from './fixtures';
import type { Designer } from './pages/designer';

const NUISANCE = '+14155550199';
const REJECT_BUSY = '<Reject reason="busy"/>';
const WELCOME = '<Say>Welcome to our line.</Say>';

// Each test builds a whole flow, downloads it and starts a server: more than the default 30 s
// on a busy machine.
test.describe.configure({ timeout: 120_000 });

const servers: ChildServer[] = [];
test.afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.stop()));
});

function decision(page: Page, name: string) {
  return page.getByRole('button', { name, exact: true });
}

/** Downloads the flow, checks the zip holds a flow server, starts it, and returns it. */
async function downloadAndRun(designer: Designer): Promise<ChildServer> {
  const [download] = await Promise.all([
    designer.page.waitForEvent('download'),
    designer.download.click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
  const entries = unzipSync(new Uint8Array(await readFile(await download.path())));
  const files = Object.entries(entries).map(([name, bytes]) => ({ name, text: strFromU8(bytes) }));
  expect(files.map((f) => f.name)).toEqual(
    expect.arrayContaining(['flow-server.mjs', 'flow-worker.mjs', 'README.txt']),
  );
  const server = await startChildServer(files);
  servers.push(server);
  return server;
}

/** Calls the server's root as RCML does for an incoming call: a form POST with From. */
async function incomingCall(server: ChildServer, from: string): Promise<string> {
  const response = await fetch(`${server.origin}/`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ From: from, To: '+15550001111', CallSid: 'CA1' }).toString(),
  });
  expect(response.status).toBe(200);
  return response.text();
}

async function expectServedCorrectly(server: ChildServer): Promise<void> {
  const nuisance = await incomingCall(server, '+1 415 555 0199');
  expect(nuisance).toContain(REJECT_BUSY);
  expect(nuisance).not.toContain('<Say>');
  const friend = await incomingCall(server, '+442079460018');
  expect(friend).toContain(WELCOME);
  expect(friend).not.toContain('<Reject');
}

test('block a nuisance caller with busy and welcome everyone else, with the mouse', async ({
  designer,
  page,
}) => {
  await designer.open();
  await decision(page, 'Check caller').dragTo(designer.canvas, {
    targetPosition: { x: 380, y: 260 },
  });
  const check = designer.node(/^Check caller/);
  await expect(check).toBeVisible();
  await designer.connect(designer.node('Incoming call'), check);

  await check.click();
  await designer.field('Numbers').click();
  await page.keyboard.type(NUISANCE);

  await designer.dropVerb('Reject', 200, 520);
  const reject = designer.node(/^Reject/);
  await designer.field('Reason').selectOption('busy');

  await designer.dropVerb('Say', 560, 520);
  const say = designer.node(/^Say/);
  await designer.field('Text to say').click();
  await page.keyboard.type('Welcome to our line.');

  await designer.connect(check, reject, 'matches');
  await designer.connect(check, say, 'otherwise');

  await expect(designer.page.getByRole('tab', { name: /\.xml$/ })).toHaveCount(2);
  await page.screenshot({ path: test.info().outputPath('mouse-built.png') });
  await expectServedCorrectly(await downloadAndRun(designer));
});

test('block a nuisance caller with busy and welcome everyone else, with the keyboard alone', async ({
  designer,
  page,
}) => {
  await designer.open();

  // Check caller from the palette with Enter: it follows the incoming call.
  await designer.focusPaletteItem('Check caller');
  await page.keyboard.press('Enter');
  await designer.tabTo(designer.field('Numbers'));
  await page.keyboard.type(NUISANCE);

  // Reject, busy: it takes the Check caller's first free outcome, “Matches”.
  await designer.focusPaletteItem('Reject');
  await page.keyboard.press('Enter');
  await expect(designer.field('Reason')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(designer.field('Reason')).toHaveValue('busy');

  // Say, the welcome, added before going back: it follows nothing (a Reject ends the call).
  await designer.focusPaletteItem('Say');
  await page.keyboard.press('Enter');
  await designer.tabTo(designer.field('Text to say'));
  await page.keyboard.type('Welcome to our line.');

  // Back to the Check caller (the canvas's steps are one Tab stop; from the unconnected Say, Up
  // goes to the nearest step above, a press or two),
  // whose outlets are pickers in the inspector: the Reject took “Matches”, the Say goes on
  // “Otherwise”.
  await page.keyboard.press('Shift+F6');
  await expect(designer.node(/^Say/)).toBeFocused();
  const check = designer.node(/^Check caller/);
  for (let i = 0; i < 3 && !(await check.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('ArrowUp');
  }
  await expect(check).toBeFocused();
  await page.keyboard.press('Enter');
  const matches = designer.inspector.getByRole('combobox', { name: 'Matches', exact: true });
  await expect(matches.locator('option:checked')).toHaveText(/^Reject/);
  const otherwise = designer.inspector.getByRole('combobox', { name: 'Otherwise', exact: true });
  await designer.tabTo(otherwise);
  await chooseByKeyboard(page, otherwise, /^Say/);

  await expect(designer.page.getByRole('tab', { name: /\.xml$/ })).toHaveCount(2);
  await page.screenshot({ path: test.info().outputPath('keyboard-built.png') });
  await designer.tabTo(designer.download);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
  const entries = unzipSync(new Uint8Array(await readFile(await download.path())));
  const files = Object.entries(entries).map(([name, bytes]) => ({ name, text: strFromU8(bytes) }));
  const server = await startChildServer(files);
  servers.push(server);
  await expectServedCorrectly(server);
});

/** Moves a focused native select down with the arrow key until the wanted option is chosen. */
async function chooseByKeyboard(
  page: Page,
  select: ReturnType<Designer['inspector']['getByRole']>,
  option: RegExp,
): Promise<void> {
  const count = await select.locator('option').count();
  for (let i = 0; i < count; i++) {
    const chosen = await select.evaluate((el) => {
      const s = el as HTMLSelectElement;
      return s.options[s.selectedIndex]?.text ?? '';
    });
    if (option.test(chosen)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No option matching ${option}`);
}

test('the base URL field says what to type when the flow decides per call', async ({
  designer,
  page,
}) => {
  await designer.open();
  await decision(page, 'Check caller').click();
  await designer.node('Incoming call').click();
  const base = designer.field('Base URL of the documents');
  await base.fill('flows.example.com');
  await expect(designer.inspector).toContainText('type the flow server’s public address');
  await base.fill('https://flows.example.com/');
  await expect(designer.inspector).not.toContainText('type the flow server’s public address');
});

test('a selection with a decision in it is counted in steps, not verbs', async ({
  designer,
  page,
}) => {
  await designer.open();
  await decision(page, 'Check caller').click();
  await designer.paletteItem('Reject').click();
  await designer.node(/^Check caller/).click();
  await designer.node(/^Reject/).click({ modifiers: ['Shift'] });
  await expect(designer.inspector).toContainText('2 steps selected.');
  await expect(designer.inspector.getByRole('button', { name: 'Delete 2 steps' })).toBeVisible();
});
