/**
 * What the browser benchmarks and profiles do as a user: open a generated flow through the
 * app's own "Open flow file", import its documents through the Import dialog, and type a sentence into a Say's "Text to say".
 */
import type { Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { strToU8, zipSync } from 'fflate';
import { generateFlow } from '../src/test/generateFlow';
import { writeFlowFile } from '../src/persist/flowFile';
import { serializeFlow } from '../src/xml/serialize';
import type { Flow } from '../src/schema/flow';

/** Every benchmark's flows are generated from this seed. */
export const SEED = 20_240;

/**
 * Opens a generated flow (changed by `change`, if given) through Flows → Open flow file; returns
 * ms until the canvas is drawn.
 */
export async function openFlow(
  page: Page,
  verbs: number,
  path: string,
  change: (flow: Flow) => Flow = (flow) => flow,
): Promise<number> {
  const flow = change(generateFlow({ verbs, seed: SEED }));
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

/**
 * Imports a generated flow's documents through Import → Choose files → Open as a new flow.
 * Returns ms from the browser handing the files to the page until the dialog shows what will
 * be imported, and until the canvas and the preview show the imported flow.
 */
export async function importFlow(
  page: Page,
  verbs: number,
  folder: string,
  /** One .zip of the documents (as Download writes a flow of several), or each as a file. */
  as: 'files' | 'zip' = 'files',
) {
  await mkdir(folder, { recursive: true });
  const documents = serializeFlow(generateFlow({ verbs, seed: SEED }));
  const paths: string[] = [];
  if (as === 'zip') {
    const path = `${folder}/flow.zip`;
    await writeFile(
      path,
      zipSync(Object.fromEntries(documents.map((d) => [d.fileName, strToU8(d.xml)]))),
    );
    paths.push(path);
  } else {
    for (const document of documents) {
      const path = `${folder}/${document.fileName}`;
      await writeFile(path, document.xml);
      paths.push(path);
    }
  }
  await page.goto('/');
  await page.getByRole('region', { name: 'Canvas' }).waitFor();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import RCML' });
  await page.evaluate(() => {
    document.addEventListener(
      'change',
      () => ((window as unknown as { chosenAt: number }).chosenAt = performance.now()),
      { capture: true, once: true },
    );
  });
  await dialog.getByLabel('RCML files to import').setInputFiles(paths);
  const open = dialog.getByRole('button', { name: 'Open as a new flow' });
  await open.waitFor();
  const summary = await dialog.getByRole('region', { name: 'What will be imported' }).textContent();
  const imported = Number(/([\d,]+) verbs? in/.exec(summary ?? '')?.[1]?.replace(/,/g, '') ?? NaN);
  const read = await page.evaluate(
    () => performance.now() - (window as unknown as { chosenAt: number }).chosenAt,
  );
  await open.click();
  // As for opening: the imported flow on the canvas, every node drawn measured, its main
  // document in the preview, two frames painted.
  const total = await page.evaluate(async () => {
    const ready = () => {
      const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')];
      const preview = document.querySelector('[aria-label="RCML preview"]')?.textContent ?? '';
      return (
        !document.querySelector('[role="dialog"]') &&
        document.querySelector<HTMLInputElement>('.flow-name input')?.value ===
          'Imported call flow' &&
        preview.includes('<Say') &&
        nodes.length > 1 &&
        nodes.every((n) => n.style.visibility !== 'hidden')
      );
    };
    while (!ready()) await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - (window as unknown as { chosenAt: number }).chosenAt;
  });
  return { read, total, imported };
}
