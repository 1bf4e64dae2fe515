/**
 * Saved test calls as JSON (for the browser's storage or a file), and read back checked: a
 * damaged entry is refused rather than replayed as something else.
 */
import type { TestCase } from './cases';
import type { CallInput, DialOutcome } from './types';

export interface TestCaseJson {
  readonly name: string;
  readonly setup: { readonly from: string | null; readonly to: string; readonly at: string };
  readonly inputs: readonly CallInput[];
  readonly transcript: readonly string[];
}

export function testCaseToJson(testCase: TestCase): TestCaseJson {
  const { from, to, at } = testCase.setup;
  return { ...testCase, setup: { from, to, at: at.toISOString() } };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;
const OUTCOMES: readonly DialOutcome[] = ['answered', 'busy', 'no-answer', 'failed'];

function readInput(value: unknown): CallInput | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.kind) {
    case 'keys':
      return isString(value.keys) ? { kind: 'keys', keys: value.keys } : undefined;
    case 'timeout':
      return { kind: 'timeout' };
    case 'speech':
      return isString(value.words) ? { kind: 'speech', words: value.words } : undefined;
    case 'dial': {
      const outcome = OUTCOMES.find((o) => o === value.outcome);
      if (!outcome || (value.seconds !== undefined && !isCount(value.seconds))) return undefined;
      return {
        kind: 'dial',
        outcome,
        ...(isCount(value.seconds) ? { seconds: value.seconds } : {}),
      };
    }
    case 'stop-recording':
      if (value.key !== undefined && !isString(value.key)) return undefined;
      if (value.seconds !== undefined && !isCount(value.seconds)) return undefined;
      return {
        kind: 'stop-recording',
        ...(isString(value.key) ? { key: value.key } : {}),
        ...(isCount(value.seconds) ? { seconds: value.seconds } : {}),
      };
    case 'hang-up':
      return isCount(value.afterSteps)
        ? { kind: 'hang-up', afterSteps: value.afterSteps }
        : undefined;
    default:
      return undefined;
  }
}

/** A saved case, or undefined when the value is not one. */
export function readTestCase(value: unknown): TestCase | undefined {
  if (!isRecord(value) || !isString(value.name) || !isRecord(value.setup)) return undefined;
  const { from, to, at } = value.setup;
  if (!(from === null || isString(from)) || !isString(to) || !isString(at)) return undefined;
  const when = new Date(at);
  if (Number.isNaN(when.getTime())) return undefined;
  if (!Array.isArray(value.inputs) || !Array.isArray(value.transcript)) return undefined;
  const inputs = value.inputs.map(readInput);
  if (inputs.some((input) => input === undefined)) return undefined;
  if (!value.transcript.every(isString)) return undefined;
  return {
    name: value.name,
    setup: { from, to, at: when },
    inputs: inputs as CallInput[],
    transcript: value.transcript,
  };
}
