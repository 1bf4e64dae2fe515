import { fileNameFromLabel } from '../model/documents';
import type { Flow } from '../model/types';
import { FLOW_FILE_EXTENSION, writeFlowFile } from '../persist/flowFile';
import { downloadText } from './exportFile';

/** "Front desk" → "front-desk": the start of every file named after a flow. */
export function flowBaseName(flowName: string): string {
  return fileNameFromLabel(flowName) || 'call-flow';
}

/** "Front desk" → "front-desk.rcmlflow.json". */
export function flowFileName(flowName: string): string {
  return `${flowBaseName(flowName)}${FLOW_FILE_EXTENSION}`;
}

/** Saves the flow as a flow file the user can open again (or keep as a backup). */
export function downloadFlowFile(flow: Flow): void {
  downloadText(flowFileName(flow.name), writeFlowFile(flow), 'application/json');
}
