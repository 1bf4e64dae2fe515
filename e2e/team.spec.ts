import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './pages/axe';
import { Designer } from './pages/designer';
import { StudioServer } from './pages/studioServer';

/**
 * The RCML Studio server as a team meets it: the owner set up from the link the server printed,
 * an editor and a viewer invited, two people on one flow, a viewer who can change nothing, and
 * a server stopped in the middle of an edit. One server for the whole file, in order.
 */
test.describe.configure({ mode: 'serial', timeout: 90_000 });

const PASSWORD = 'a long enough password';

let server: StudioServer;
let owner: Page;
let editor: Page;
let viewer: Page;
/** The flow the owner and the editor both work on. */
let flowId: string;

test.beforeAll(async () => {
  server = await StudioServer.start();
});

test.afterAll(async () => {
  for (const page of [owner, editor, viewer]) await page?.context().close();
  await server?.dispose();
});

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url });
  return context.newPage();
}

async function createAccount(page: Page, name: string, email: string): Promise<void> {
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(new Designer(page).node('Incoming call')).toBeVisible();
}

async function invite(role: string): Promise<string> {
  const designer = new Designer(owner);
  await designer.runMenuItem('People…');
  const dialog = owner.getByRole('dialog', { name: 'People' });
  await dialog.getByLabel('Role', { exact: true }).selectOption(role);
  await dialog.getByRole('button', { name: 'Create invitation link' }).click();
  const link = await dialog.getByLabel('Invitation link').inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return link;
}

const saved = (page: Page) => expect(page.getByText('Saved', { exact: true })).toBeVisible();

/** Opens a flow by its address, as a bookmark or a reload does (a fresh page, not a hash change). */
async function openByAddress(page: Page, id: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`/#flow=${id}`);
  await expect(new Designer(page).node('Incoming call')).toBeVisible();
}

test('first run: nobody gets in without the printed code; the owner sets up and invites', async ({
  browser,
}) => {
  expect(server.setupUrl).toMatch(/\/setup\?code=[\w-]{20,}$/);
  owner = await newPage(browser);

  // The designer's address with nobody set up says where the link is.
  await owner.goto('/');
  await expect(owner.getByText(/has no account yet/)).toBeVisible();
  // A wrong code is refused, in words; the form keeps what was typed.
  await owner.goto('/setup?code=not-the-code');
  await owner.getByLabel('Your name').fill('Olive Owner');
  await owner.getByLabel('Email').fill('olive@example.com');
  await owner.getByLabel('Password').fill(PASSWORD);
  await owner.getByRole('button', { name: 'Create account' }).click();
  await expect(owner.getByRole('alert')).toContainText('not valid');
  await expect(owner.getByLabel('Your name')).toHaveValue('Olive Owner');
  await expectNoSeriousViolations(owner, 'on the set-up page');

  await owner.goto(server.setupUrl!);
  await createAccount(owner, 'Olive Owner', 'olive@example.com');
  await saved(owner);
  // The link works once.
  const again = await owner.request.post('/api/setup', {
    headers: { Origin: server.url },
    data: {
      code: new URL(server.setupUrl!).searchParams.get('code'),
      name: 'X',
      email: 'x@example.com',
      password: PASSWORD,
    },
  });
  expect(again.status()).toBe(409);

  const editorLink = await invite('editor');
  const viewerLink = await invite('viewer');
  expect(editorLink).not.toBe(viewerLink);

  editor = await newPage(browser);
  await editor.goto(editorLink);
  await expect(editor.getByText(/invited as/)).toContainText('editor');
  await createAccount(editor, 'Eddie Editor', 'eddie@example.com');

  viewer = await newPage(browser);
  await viewer.goto(viewerLink);
  await createAccount(viewer, 'Vera Viewer', 'vera@example.com');
  // An invitation link works once.
  const used = await newPage(browser);
  await used.goto(viewerLink);
  await expect(used.getByRole('alert')).toContainText('used or has expired');
  await used.context().close();

  // The owner sees the team, with roles.
  await new Designer(owner).runMenuItem('People…');
  const people = owner.getByRole('dialog', { name: 'People' });
  await expect(people.getByLabel('Role of Eddie Editor')).toHaveValue('editor');
  await expect(people.getByLabel('Role of Vera Viewer')).toHaveValue('viewer');
  await expectNoSeriousViolations(owner, 'in the People dialog');
  // Callers' numbers are kept only when an owner says so, and who did is shown.
  const details = people.getByLabel(/Keep callers’ numbers/);
  await expect(details).not.toBeChecked();
  await details.check();
  await expect(people.getByText(/Switched on by Olive Owner/)).toBeVisible();
  await details.uncheck();
  await expect(people.getByText(/Switched off by Olive Owner/)).toBeVisible();
  await people.getByRole('button', { name: 'Close' }).click();
});

