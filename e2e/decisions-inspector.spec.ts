import { expect, test } from './fixtures';
import { rcmlDocument, type Designer } from './pages/designer';

/** The inspector's outlet picker of the selected node, by the outlet's label. */
const picker = (designer: Designer, outlet: string) =>
  designer.inspector
    .getByRole('region', { name: 'Where the call goes next' })
    .getByRole('combobox', { name: outlet, exact: true });

const optionNames = (select: ReturnType<typeof picker>) =>
  select.locator('option').evaluateAll((options) => options.map((o) => o.textContent));

/** Say, Pause and Hangup added from the palette with Enter, in a chain; the Say's text if given. */
async function sayPauseHangup(designer: Designer, text?: string): Promise<void> {
  await designer.open();
  for (const verb of ['Say', 'Pause', 'Hangup']) {
    await designer.paletteItem(verb).focus();
    await designer.page.keyboard.press('Enter');
    if (verb === 'Say' && text !== undefined) await designer.field('Text to say').fill(text);
  }
}

test('connect a verb’s “Then” from the inspector with the keyboard, and undo the pick', async ({
  designer,
  page,
}) => {
  await sayPauseHangup(designer, 'Welcome to Acme');
  const chain = rcmlDocument('<Say>Welcome to Acme</Say>', '<Pause/>', '<Hangup/>');
  await designer.expectPreview(chain);

  await designer.node('Say').click();
  const then = picker(designer, 'Then');
  await expect(then).toHaveAccessibleDescription('Where the call goes once this step is done.');
  // Neither the incoming call nor the Say itself: every other node, by kind (and text).
  expect(await optionNames(then)).toEqual(['Not connected', 'Pause', 'Hangup']);
  await expect(then.locator('option:checked')).toHaveText('Pause');

  await designer.tabTo(then);
  await page.keyboard.press('ArrowDown');
  await expect(then.locator('option:checked')).toHaveText('Hangup');
  await designer.expectPreview(rcmlDocument('<Say>Welcome to Acme</Say>', '<Hangup/>'));
  await page.screenshot({ path: '/tmp/h1-verb-pickers.png' });

  // One pick, one undo step, undone from the picker itself.
  await page.keyboard.press('Control+z');
  await expect(then.locator('option:checked')).toHaveText('Pause');
  await designer.expectPreview(chain);
  await expect(then).toBeFocused();

  // "Not connected" takes the connection away.
  await then.selectOption({ label: 'Not connected' });
  await designer.expectPreview(rcmlDocument('<Say>Welcome to Acme</Say>'));
});

test('a pick shows at once: the picker never goes back to its old choice for a frame', async ({
  designer,
  page,
}) => {
  await sayPauseHangup(designer);
  await designer.node('Say').click();
  const then = picker(designer, 'Then');
  await designer.tabTo(then);
  // What the picker shows in each of the frames after the pick. It once read the deferred flow,
  // so for a frame it showed the old choice, and a quick second arrow key moved from there.
  await then.evaluate((select: HTMLSelectElement) => {
    const shown: string[] = [];
    Object.assign(window, { shownAfterPick: shown });
    select.addEventListener('change', () => {
      const record = (left: number) =>
        requestAnimationFrame(() => {
          shown.push(select.selectedOptions[0]?.text ?? '');
          if (left > 1) record(left - 1);
        });
      record(3);
    });
  });
  await page.keyboard.press('ArrowDown');
  await expect(then.locator('option:checked')).toHaveText('Hangup');
  await expect
    .poll(() => page.evaluate(() => (window as { shownAfterPick?: string[] }).shownAfterPick))
    .toEqual(['Hangup', 'Hangup', 'Hangup']);
});

