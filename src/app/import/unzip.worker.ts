/**
 * Unzips off the main thread, so that a hostile zip never freezes the page: receives the zip's
 * bytes, answers with unzipDocuments' result (the documents' bytes are transferred, not copied).
 */
import { unzipDocuments } from './unzip';
import type { UnzipRequest } from './unzipInWorker';

self.onmessage = (event: MessageEvent<UnzipRequest>) => {
  const result = unzipDocuments(event.data.zipName, new Uint8Array(event.data.zip));
  const transfer = result.ok ? result.entries.map((entry) => entry.bytes.buffer) : [];
  self.postMessage(result, { transfer });
};
