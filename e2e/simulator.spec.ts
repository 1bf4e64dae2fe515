/**
 * Issue 12: a person tries their flow in the browser before any call reaches it. The block list
 * refuses the blocked number with 486 Busy Here and welcomes everyone else; a phone menu is
 * reached with the keypad by keyboard alone; after a switch to FlexML the same Reject is
 * busy-here, 486. The path is marked on the canvas as the call goes; the flow is left as it was.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Designer } from './pages/designer';

const BLOCKED = '+14155550199';
const FRIEND = '+442079460018';
const WELCOME = 'Thank you for calling Example Company.';

/** Opens a template from the gallery as a new flow. */
async function openTemplate(designer: Designer, name: string): Promise<void> {
  const { page } = designer;
  await designer.open();
  await page.getByRole('button', { name: 'Templates', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Templates' })
    .getByRole('button', { name: `Open ${name}` })
    .click();
  await expect(page.getByLabel('Flow name')).toHaveValue(name);
}

const simulator = (page: Page) => page.getByRole('region', { name: 'Simulator' });
const transcript = (page: Page) => simulator(page).getByRole('list', { name: 'Transcript' });

/** The canvas node the call is at: the one element marked as the current step. */
const currentStep = (designer: Designer) => designer.canvas.locator('[aria-current="step"]');

/** Unfolds the call's set-up (folded to one line once a call has started). */
async function openSetup(page: Page): Promise<void> {
  const caller = simulator(page).getByLabel('Caller number');
  await expect(simulator(page).getByText('Call set-up')).toBeVisible();
  if (!(await caller.isVisible())) await simulator(page).getByText('Call set-up').click();
  await expect(caller).toBeVisible();
}

/** Replaces the caller's number, starts the call and runs it until the caller is needed. */
async function callFrom(page: Page, from: string): Promise<void> {
  const panel = simulator(page);
  await openSetup(page);
  await panel.getByLabel('Caller number').fill(from);
  await panel.getByRole('button', { name: 'Start call' }).click();
  await panel.getByRole('button', { name: 'Run', exact: true }).click();
}

/** Stubs the browser's speech synthesis: what it is asked to say is kept in `__spoken`. */
async function stubSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string }[] = [];
    (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
    class FakeUtterance {
      lang = '';
      voice: unknown = null;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(readonly text: string) {}
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance });
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        speak(utterance: FakeUtterance) {
          spoken.push({ text: utterance.text, lang: utterance.lang });
          setTimeout(() => utterance.onend?.(), 0);
        },
        cancel() {},
        getVoices: () => [{ name: 'Test English', lang: 'en-US' }],
      },
    });
  });
}

