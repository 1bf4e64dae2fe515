import { fileNameFromLabel } from '../model/documents';
import type { Flow } from '../schema/flow';
import {
  FLOW_FILE_EXTENSION,
  MAX_FLOW_FILE_BYTES,
  readFlowFile,
  writeFlowFile,
  type ReadResult,
} from '../persist/flowFile';
import { summarizeRepairs } from '../persist/repair';
import type { Notice } from '../store/types';
import { megabytes } from '../xml/parse/limits';
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

/**
 * Reads a flow file the user chose, checking its size before reading it: a file far over the
 * limit is refused at once with its real size (read whole, 700 MB failed and was called empty).
 */
export async function openFlowFile(file: Pick<Blob, 'size' | 'text'>): Promise<ReadResult> {
  if (file.size > MAX_FLOW_FILE_BYTES) {
    return {
      ok: false,
      error: `The file is ${megabytes(file.size)}; flow files are at most ${megabytes(MAX_FLOW_FILE_BYTES)}.`,
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return {
      ok: false,
      error: 'The file could not be read (was it moved or changed?). Choose it again.',
    };
  }
  return readFlowFile(text);
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
