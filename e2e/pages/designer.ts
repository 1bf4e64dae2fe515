import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The designer as a user and assistive technology see it: every locator is a role and an
 * accessible name. The one exception is React Flow's connection handles, which have no role;
 * they are found inside a node that was itself found by role.
 */
export class Designer {
  readonly canvas: Locator;
  readonly inspector: Locator;
  readonly preview: Locator;
  readonly problems: Locator;
  readonly dialect: Locator;
  readonly download: Locator;
  /** The toolbar's menu of less frequent actions (new flow, copy, shortcuts). */
  readonly moreActions: Locator;

  constructor(readonly page: Page) {
    this.canvas = page.getByRole('region', { name: 'Canvas' });
    this.inspector = page.getByRole('region', { name: 'Inspector' });
    this.preview = page.getByRole('region', { name: 'RCML preview' });
    this.problems = page.getByRole('region', { name: 'Problems' });
    this.dialect = page.getByRole('combobox', { name: 'Dialect' });
    this.download = page.getByRole('button', { name: 'Download', exact: true });
    this.moreActions = page.getByRole('button', { name: 'More actions' });
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.node('Incoming call')).toBeVisible();
  }

  paletteItem(verb: string): Locator {
    return this.page.getByRole('navigation', { name: 'Verbs' }).getByRole('button', {
      name: verb,
      exact: true,
    });
  }

  /**
   * Moves focus to a palette item as a keyboard user does: Tab into the palette (one Tab stop),
   * then the arrow keys to the item.
   */
  async focusPaletteItem(verb: string, maxPresses = 60): Promise<void> {
    const item = this.paletteItem(verb);
    const list = this.page.getByRole('navigation', { name: 'Verbs' });
    const items = list.locator('.palette-item');
    await this.tabTo(list.locator('.palette-item[tabindex="0"]'));
    // Up or down, whichever way the item lies from the one that has focus.
    const positions = await items.evaluateAll(
      (all, name) => ({
        at: all.findIndex((el) => el === document.activeElement),
        to: all.findIndex((el) => el.getAttribute('aria-label') === name),
      }),
      verb,
    );
    const key = positions.to < positions.at ? 'ArrowUp' : 'ArrowDown';
    for (let i = 0; i < maxPresses; i++) {
      if (await item.evaluate((el) => el === document.activeElement)) return;
      await this.page.keyboard.press(key);
    }
    throw new Error(`Could not reach the palette item ${verb} with the arrow keys`);
  }

  /** Runs an item of the toolbar's "More actions" menu, by its name. */
  async runMenuItem(name: string): Promise<void> {
    await this.moreActions.click();
    await this.page
      .getByRole('menu', { name: 'More actions' })
      .getByRole('menuitem', { name })
      .click();
  }

  /** Opens a template from the toolbar's gallery, as a new flow ("Phone menu"). */
  async openTemplate(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Templates', exact: true }).click();
    await this.page
      .getByRole('dialog', { name: 'Templates' })
      .getByRole('button', { name: `Open ${name}` })
      .click();
  }

  /** Starts a new flow with this name, from the Flows dialog, as a user does. */
  async newFlow(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Flows', exact: true }).click();
    await this.page
      .getByRole('dialog', { name: 'Your flows' })
      .getByRole('button', { name: 'New flow…' })
      .click();
    const dialog = this.page.getByRole('dialog', { name: 'New flow' });
    await dialog.getByLabel('Name of the new flow').fill(name);
    await dialog.getByRole('button', { name: 'Create flow' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByLabel('Flow name')).toHaveValue(name);
  }

  /** A node on the canvas, by its accessible name ("Reject: busy (486)"). */
  node(name: string | RegExp): Locator {
    const pattern = typeof name === 'string' ? new RegExp(`^${escape(name)}\\b`) : name;
    return this.canvas.getByRole('group', { name: pattern });
  }

  field(label: string): Locator {
    return this.inspector.getByLabel(label, { exact: true });
  }

  /** The inspector's “Advanced” fold, where a verb's technical fields are. */
  get advanced(): Locator {
    return this.inspector.getByRole('button', { name: 'Advanced', exact: true });
  }

  /** Opens “Advanced” if it is closed: by a click, or by Tab and Enter as a keyboard user. */
  async openAdvanced(how: 'click' | 'keyboard' = 'click'): Promise<void> {
    if ((await this.advanced.getAttribute('aria-expanded')) === 'true') return;
    if (how === 'click') {
      await this.advanced.click();
    } else {
      await this.tabTo(this.advanced);
      await this.page.keyboard.press('Enter');
    }
    await expect(this.advanced).toHaveAttribute('aria-expanded', 'true');
  }

  /** Drops a palette verb on the canvas at a point relative to the canvas's top-left corner. */
  async dropVerb(verb: string, x: number, y: number): Promise<void> {
    await this.paletteItem(verb).dragTo(this.canvas, { targetPosition: { x, y } });
  }

  async previewText(): Promise<string> {
    return (await this.preview.textContent()) ?? '';
  }

  async expectPreview(xml: string): Promise<void> {
    await expect.poll(() => this.previewText()).toBe(xml);
  }

  /** Clicks Download and returns the saved file's name and text. */
  async downloadFile(trigger?: () => Promise<void>): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([
      this.page.waitForEvent('download'),
      trigger ? trigger() : this.download.click(),
    ]);
    const path = await file.path();
    return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  /** Drags from one node's outlet to another node's inlet, as a user rewires the flow. */
  async connect(from: Locator, to: Locator, outlet = 'next'): Promise<void> {
    const source = from.locator(`.react-flow__handle.source[data-handleid="${outlet}"]`);
    const target = to.locator('.react-flow__handle.target');
    const a = (await source.boundingBox())!;
    const b = (await target.boundingBox())!;
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(a.x + a.width / 2, a.y + 40, { steps: 4 });
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
    await this.page.mouse.up();
  }

  /** Presses Tab until the target has focus, as a keyboard user would. */
  async tabTo(target: Locator, maxPresses = 80): Promise<void> {
    for (let i = 0; i < maxPresses; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`Could not reach ${target} with the Tab key`);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** One RCML document of `count` Says, "Step 1" to "Step N": the long chain big-flow tests import. */
export function sayChain(count: number): string {
  return rcmlDocument(...Array.from({ length: count }, (_, i) => `<Say>Step ${i + 1}</Say>`));
}

/** An RCML document as the designer writes it: declaration, root, two-space indentation. */
export function rcmlDocument(...verbs: string[]): string {
  if (verbs.length === 0) return `${XML_DECLARATION}\n<Response/>\n`;
  return `${XML_DECLARATION}\n<Response>\n${verbs.map((v) => `  ${v}\n`).join('')}</Response>\n`;
}
