import { fileNameFromLabel } from '../model/documents';
import type { Flow } from '../model/types';
import { FLOW_FILE_EXTENSION, writeFlowFile, type ReadResult } from '../persist/flowFile';
import { summarizeRepairs } from '../persist/repair';
import type { Notice } from '../store/types';
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

/** What the notice says once a flow file is open: upgraded, repaired (and how), or just opened. */
export function openedNotice(
  flowName: string,
  result: Extract<ReadResult, { ok: true }>,
): { text: string; tone: Notice['tone'] } {
  const upgraded = result.migratedFrom
    ? ` (upgraded from an older file version ${result.migratedFrom})`
    : '';
  const opened = `Opened “${flowName}”${upgraded}.`;
  if (!result.repairs?.length) return { text: opened, tone: 'info' };
  return { text: `${opened} ${summarizeRepairs(result.repairs)}`, tone: 'warning' };
}
