import { fileNameFromLabel } from '../model/documents';
import { FLOW_FILE_EXTENSION } from '../persist/flowFile';

/** "Front desk" → "front-desk.rcmlflow.json". */
export function flowFileName(flowName: string): string {
  return `${fileNameFromLabel(flowName) || 'call-flow'}${FLOW_FILE_EXTENSION}`;
}

/** Reads a file the user picked as text. */
export function readFileText(file: File): Promise<string> {
  return file.text();
}