test('two people on one flow: the later save is refused and the choice asked in words', async () => {
  const ownerDesigner = new Designer(owner);
  await owner.getByRole('button', { name: 'Flows', exact: true }).click();
  await owner
    .getByRole('dialog', { name: 'The team’s flows' })
    .getByRole('button', { name: 'New flow…' })
    .click();
  const naming = owner.getByRole('dialog', { name: 'New flow' });
  await naming.getByLabel('Name of the new flow').fill('Front desk');
  await naming.getByRole('button', { name: 'Create flow' }).click();
  await expect(owner.getByLabel('Flow name')).toHaveValue('Front desk');
  await saved(owner);
  flowId = new URL(owner.url()).hash.replace('#flow=', '');

  // The editor opens the team's flow from Flows.
  await editor.getByRole('button', { name: 'Flows', exact: true }).click();
  const flows = editor.getByRole('dialog', { name: 'The team’s flows' });
  const row = flows.getByRole('row', { name: /Front desk/ });
  await expect(row).toContainText('Olive Owner');
  await expectNoSeriousViolations(editor, 'in the team’s Flows dialog');
  await row.getByRole('button', { name: 'Open Front desk' }).click();
  await expect(editor.getByLabel('Flow name')).toHaveValue('Front desk');

  // The owner saves first…
  await ownerDesigner.paletteItem('Say').press('Enter');
  await ownerDesigner.field('Text to say').fill('Welcome to the front desk');
  await saved(owner);

  // …so the editor's save, based on the older revision, is refused and the editor asked.
  await new Designer(editor).paletteItem('Reject').press('Enter');
  const question = editor.getByRole('alert').filter({ hasText: 'Olive Owner saved this flow' });
  await expect(question).toBeVisible();
  await expect(editor.getByText('Not saved', { exact: true })).toBeVisible();
  await expectNoSeriousViolations(editor, 'with the conflict question');

  // Nothing was overwritten: the server still holds the owner's version.
  const onServer = await owner.request.get(`/api/flows/${flowId}`);
  expect(JSON.stringify(await onServer.json())).toContain('Welcome to the front desk');

  await question.getByRole('button', { name: 'Keep mine as a copy' }).click();
  await expect(editor.getByLabel('Flow name')).toHaveValue('Front desk (copy)');
  await saved(editor);
  await owner.getByRole('button', { name: 'Flows', exact: true }).click();
  const ownerFlows = owner.getByRole('dialog', { name: 'The team’s flows' });
  await expect(ownerFlows.getByRole('row', { name: /Front desk \(copy\)/ })).toContainText(
    'Eddie Editor',
  );
  await ownerFlows.getByRole('button', { name: 'Close' }).click();

  // "Load their version" on a second conflict brings the owner's flow into the editor's tab.
  await openByAddress(editor, flowId);
  await expect(new Designer(editor).node(/^Say/)).toBeVisible();
  await ownerDesigner.field('Text to say').fill('Welcome, again');
  await saved(owner);
  await new Designer(editor).paletteItem('Hangup').press('Enter');
  const second = editor.getByRole('alert').filter({ hasText: 'Olive Owner saved this flow' });
  await second.getByRole('button', { name: 'Load their version' }).click();
  await expect(editor.getByText('Saved', { exact: true })).toBeVisible();
  await new Designer(editor).node(/^Say/).click();
  await expect(new Designer(editor).field('Text to say')).toHaveValue('Welcome, again');
});

