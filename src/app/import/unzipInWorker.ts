/**
 * Runs unzip.ts in a worker of its own, one per zip, and ends the worker as soon as it answers,
 * fails, or the reading is cancelled: a zip being refused leaves nothing running.
 */
import type { UnzipResult } from './unzip';

export interface UnzipRequest {
  readonly zipName: string;
  /** Transferred to the worker: the caller's copy is emptied. */
  readonly zip: ArrayBuffer;
}

/** Unzips `zip` in a worker; `zip` is handed over to it and is empty afterwards. */
export function unzipInWorker(
  zipName: string,
  zip: Uint8Array,
  signal?: AbortSignal,
): Promise<UnzipResult> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./unzip.worker.ts', import.meta.url), { type: 'module' });
    const finish = (result: UnzipResult) => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
      resolve(result);
    };
    const cancel = () =>
      finish({ ok: false, message: `Reading “${zipName}” was cancelled.`, inflated: 0 });
    if (signal?.aborted) return cancel();
    signal?.addEventListener('abort', cancel);
    worker.onmessage = (event: MessageEvent<UnzipResult>) => finish(event.data);
    worker.onerror = () =>
      finish({
        ok: false,
        message: `“${zipName}” could not be read.`,
        inflated: 0,
      });
    // The zip's own buffer moves to the worker when it can (no copy of up to 20 MB).
    const whole = zip.byteOffset === 0 && zip.byteLength === zip.buffer.byteLength;
    const buffer = whole && zip.buffer instanceof ArrayBuffer ? zip.buffer : zip.slice().buffer;
    const request: UnzipRequest = { zipName, zip: buffer };
    worker.postMessage(request, [buffer]);
  });
}
