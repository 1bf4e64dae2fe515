import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './pages/axe';
import { Designer } from './pages/designer';
import { StudioServer } from './pages/studioServer';

/**
 * Publish as an editor meets it: the "Block nuisance callers" template filled in and published,
 * calls sent to the Voice URL as the platform sends them, a second version published while a
 * call is inside the first, a rollback with "Make live", Compare in words and line by line, and
 * the calls counted on the canvas.
 */
test.describe.configure({ timeout: 120_000 });

const PASSWORD = 'a long enough password';
const BLOCKED = '+14155550123';
const FRIEND = '+442079460018';
const FIRST_WELCOME = 'Thank you for calling Example Company.';
const SECOND_WELCOME = 'Welcome to version two.';

let server: StudioServer;

test.beforeAll(async () => {
  server = await StudioServer.start();
});

test.afterAll(async () => {
  await server?.dispose();
});

/** The owner set up, an editor invited and signed in: the editor's page. */
async function editorPage(page: Page): Promise<Page> {
  const headers = { Origin: server.url };
  const code = new URL(server.setupUrl!).searchParams.get('code');
  const owner = page.request;
  const setUp = await owner.post(`${server.url}/api/setup`, {
    headers,
    data: { code, name: 'Olive Owner', email: 'olive@example.com', password: PASSWORD },
  });
  expect(setUp.status()).toBe(201);
  const invitation = await (
    await owner.post(`${server.url}/api/invitations`, { headers, data: { role: 'editor' } })
  ).json();
  const context = await page.context().browser()!.newContext({ baseURL: server.url });
  const editor = await context.newPage();
  const joined = await editor.request.post('/api/invitations/' + invitation.code + '/accept', {
    headers,
    data: { name: 'Eddie Editor', email: 'eddie@example.com', password: PASSWORD },
  });
  expect(joined.status()).toBe(201);
  await editor.goto('/');
  await expect(new Designer(editor).node('Incoming call')).toBeVisible();
  return editor;
}

/** A call as the platform places it: a form POST to the address, with the caller's number. */
async function call(request: APIRequestContext, url: string, from: string): Promise<string> {
  const response = await request.post(url, {
    form: { CallSid: `CA${Date.now()}`, From: from, To: '+14155550000', Direction: 'inbound' },
  });
  expect(response.status(), await response.text()).toBe(200);
  return response.text();
}

async function publish(page: Page, note: string): Promise<{ version: string; voiceUrl: string }> {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish' });
  await dialog.getByLabel('What changed').fill(note);
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  const live = dialog.getByRole('status').filter({ hasText: /Version \d+ is live/ });
  await expect(live).toBeVisible();
  const version = /Version (\d+)/.exec((await live.textContent()) ?? '')![1]!;
  const voiceUrl = await dialog.getByLabel('Voice URL').inputValue();
  await expectNoSeriousViolations(page, 'with a version just published');
  await dialog.getByRole('button', { name: 'Done' }).click();
  return { version, voiceUrl };
}

