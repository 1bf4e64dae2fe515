/** Import: RCML documents (bytes or text) to a flow with warnings, or a plain refusal. */
export { decodeImport, type DecodeResult } from './decode';
export { MAX_DEPTH, MAX_DOCUMENT_SIZE, MAX_TOTAL_SIZE } from './limits';
export { parseRcml, parseRcmlFiles } from './parse';
export {
  describeProblem,
  type ImportError,
  type ImportFile,
  type ImportOptions,
  type ImportResult,
  type ImportWarning,
} from './types';
