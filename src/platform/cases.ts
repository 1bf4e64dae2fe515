/**
 * Saved test calls: a call kept with its set-up, what the caller did, and the transcript it
 * produced. Replaying the inputs against the flow as it is now, and comparing transcripts, tells
 * a user whether an edit changed what a caller gets on another path.
 */
import type { FlowDocuments } from '../model/documents';
import type { RouteTable } from '../router';
import { dialOutcome, press, speak, stopRecording } from './inputs';
import { end, run, startCall, step } from './session';
import { transcript } from './transcript';
import type { CallInput, CallSetup, Session } from './types';

export interface TestCase {
  readonly name: string;
  /** Without a dialect: a case is replayed in the flow's dialect of the day. */
  readonly setup: Omit<CallSetup, 'dialect'>;
  readonly inputs: readonly CallInput[];
  /** The transcript the call produced when it was saved. */
  readonly transcript: readonly string[];
}

/** Keeps a simulated call as a case. */
export function saveCase(name: string, session: Session): TestCase {
  const { from, to, at } = session.setup;
  return { name, setup: { from, to, at }, inputs: session.inputs, transcript: transcript(session) };
}

export interface Replayed {
  readonly session: Session;
  /** The transcript, and a last line when an input no longer fitted the call. */
  readonly transcript: readonly string[];
}

/**
 * Places the case's call against the flow as it is now and plays its inputs back, each once
 * the call waits for it. An input the call no longer waits for ends the replay with a line
 * that says so (the transcript then differs from the saved one).
 */
export function replay(
  table: RouteTable,
  plan: FlowDocuments | undefined,
  testCase: Pick<TestCase, 'setup' | 'inputs'>,
): Replayed {
  let session = startCall(table, plan, testCase.setup);
  for (const input of testCase.inputs) {
    if (input.kind === 'hang-up') {
      while (session.state.kind === 'running' && session.steps < input.afterSteps) {
        session = step(session);
      }
      if (session.state.kind === 'ended') return mismatch(session, input);
      session = end(session);
      continue;
    }
    session = run(session);
    const next = apply(session, input);
    if (next === session) return mismatch(session, input);
    session = next;
  }
  session = run(session);
  return { session, transcript: transcript(session) };
}

function apply(session: Session, input: CallInput): Session {
  switch (input.kind) {
    case 'keys':
      return press(session, input.keys);
    case 'timeout':
      return press(session, 'timeout');
    case 'speech':
      return speak(session, input.words);
    case 'dial':
      return dialOutcome(
        session,
        input.outcome,
        input.seconds !== undefined ? { seconds: input.seconds } : {},
      );
    case 'stop-recording':
      return stopRecording(session, input);
    case 'hang-up':
      return end(session);
  }
}

function mismatch(session: Session, input: CallInput): Replayed {
  const lines = transcript(session);
  const waiting = describeWait(session);
  return {
    session,
    transcript: [
      ...lines,
      `Replay stopped: the saved call went on with “${describeInput(input)}”, but now the call ${waiting}.`,
    ],
  };
}

function describeWait(session: Session): string {
  switch (session.state.kind) {
    case 'waiting-for-input':
      return 'waits for keys or speech at a Gather';
    case 'waiting-for-dial-outcome':
      return 'waits for the outcome of a Dial';
    case 'recording':
      return 'is recording';
    case 'waiting-for-hangup':
      return 'waits for the caller to hang up';
    case 'ended':
      return 'has ended';
    case 'running':
      return 'is still running';
  }
}

export function describeInput(input: CallInput): string {
  switch (input.kind) {
    case 'keys':
      return `press ${input.keys}`;
    case 'timeout':
      return 'no input';
    case 'speech':
      return `say “${input.words}”`;
    case 'dial':
      return `Dial ${input.outcome}`;
    case 'stop-recording':
      return 'stop recording';
    case 'hang-up':
      return 'hang up';
  }
}

export interface Comparison {
  readonly changed: boolean;
  /** The first line that differs (0-based), with the line before and after the change. */
  readonly firstDifference?: {
    readonly line: number;
    readonly saved: string | undefined;
    readonly now: string | undefined;
  };
}

export function compare(saved: readonly string[], now: readonly string[]): Comparison {
  const length = Math.max(saved.length, now.length);
  for (let line = 0; line < length; line++) {
    if (saved[line] !== now[line]) {
      return { changed: true, firstDifference: { line, saved: saved[line], now: now[line] } };
    }
  }
  return { changed: false };
}

export interface CaseResult extends Comparison {
  readonly name: string;
  readonly transcript: readonly string[];
}

/** "Run all": every case replayed against the flow as it is now, and compared. */
export function runAll(
  table: RouteTable,
  plan: FlowDocuments | undefined,
  cases: readonly TestCase[],
): CaseResult[] {
  return cases.map((testCase) => {
    const { transcript: now } = replay(table, plan, testCase);
    return { name: testCase.name, transcript: now, ...compare(testCase.transcript, now) };
  });
}