test('the block list refuses the blocked number with 486 Busy Here and welcomes everyone else', async ({
  designer,
  page,
}) => {
  await openTemplate(designer, 'Block nuisance callers');
  const before = await designer.previewText();

  await page.getByRole('button', { name: 'Simulate', exact: true }).click();
  const panel = simulator(page);
  await expect(panel).toBeVisible();
  await expect(panel.getByLabel('Caller number')).toBeFocused();
  await page.screenshot({ path: '/tmp/h6-setup.png' });

  await callFrom(page, BLOCKED);
  await expect(transcript(page).getByRole('listitem').last()).toHaveText(
    'Call ended: rejected, 486 Busy Here',
  );
  const ending = panel.getByRole('region', { name: 'How the call ended' });
  await expect(ending).toContainText('a busy signal');
  await expect(ending).toContainText('486 Busy Here');
  // The call ended on the Reject: it is the current step; the check it went through is visited.
  await expect(currentStep(designer)).toHaveCount(1);
  await expect(currentStep(designer)).toHaveAccessibleName(/^Blocked: /);
  await expect(designer.node('Blocked callers')).toHaveClass(/call-visited/);
  await expect(designer.node('Welcome')).not.toHaveClass(/call-visited/);
  await page.screenshot({ path: '/tmp/h6-blocked.png' });

  await callFrom(page, FRIEND);
  await expect(panel).toContainText(`Say (man, en): “${WELCOME}”`);
  await expect(transcript(page).getByRole('listitem').last()).toHaveText(
    'Call ended: completed, no verbs left to run',
  );
  await expect(designer.node('Welcome')).toHaveClass(/call-visited/);
  await expect(designer.node(/^Blocked: /)).not.toHaveClass(/call-visited/);

  // The request and the document the call got, folded away until asked for.
  await transcript(page).getByText('Request details').first().click();
  await expect(transcript(page)).toContainText(FRIEND);
  await transcript(page).getByText('Document returned').last().click();
  await expect(transcript(page)).toContainText(`<Say>${WELCOME}</Say>`);
  await page.screenshot({ path: '/tmp/h6-welcome.png' });

  // Escape leaves the simulation; the flow is exactly as it was, and nothing is to undo.
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.getByRole('button', { name: 'Simulate', exact: true })).toBeFocused();
  await expect(currentStep(designer)).toHaveCount(0);
  await expect(designer.canvas.locator('.call-visited')).toHaveCount(0);
  await designer.expectPreview(before);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('a phone menu is reached with the keypad by keyboard alone, the path followed on the canvas', async ({
  designer,
  page,
}) => {
  await openTemplate(designer, 'Phone menu');
  await designer.tabTo(page.getByRole('button', { name: 'Simulate', exact: true }));
  await page.keyboard.press('Enter');
  const panel = simulator(page);
  await expect(panel.getByLabel('Caller number')).toBeFocused();

  // Step by step: the current step moves on the canvas.
  await designer.tabTo(panel.getByRole('button', { name: 'Start call' }));
  await page.keyboard.press('Enter');
  await expect(currentStep(designer)).toHaveAccessibleName(/^Main menu: /);
  await designer.tabTo(panel.getByRole('button', { name: 'Step', exact: true }));
  await page.keyboard.press('Enter');
  await expect(panel).toContainText('The caller is asked to press keys.');
  await expect(panel).toContainText('For sales, press 1.');

  const keypad = panel.getByRole('group', { name: 'Keypad' });
  await expect(keypad.getByRole('button')).toHaveText([
    '1',
    '2',
    '3',
    '4',
    '5',
    '6',
    '7',
    '8',
    '9',
    '*',
    '0',
    '#',
  ]);
  await designer.tabTo(keypad.getByRole('button', { name: '1', exact: true }));
  await page.screenshot({ path: '/tmp/h6-keypad.png' });
  await page.keyboard.press('Enter');
  await expect(transcript(page)).toContainText('Caller pressed 1.');
  await expect(transcript(page)).toContainText('◆ Choice (Menu): Key 1 →');

  // Stepping: the call stopped at the sales document; Run goes on to the Dial.
  await designer.tabTo(panel.getByRole('button', { name: 'Run', exact: true }));
  await page.keyboard.press('Enter');
  await expect(currentStep(designer)).toHaveAccessibleName(/^Sales: /);
  await expect(designer.node('Choice')).toHaveClass(/call-visited/);
  await expect(designer.node('Support')).not.toHaveClass(/call-visited/);
  await expect(designer.canvas.locator('.react-flow__edge.call-path-edge')).not.toHaveCount(0);

  await designer.tabTo(panel.getByRole('button', { name: 'Busy', exact: true }));
  await page.keyboard.press('Enter');
  await expect(transcript(page).getByRole('listitem').last()).toHaveText(
    'Call ended: completed, no verbs left to run',
  );
  await page.screenshot({ path: '/tmp/h6-menu.png' });

  // End call / Escape by keyboard.
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
});

test('after a switch to FlexML the blocked caller gets busy-here, 486', async ({
  designer,
  page,
}) => {
  await openTemplate(designer, 'Block nuisance callers');
  await designer.dialect.selectOption('flexml');
  await expect(designer.dialect).toHaveValue('flexml');
  await expect(designer.preview).toContainText('busy-here');

  await page.getByRole('button', { name: 'Simulate', exact: true }).click();
  await callFrom(page, BLOCKED);
  await expect(transcript(page)).toContainText(
    'Reject (busy-here): the carrier receives 486 Busy Here',
  );
  await expect(transcript(page).getByRole('listitem').last()).toHaveText(
    'Call ended: rejected, 486 Busy Here',
  );
  await expect(transcript(page).getByRole('listitem').first()).toContainText('(FlexML)');
  await page.screenshot({ path: '/tmp/h6-flexml.png' });
});

test('with sound on, the welcome is spoken; a saved call replays after an edit and shows what changed', async ({
  designer,
  page,
}) => {
  await stubSpeech(page);
  await openTemplate(designer, 'Block nuisance callers');
  await page.getByRole('button', { name: 'Simulate', exact: true }).click();
  const panel = simulator(page);
  await panel.getByRole('button', { name: 'Sound' }).click();
  await expect(panel.getByRole('button', { name: 'Sound' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await callFrom(page, FRIEND);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken))
    .toEqual([{ text: WELCOME, lang: 'en' }]);

  await panel.getByLabel('Test call name').fill('A friend is welcomed');
  await panel.getByRole('button', { name: 'Save as test call' }).click();
  await callFrom(page, BLOCKED);
  await panel.getByRole('button', { name: 'Save as test call' }).click();
  const cases = panel.getByRole('listitem', { name: /./ }).filter({ hasText: 'From ' });
  await expect(cases).toHaveCount(2);

  // Edit the welcome, then Run all: only the friend's call changed.
  await panel.getByRole('button', { name: 'Close simulator' }).click();
  await designer.node('Welcome').click();
  await designer.field('Text to say').fill('Hello there.');
  await page.getByRole('button', { name: 'Simulate', exact: true }).click();
  await panel.getByRole('button', { name: 'Run all' }).click();
  await expect(panel.getByRole('status')).toHaveText('2 test calls replayed: 1 changed.');
  const friend = panel.getByRole('listitem', { name: 'A friend is welcomed' });
  await expect(friend).toContainText('Changed');
  await expect(friend).toContainText(`Say (man, en): “${WELCOME}”`);
  await expect(friend).toContainText('Say (man, en): “Hello there.”');
  await expect(panel.getByRole('listitem', { name: /^From \+14155550199/ })).toContainText(
    'Same as saved',
  );
  await page.screenshot({ path: '/tmp/h6-test-calls.png' });

  // Saved with the flow in the browser: still there after a reload.
  await page.reload();
  await page.getByRole('button', { name: 'Simulate', exact: true }).click();
  await expect(panel.getByRole('listitem', { name: 'A friend is welcomed' })).toBeVisible();
});

test.describe('in New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('the call’s time is read in the zone of the flow’s Check hours', async ({
    designer,
    page,
  }) => {
    await openTemplate(designer, 'After-hours message');
    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    const panel = simulator(page);
    await expect(panel).toContainText('Time zone: America/New_York (the flow’s Check hours)');
    // The date is written as New York writes it, month first; the time in its own field.
    const date = panel.getByLabel('Date of the call');
    const time = panel.getByLabel('Time of the call');
    await expect(date).toHaveAttribute('placeholder', 'mm/dd/yyyy');

    // A Monday at 10:00 in New York: open. The transcript tells the time as the hours read it.
    await date.fill('11/30/2026');
    await time.fill('10:00');
    await expect(panel).toContainText('Monday, November 30, 2026, 10:00.');
    await panel.getByRole('button', { name: 'Start call' }).click();
    await expect(transcript(page)).toContainText('Opening hours (Check hours): Open →');
    await expect(transcript(page).getByRole('listitem').first()).toContainText(
      '2026-11-30 10:00 America/New_York',
    );

    // The same day at 18:30: closed.
    await openSetup(page);
    await time.fill('18:30');
    await panel.getByRole('button', { name: 'Start call' }).click();
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(transcript(page)).toContainText('Opening hours (Check hours): Closed →');
    await expect(transcript(page)).toContainText('We are closed now.');
    await expect(transcript(page).getByRole('listitem').last()).toHaveText(
      'Call ended: hung up by the flow (Hangup)',
    );
  });
});

