/**
 * Saved test calls, kept in the browser's storage beside the flow they test: one entry per flow,
 * keyed by the flow's id, so a flow's cases follow it across reloads (not into a downloaded flow
 * file). A damaged case is left out and counted, never replayed as something else.
 */
import { readTestCase, testCaseToJson, type TestCase } from '../platform';
import { testCallsKey } from '../persist/storageKeys';

const FORMAT = 'rcml-studio-test-calls';
const VERSION = 1;

/** The part of `window.localStorage` used here; tests pass an in-memory one. */
export type TestCallStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface LoadedTestCalls {
  readonly cases: TestCase[];
  /** A plain sentence when something stored could not be read. */
  readonly problem?: string;
}

export function loadTestCalls(storage: TestCallStorage, flowId: string): LoadedTestCalls {
  let text: string | null;
  try {
    text = storage.getItem(testCallsKey(flowId));
  } catch {
    return { cases: [], problem: 'The browser does not let RCML Studio read its storage.' };
  }
  if (text === null) return { cases: [] };
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return {
      cases: [],
      problem: 'The saved test calls of this flow are damaged and cannot be read.',
    };
  }
  const entries =
    typeof stored === 'object' &&
    stored !== null &&
    (stored as { format?: unknown }).format === FORMAT
      ? (stored as { cases?: unknown }).cases
      : undefined;
  if (!Array.isArray(entries)) {
    return {
      cases: [],
      problem: 'The saved test calls of this flow are damaged and cannot be read.',
    };
  }
  const cases = entries.map(readTestCase).filter((c): c is TestCase => c !== undefined);
  const lost = entries.length - cases.length;
  return lost
    ? {
        cases,
        problem: `${lost} saved test ${lost === 1 ? 'call is' : 'calls are'} damaged and left out.`,
      }
    : { cases };
}

/** Stores the flow's cases (none: the entry is removed); a message when the browser refuses. */
export function storeTestCalls(
  storage: TestCallStorage,
  flowId: string,
  cases: readonly TestCase[],
): { ok: true } | { ok: false; message: string } {
  try {
    if (cases.length === 0) storage.removeItem(testCallsKey(flowId));
    else {
      const stored = { format: FORMAT, version: VERSION, cases: cases.map(testCaseToJson) };
      storage.setItem(testCallsKey(flowId), JSON.stringify(stored));
    }
    return { ok: true };
  } catch {
    return {
      ok: false,
      message: 'The browser refused to store the test calls (its storage may be full).',
    };
  }
}