test('a verb leads to a node through one outlet: the other outlet shows it, not to choose', async ({
  designer,
  page,
}) => {
  await designer.open();
  for (const verb of ['Dial', 'Hangup']) {
    await designer.paletteItem(verb).focus();
    await page.keyboard.press('Enter');
  }
  await designer.node('Dial').click();
  // A step added after a Dial joins "After the call" (issue 25, item 1).
  await expect(picker(designer, 'After the call').locator('option:checked')).toHaveText('Hangup');
  const then = picker(designer, 'Then');
  await expect(then).toHaveAccessibleDescription(
    /Where the caller goes when the dialled call ends, unless/,
  );
  await expect(
    then.getByRole('option', { name: 'Hangup (“After the call” leads there)' }),
  ).toBeDisabled();
  // The arrow key passes over it: the "After the call" connection stays.
  await designer.tabTo(then);
  await page.keyboard.press('ArrowDown');
  await expect(then.locator('option:checked')).toHaveText('Not connected');
  await expect(picker(designer, 'After the call').locator('option:checked')).toHaveText('Hangup');
});

test.describe('decision nodes', () => {
  // New Check hours nodes start in the browser's time zone. A tall window shows the whole
  // inspector in the screenshots.
  test.use({ timezoneId: 'Europe/Paris', viewport: { width: 1440, height: 2000 } });

  /** Adds a palette item with Enter, as a keyboard user does (keyboard.spec reaches it by Tab). */
  async function addFromPalette(designer: Designer, item: string): Promise<void> {
    await designer.paletteItem(item).focus();
    await designer.page.keyboard.press('Enter');
  }

  test('block a pasted list of callers and connect its branches with the keyboard', async ({
    designer,
    page,
    context,
  }) => {
    await designer.open();
    await addFromPalette(designer, 'Check caller');
    await expect(designer.inspector.getByRole('heading', { name: 'Check caller' })).toBeVisible();

    // A column copied from a spreadsheet: CRLF line ends, a tab after a cell, one bad line.
    const numbers = designer.field('Numbers');
    await expect(numbers).toBeFocused();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate(() =>
      navigator.clipboard.writeText('+1 (415) 555-0199\t\r\n+44 20 7946 0958\r\n12345\r\n'),
    );
    await page.keyboard.press('Control+v');
    await expect(numbers).toHaveValue('+1 (415) 555-0199\t\n+44 20 7946 0958\n12345\n');
    await expect(designer.inspector).toContainText('3 lines');
    const lineProblem = designer.inspector.getByText(/^Line 3: “12345” is not a phone number/);
    await expect(lineProblem).toBeVisible();
    await expect(numbers).toHaveAccessibleDescription(/Line 3: “12345” is not a phone number/);

    // "Line 3" selects that line, to fix it.
    await lineProblem.getByRole('button', { name: 'Line 3:' }).click();
    await expect(numbers).toBeFocused();
    expect(
      await numbers.evaluate((el: HTMLTextAreaElement) =>
        el.value.slice(el.selectionStart, el.selectionEnd),
      ),
    ).toBe('12345');
    await page.keyboard.type('+14155550100');
    await expect(lineProblem).toHaveCount(0);

    // The other fields, labelled as a person reads them.
    await expect(designer.field('Starts with')).toHaveAttribute('placeholder', 'e.g. +1900');
    await expect(designer.field('Withheld or anonymous caller')).not.toBeChecked();

    // Two places for callers to go, added from the palette: the Reject takes the first free
    // outcome (“Matches”); the Say, added with the Reject selected, follows nothing.
    await addFromPalette(designer, 'Reject');
    await addFromPalette(designer, 'Say');
    await designer.field('Text to say').fill('Welcome to Acme');
    await designer.node('Check caller').click();

    const matches = picker(designer, 'Matches');
    const otherwise = picker(designer, 'Otherwise');
    await expect(matches).toHaveAccessibleDescription(/on a list/);
    await expect(matches.locator('option:checked')).toHaveText('Reject');
    // What validation says of an outlet is said at its picker.
    await expect(otherwise).toHaveAccessibleDescription(/“Otherwise” leads nowhere/);
    expect(await optionNames(otherwise)).toEqual([
      'Not connected',
      'Reject',
      'Say “Welcome to Acme”',
    ]);
    await expect(matches).not.toHaveAccessibleDescription(/leads nowhere/);
    // A decision's outcomes may share a node: passing over Reject keeps Matches where it is.
    await designer.tabTo(otherwise);
    await page.keyboard.press('ArrowDown');
    await expect(otherwise.locator('option:checked')).toHaveText('Reject');
    await page.keyboard.press('ArrowDown');
    await expect(otherwise.locator('option:checked')).toHaveText('Say “Welcome to Acme”');
    await expect(matches.locator('option:checked')).toHaveText('Reject');
    await page.screenshot({ path: '/tmp/h1-check-caller-page.png' });
    await designer.inspector.screenshot({ path: '/tmp/h1-check-caller.png' });

    // Each pick is its own undo step.
    await page.keyboard.press('Control+z');
    await expect(otherwise.locator('option:checked')).toHaveText('Reject');
    await page.keyboard.press('Control+z');
    await expect(otherwise.locator('option:checked')).toHaveText('Not connected');
    await expect(matches.locator('option:checked')).toHaveText('Reject');
  });

  test('opening hours in words, a time zone to pick, closures', async ({ designer }) => {
    await designer.open();
    await addFromPalette(designer, 'Check hours');
    const hours = designer.inspector.getByRole('group', { name: 'Opening hours' });
    await expect(hours).toBeVisible();
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
      await expect(hours.getByLabel(day, { exact: true })).toHaveValue('09:00–17:00');
    }
    await expect(hours.getByLabel('Sunday', { exact: true })).toHaveAttribute(
      'placeholder',
      'Closed',
    );
    const timeZone = designer.field('Time zone');
    await expect(timeZone).toHaveValue('Europe/Paris');
    await expect(hours).toHaveAccessibleDescription('Mon–Fri 09:00–17:00, Europe/Paris');

    await hours.getByLabel('Friday', { exact: true }).fill('09:00–12:00, 13:00–17:30');
    await hours.getByLabel('Saturday', { exact: true }).fill('10:00 to 25:00');
    await expect(hours).toContainText('“10:00 to 25:00” is not a range of hours');
    await hours.getByLabel('Saturday', { exact: true }).fill('');
    await designer.field('Closed on').fill('25 Dec Christmas');
    await expect(hours).toContainText(
      'Mon–Thu 09:00–17:00, Fri 09:00–12:00 and 13:00–17:30, Europe/Paris; closed 25 Dec',
    );

    // A zone the browser does not know is flagged; one from the list is taken.
    await timeZone.fill('Mars/Olympus');
    await expect(designer.inspector).toContainText('“Mars/Olympus” is not a time zone');
    await expect(timeZone).toHaveAttribute('aria-invalid', 'true');
    const zones = designer.inspector.locator(`datalist#${await timeZone.getAttribute('list')}`);
    expect(await zones.locator('option[value="America/New_York"]').count()).toBe(1);
    await timeZone.fill('America/New_York');
    await expect(designer.inspector).not.toContainText('is not a time zone');
    await expect(hours).toContainText('America/New_York; closed 25 Dec');

    for (const outlet of ['Open', 'Closed', 'Holiday']) {
      await expect(picker(designer, outlet)).toBeVisible();
    }
    await designer.inspector.screenshot({ path: '/tmp/h1-check-hours.png' });
  });

  test('a Menu has a picker per key; Call outcome one per outcome', async ({ designer }) => {
    await designer.open();
    await addFromPalette(designer, 'Menu');
    const keys = designer.field('Keys');
    await expect(keys).toHaveAttribute('placeholder', 'e.g. 1 2 3 * #');
    await keys.fill('1 2 * x');
    await expect(designer.inspector).toContainText('“x” is not a key a caller can press');
    for (const outlet of ['Key 1', 'Key 2', 'Key *', 'Anything else']) {
      await expect(picker(designer, outlet)).toBeVisible();
    }
    await designer.inspector.screenshot({ path: '/tmp/h1-menu.png' });

    await addFromPalette(designer, 'Call outcome');
    for (const outlet of ['Answered', 'Busy', 'No answer', 'Failed']) {
      await expect(picker(designer, outlet)).toBeVisible();
    }
    // The Menu added before is a place a call outcome can lead to, named by its kind.
    expect(await optionNames(picker(designer, 'Busy'))).toEqual(['Not connected', 'Menu']);
    await designer.inspector.screenshot({ path: '/tmp/h1-call-outcome.png' });
  });
});