test('a Reject after the call was answered is skipped, and the transcript says why', async ({
  designer,
  page,
}) => {
  await designer.open();
  await designer.paletteItem('Say').focus();
  await page.keyboard.press('Enter');
  await designer.field('Text to say').fill('Hello.');
  await designer.paletteItem('Reject').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Simulate', exact: true }).click();
  await callFrom(page, FRIEND);
  await expect(transcript(page)).toContainText(
    'Skipped <Reject>: The call was already answered (by <Say>), so this Reject cannot refuse it. Some platforms skip it and go on with the next step, as the simulator does.',
  );
  await expect(transcript(page).getByRole('listitem').last()).toHaveText(
    'Call ended: completed, no verbs left to run',
  );
  await page.screenshot({ path: '/tmp/h6-reject-after-answer.png' });
});

test('the transcript is copied; keys pressed in the simulator leave the flow alone; an edit asks for a restart', async ({
  designer,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openTemplate(designer, 'Block nuisance callers');
  await page.getByRole('button', { name: 'Simulate', exact: true }).click();
  await callFrom(page, BLOCKED);
  const panel = simulator(page);
  await panel.getByRole('button', { name: 'Copy transcript' }).click();
  const lines = await transcript(page).locator(':scope > li > .sim-line').allTextContents();
  expect(lines.at(-1)).toBe('Call ended: rejected, 486 Busy Here');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(lines.join('\n'));

  // A node is selected; Delete pressed on a simulator button deletes nothing.
  await designer.node('Welcome').click();
  await panel.getByRole('button', { name: 'Restart' }).focus();
  await page.keyboard.press('Delete');
  await expect(designer.node('Welcome')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(panel.getByText(/The flow has changed/)).toBeHidden();

  // An edit while a call is on show: the call keeps the flow it was placed to, and says so.
  await designer.paletteItem('Pause').focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByText(/The flow has changed since this call started/)).toBeVisible();
  await panel.getByRole('button', { name: 'Restart' }).click();
  await expect(panel.getByText(/The flow has changed/)).toBeHidden();
});
