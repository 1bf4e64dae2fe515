/**
 * What the browser benchmarks and profiles do as a user: open a generated flow through the
 * app's own "Open flow file", and type a sentence into a Say's "Text to say".
 */
import type { Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { generateFlow } from '../src/test/generateFlow';
import { writeFlowFile } from '../src/persist/flowFile';

/** Every benchmark's flows are generated from this seed. */
export const SEED = 20_240;

/** Opens a generated flow through Flows → Open flow file; returns ms until the canvas is drawn. */
export async function openFlow(page: Page, verbs: number, path: string): Promise<number> {
  const flow = generateFlow({ verbs, seed: SEED });
  await writeFile(path, writeFlowFile(flow));
  await page.goto('/');
  await page.getByRole('region', { name: 'Canvas' }).waitFor();
  await page.evaluate(() => {
    // The clock starts when the browser hands the chosen file to the page.
    document.addEventListener(
      'change',
      () => ((window as unknown as { openedAt: number }).openedAt = performance.now()),
      { capture: true, once: true },
    );
  });
  await page.getByRole('button', { name: 'Flows' }).click();
  await page.getByLabel('Flow file to open').setInputFiles(path);
  // Interactive: the opened flow is on show, every node the canvas draws is measured (React
  // Flow shows a node once it knows its size; big flows draw only what is on screen), and two
  // frames have been painted.
  return page.evaluate(async (name) => {
    const flowName = () => document.querySelector<HTMLInputElement>('.flow-name input');
    const ready = () => {
      const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')];
      return (
        flowName()?.value === name &&
        nodes.length > 1 &&
        nodes.every((n) => n.style.visibility !== 'hidden')
      );
    };
    while (!ready()) await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - (window as unknown as { openedAt: number }).openedAt;
  }, flow.name);
}

/** Selects the first Say on the canvas and puts the caret at the end of its "Text to say". */
export async function focusTextToSay(page: Page): Promise<void> {
  await page
    .getByRole('region', { name: 'Canvas' })
    .getByRole('group', { name: /^Say/ })
    .first()
    .click();
  const field = page
    .getByRole('region', { name: 'Inspector' })
    .getByLabel('Text to say', { exact: true });
  await field.click();
  await field.press('End');
}

/** Types 26 characters as a person would (one key every 60 ms). */
export async function typeSentence(page: Page): Promise<void> {
  await page.keyboard.type(' and thank you for waiting', { delay: 60 });
}
