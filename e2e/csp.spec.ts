import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { zipSync, strToU8 } from 'fflate';
import { rcmlDocument } from './pages/designer';

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

/** Every Content-Security-Policy violation the page reports, as "directive blocked-URI". */
async function collectViolations(page: Page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
  const console: string[] = [];
  const listen = (text: string) => {
    if (/content security policy/i.test(text)) console.push(text);
  };
  page.on('console', (message) => listen(message.text()));
  page.on('pageerror', (error) => listen(error.message));
  page.on('worker', (worker) => worker.on('console', (message) => listen(message.text())));
  return {
    seen: async () => [...(await page.evaluate(() => window.__cspViolations)), ...console],
    forget: async () => {
      console.length = 0;
      await page.evaluate(() => (window.__cspViolations.length = 0));
    },
  };
}

test('the app runs under its Content-Security-Policy: editing, the XML editor, zip import and layout', async ({
  designer,
  page,
}) => {
  // A long journey through the app: generous time on a loaded machine.
  test.slow();
  const violations = await collectViolations(page);
  await designer.open();

  // The policy is there and enforced: an inline script is refused, and the refusal is seen.
  const policy = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(policy).toHaveAttribute('content', /script-src 'self';/);
  const inlineRan = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.inlineRan = "yes"';
    document.head.append(script);
    return document.body.dataset.inlineRan === 'yes';
  });
  expect(inlineRan).toBe(false);
  // Reported both as an event and on the console (once per policy: the <meta> and the header).
  await expect.poll(violations.seen).toContain('script-src-elem inline');
  await expect
    .poll(async () => (await violations.seen()).filter((v) => v.includes("'script-src 'self''")))
    .not.toEqual([]);
  await violations.forget();

  // Editing: add verbs, type, pick.
  await designer.dropVerb('Say', 390, 260);
  await designer.field('Text to say').fill('Hello');
  await designer.field('Voice').selectOption('woman');
  await designer.expectPreview(rcmlDocument('<Say voice="woman">Hello</Say>'));

  // The XML editor (CodeMirror injects its styles).
  await page.getByRole('button', { name: 'Edit XML' }).click();
  const editor = page.getByRole('textbox', { name: 'RCML document, editable' });
  await editor.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(rcmlDocument('<Pause length="3"/>', '<Reject reason="busy"/>'));
  await expect(designer.node('Pause')).toBeVisible();
  await page.getByRole('button', { name: 'Done editing' }).click();

  // Zip import (unpacked in a worker) and the automatic layout of what it brings.
  const zip = zipSync({
    'main.xml': strToU8(rcmlDocument('<Say>Hi</Say>', '<Redirect>menu.xml</Redirect>')),
    'menu.xml': strToU8(rcmlDocument('<Gather action="main.xml"><Say>Press 1</Say></Gather>')),
  });
  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import RCML' });
  await dialog.getByLabel('RCML files to import').setInputFiles({
    name: 'flows.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from(zip),
  });
  await expect(dialog.getByRole('region', { name: 'What will be imported' })).toContainText(
    '2 documents',
  );
  await dialog.getByRole('button', { name: 'Open as a new flow' }).click();
  await expect(designer.node('menu')).toBeVisible();
  await expect(designer.node('Redirect')).toBeVisible();

  // Download (a blob: URL).
  await designer.downloadFile();

  expect(await violations.seen()).toEqual([]);
});