test('publish, call, publish again mid-call, roll back, compare and count the calls', async ({
  page,
}) => {
  const editor = await editorPage(page);
  const designer = new Designer(editor);
  await editor.getByRole('button', { name: 'Templates', exact: true }).click();
  await editor
    .getByRole('dialog', { name: 'Templates' })
    .getByRole('button', { name: 'Open Block nuisance callers' })
    .click();
  await expect(editor.getByLabel('Flow name')).toHaveValue('Block nuisance callers');
  await designer.node('Blocked callers').click();
  await designer.field('Numbers').fill(BLOCKED);
  await expect(editor.getByText('Saved', { exact: true })).toBeVisible();
  await expect(designer.node('Incoming call')).toContainText('Not live');

  // Version 1 goes live; the platform's calls get what the preview shows.
  const first = await publish(editor, 'First block list');
  expect(first.version).toBe('1');
  expect(first.voiceUrl).toMatch(new RegExp(`^${server.url}/voice/[\\w-]+$`));
  await expect(designer.node('Incoming call')).toContainText('Live: version 1');
  expect(await call(editor.request, first.voiceUrl, BLOCKED)).toContain('<Reject reason="busy"/>');
  const welcomed = await call(editor.request, first.voiceUrl, FRIEND);
  expect(welcomed).toContain(FIRST_WELCOME);

  // Version 2 changes the welcome.
  await designer.node('Welcome').click();
  await designer.field('Text to say').fill(SECOND_WELCOME);
  await expect(editor.getByText('Saved', { exact: true })).toBeVisible();
  const second = await publish(editor, 'New welcome');
  expect(second.version).toBe('2');
  expect(second.voiceUrl).toBe(first.voiceUrl);
  expect(await call(editor.request, second.voiceUrl, FRIEND)).toContain(SECOND_WELCOME);
  // A call that started on version 1 fetches its next document from version 1's address.
  const versionOne = first.voiceUrl + '/v1/welcome.xml';
  expect(await call(editor.request, versionOne, FRIEND)).toContain(FIRST_WELCOME);

  // Make live on version 1 brings the old welcome back to new calls.
  await editor.getByRole('button', { name: 'Versions', exact: true }).click();
  const versions = editor.getByRole('dialog', { name: 'Versions' });
  await expect(versions.getByRole('row', { name: /New welcome/ })).toContainText('live');
  await versions.getByRole('button', { name: 'Make live version 1' }).click();
  await expect(versions.getByRole('row', { name: /First block list/ })).toContainText('live');
  expect(await call(editor.request, first.voiceUrl, FRIEND)).toContain(FIRST_WELCOME);
  await expect(designer.node('Incoming call')).toContainText('Live: version 1');

  // Compare version 2 with the live one (1): the change in words, and line by line.
  await versions.getByRole('button', { name: 'Compare version 2' }).click();
  const comparison = versions.getByRole('region', { name: 'Version 1 → version 2' });
  await expect(comparison.getByRole('list', { name: 'Changes' })).toHaveText(
    'Welcome: text changed',
  );
  const diff = comparison.getByRole('table', { name: 'Changes in welcome.xml' });
  await expect(diff.locator('.diff-removed')).toContainText(FIRST_WELCOME);
  await expect(diff.locator('.diff-added')).toContainText(SECOND_WELCOME);
  await expectNoSeriousViolations(editor, 'comparing two versions');
  await versions.getByRole('button', { name: 'Close' }).click();

  // Calls on the canvas: version 1 (live) had the blocked call, and three that were welcomed.
  const calls = editor.getByRole('button', { name: 'Calls', exact: true });
  await expect(async () => {
    if ((await calls.getAttribute('aria-pressed')) === 'true') await calls.click();
    await calls.click();
    await expect(designer.node(/^Blocked: /)).toContainText('Rejected 486: 1', { timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await expect(designer.node('Welcome')).toContainText('3 calls');
  await expect(designer.node('Blocked callers')).toContainText('1 · 33%');
  await expectNoSeriousViolations(editor, 'with the calls on the canvas');

  // In VoiceML the Publish dialog takes the Console's signing key: then only signed calls pass.
  await designer.dialect.selectOption('voiceml');
  const switchDialog = editor.getByRole('dialog', { name: 'Switch from RCML to VoiceML?' });
  if (await switchDialog.isVisible()) {
    await switchDialog.getByRole('button', { name: 'Switch to VoiceML' }).click();
  }
  await expect(designer.dialect).toHaveValue('voiceml');
  await expect(editor.getByText('Saved', { exact: true })).toBeVisible();
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = editor.getByRole('dialog', { name: 'Publish' });
  await dialog.getByLabel('What changed').fill('VoiceML');
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Version 3 is live' })).toBeVisible();
  await dialog
    .getByLabel('Signing key')
    .fill(Buffer.from('a signing key of 32 bytes, ok!!!').toString('base64'));
  await dialog.getByRole('button', { name: 'Save key' }).click();
  await expect(
    dialog.getByRole('status').filter({ hasText: 'only calls Enfonica signed' }),
  ).toBeVisible();
  const unsigned = await editor.request.post(first.voiceUrl, {
    data: { from: FRIEND, to: '+14155550000' },
  });
  expect(unsigned.status()).toBe(403);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await editor.context().close();
});
