/**
 * The platform model: a call run as the platform would run it, verb by verb, over the documents
 * and decisions of the flow server's route table. Framework-free and pure: every function
 * returns a new session; caller choices (keys, speech, a Dial's outcome) are passed in.
 */
export { callFlowOf } from './callFlow';
export { compare, describeInput, replay, runAll, saveCase } from './cases';
export type { CaseResult, Comparison, Replayed, TestCase } from './cases';
export { readTestCase, testCaseToJson, type TestCaseJson } from './caseFile';
export { MAX_FETCHES_IN_A_ROW } from './fetch';
export {
  DEFAULT_CALL_SECONDS,
  DIAL_CALL_STATUS,
  dialOutcome,
  press,
  speak,
  stopRecording,
} from './inputs';
export { DEFAULT_RECORDING_SECONDS, type RecordingStop } from './recording';
export { SIMULATED_CALL_SID, WITHHELD_FROM } from './requests';
export { end, hoursTimeZone, run, startCall, step } from './session';
export { describeEnd, describeEvent, transcript, transcriptText } from './transcript';
export type * from './types';