test('a viewer opens and simulates, changes nothing, and the API refuses when tried', async () => {
  const designer = new Designer(viewer);
  await openByAddress(viewer, flowId);
  await expect(viewer.getByRole('note').filter({ hasText: 'You are a viewer' })).toBeVisible();
  await expect(designer.paletteItem('Say')).toBeDisabled();
  await expect(viewer.getByLabel('Flow name')).not.toBeEditable();
  for (const name of ['Templates', 'Import', 'Tidy up']) {
    await expect(viewer.getByRole('button', { name, exact: true })).toBeDisabled();
  }
  // A key that would change the flow is refused, in words.
  await designer.node(/^Say/).click();
  await viewer.keyboard.press('Delete');
  await expect(viewer.getByText(/your role in the team is viewer/)).toBeVisible();
  await expect(designer.node(/^Say/)).toBeVisible();
  await designer.node(/^Say/).click();
  await expect(designer.field('Text to say')).toBeDisabled();
  await expectNoSeriousViolations(viewer, 'as a viewer');

  // Trying the API directly with the viewer's own session.
  const opened = await viewer.request.get(`/api/flows/${flowId}`);
  const { flow, summary } = await opened.json();
  const put = await viewer.request.put(`/api/flows/${flowId}`, {
    headers: { Origin: server.url },
    data: { flow: { ...flow, name: 'Hacked' }, baseRevision: summary.revision },
  });
  expect(put.status()).toBe(403);
  const remove = await viewer.request.delete(`/api/flows/${flowId}`, {
    headers: { Origin: server.url },
  });
  expect(remove.status()).toBe(403);
  const after = await owner.request.get(`/api/flows/${flowId}`);
  expect((await after.json()).summary.name).toBe('Front desk');

  // Simulating is looking, not changing.
  await viewer.getByRole('button', { name: 'Simulate' }).click();
  await expect(viewer.getByRole('region', { name: 'Simulator' })).toBeVisible();

  // Signing out ends the session on the server: the old cookie no longer opens anything.
  const cookies = await viewer.context().cookies();
  await designer.runMenuItem('Sign out');
  await expect(viewer.getByRole('button', { name: 'Sign in' })).toBeVisible();
  const stale = await viewer.request.get('/api/flows', {
    headers: { Cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') },
  });
  expect(stale.status()).toBe(401);
  await viewer.getByLabel('Email').fill('vera@example.com');
  await viewer.getByLabel('Password').fill(PASSWORD);
  await viewer.getByRole('button', { name: 'Sign in' }).click();
  await expect(designer.node('Incoming call')).toBeVisible();
});

test('flows kept in this browser before signing in move into the team’s library in one click', async ({
  browser,
}) => {
  const page = await newPage(browser);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  // Two flows this browser kept on its own (as the designer did before it had a server).
  const { flow } = await (await owner.request.get(`/api/flows/${flowId}`)).json();
  await page.evaluate((template) => {
    for (const [id, name] of [
      ['old-menu', 'Old menu'],
      ['old-hours', 'Old hours'],
    ]) {
      const stored = {
        revision: 1,
        savedAt: Date.now(),
        savedBy: 'earlier',
        flow: { ...template, id, name },
      };
      localStorage.setItem(`rcml-studio/flow/${id}`, JSON.stringify(stored));
    }
  }, flow);

  await page.getByLabel('Email').fill('eddie@example.com');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const offer = page.getByRole('region', { name: 'Flows in this browser' });
  await expect(offer).toContainText('“Old menu”');
  await offer.getByRole('button', { name: 'Add these 2 flows to the team’s library' }).click();
  await expect(page.getByText('Added 2 flows to the team’s library.')).toBeVisible();
  await expect(offer).toBeHidden();

  await page.getByRole('button', { name: 'Flows', exact: true }).click();
  const flows = page.getByRole('dialog', { name: 'The team’s flows' });
  await expect(flows.getByRole('row', { name: /Old menu/ })).toContainText('Eddie Editor');
  await expect(flows.getByRole('row', { name: /Old hours/ })).toBeVisible();
  // Asked once: not again on the next visit.
  await page.reload();
  await expect(new Designer(page).node('Incoming call')).toBeVisible();
  await expect(offer).toBeHidden();
  await page.context().close();
});

test('the server stops in the middle of an edit and comes back: nothing is lost', async () => {
  const designer = new Designer(owner);
  await openByAddress(owner, flowId);
  await designer.node(/^Say/).click();
  await designer.field('Text to say').fill('Before the server stopped');
  await saved(owner);

  await server.stop();
  await designer.field('Text to say').fill('Typed while the server was down');
  await expect(
    owner.getByRole('status').filter({
      hasText:
        'Not saved: the server cannot be reached; your changes are kept here and sent when it is back.',
    }),
  ).toBeVisible();
  await expect(owner.getByText('Not saved', { exact: true })).toBeVisible();

  await server.resume();
  await expect(owner.getByText('Saved', { exact: true })).toBeVisible({ timeout: 30_000 });
  await openByAddress(editor, flowId);
  await new Designer(editor).node(/^Say/).click();
  await expect(new Designer(editor).field('Text to say')).toHaveValue(
    'Typed while the server was down',
  );

  // Nothing a person typed as a password reached the server's log.
  expect(server.output.join('\n')).not.toContain(PASSWORD);
});
