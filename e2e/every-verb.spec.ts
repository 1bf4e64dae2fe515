import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { Designer } from './pages/designer';

interface VerbCase {
  verb: string;
  /** Edits the verb with the keyboard; focus starts in its first field. */
  edit(designer: Designer, page: Page): Promise<void>;
  /** What the preview must then contain. */
  expected: string;
}

async function typeInto(designer: Designer, page: Page, label: string, text: string) {
  await designer.tabTo(designer.field(label));
  await page.keyboard.type(text);
}

/** Adds a nested element with its "Add …" button, then types into its main field. */
async function addNested(
  designer: Designer,
  page: Page,
  noun: string,
  label: string,
  text: string,
) {
  await designer.tabTo(designer.inspector.getByRole('button', { name: `Add ${noun}` }));
  await page.keyboard.press('Enter');
  const item = designer.inspector.getByRole('listitem', { name: `${noun} 1` });
  await expect(item.getByLabel(label, { exact: true })).toBeFocused();
  await page.keyboard.type(text);
}

const cases: VerbCase[] = [
  {
    verb: 'Say',
    edit: (d, p) => typeInto(d, p, 'Text to say', 'Hello & welcome'),
    expected: '<Say>Hello &amp; welcome</Say>',
  },
  {
    verb: 'Play',
    edit: (d, p) => typeInto(d, p, 'Audio URL', 'https://example.com/hold.wav'),
    expected: '<Play>https://example.com/hold.wav</Play>',
  },
  {
    verb: 'Gather',
    edit: async (d, p) => {
      await typeInto(d, p, 'Number of keys', '4');
      await addNested(d, p, 'Say', 'Text to say', 'Enter your PIN');
    },
    expected: '<Gather numDigits="4">\n    <Say>Enter your PIN</Say>\n  </Gather>',
  },
  {
    verb: 'Record',
    edit: (d, p) => typeInto(d, p, 'Longest recording', '60'),
    expected: '<Record maxLength="60"/>',
  },
  {
    verb: 'Dial',
    edit: (d, p) => addNested(d, p, 'Number', 'Phone number', '+14155550100'),
    expected: '<Dial>\n    <Number>+14155550100</Number>\n  </Dial>',
  },
  {
    verb: 'Hold',
    edit: (d, p) => typeInto(d, p, 'Hold music URL', 'https://example.com/music.wav'),
    expected: '<Hold holdMusic="https://example.com/music.wav"/>',
  },
  {
    verb: 'Resume',
    edit: async (d, p) => {
      await d.openAdvanced('keyboard');
      await typeInto(d, p, 'Go to URL', 'https://example.com/resumed.xml');
    },
    expected: '<Resume action="https://example.com/resumed.xml"/>',
  },
  {
    verb: 'Refer',
    edit: async (d, p) => {
      await d.openAdvanced('keyboard');
      await typeInto(d, p, 'Go to URL', 'https://example.com/referred.xml');
    },
    expected: '<Refer action="https://example.com/referred.xml"/>',
  },
  {
    verb: 'SMS',
    edit: (d, p) => typeInto(d, p, 'Message', 'We got your call'),
    expected: '<Sms>We got your call</Sms>',
  },
  {
    verb: 'Email',
    edit: (d, p) => typeInto(d, p, 'To', 'desk@example.com'),
    expected: '<Email to="desk@example.com"/>',
  },
  {
    verb: 'Pause',
    edit: (d, p) => typeInto(d, p, 'Length', '2'),
    expected: '<Pause length="2"/>',
  },
  {
    verb: 'Redirect',
    edit: (d, p) => typeInto(d, p, 'Go to URL', 'https://example.com/next.xml'),
    expected: '<Redirect>https://example.com/next.xml</Redirect>',
  },
  {
    verb: 'Reject',
    edit: async (_d, p) => p.keyboard.press('ArrowDown'),
    expected: '<Reject reason="busy"/>',
  },
  {
    verb: 'Hangup',
    edit: (d, p) => typeInto(d, p, 'Label', 'Goodbye'),
    expected: '<Hangup/>',
  },
];

test('every palette verb is in this test', async ({ designer, page }) => {
  await designer.open();
  // The palette's decisions (Check caller, …) are tested in decisions-canvas.spec.ts, its note
  // in notes.spec.ts.
  const names = await page
    .getByRole('navigation', { name: 'Verbs' })
    .getByRole('button')
    .evaluateAll((buttons) =>
      buttons
        .filter((b) => !b.closest('[aria-label="Decisions"], [aria-label="Annotate"]'))
        .map((b) => accessibleName(b)),
    );
  expect(names.sort()).toEqual(cases.map((c) => c.verb).sort());
});

for (const { verb, edit, expected } of cases) {
  test(`${verb} can be added and edited with the keyboard`, async ({ designer, page }) => {
    await designer.open();
    await designer.focusPaletteItem(verb);
    await page.keyboard.press('Enter');
    // Focus lands in the new verb's first field.
    await expect(designer.inspector.locator(':focus')).toHaveCount(1);
    await edit(designer, page);
    await expect(designer.preview).toContainText(expected);
  });
}
