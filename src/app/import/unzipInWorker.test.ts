/** The worker is ended whatever happens: an answer, a failure, or a cancel. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UnzipResult } from './unzip';
import { unzipInWorker, type UnzipRequest } from './unzipInWorker';

/** Stands in for the browser's Worker: records what it is sent and whether it was ended. */
class FakeWorker {
  static last: FakeWorker | undefined;
  onmessage: ((event: MessageEvent<UnzipResult>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: UnzipRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(request: UnzipRequest) {
    this.sent.push(request);
  }
  terminate() {
    this.terminated = true;
  }
}

function started(): FakeWorker {
  const worker = FakeWorker.last;
  if (!worker) throw new Error('No worker was started');
  return worker;
}

describe('unzipInWorker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.last = undefined;
  });

  it('sends the zip, answers with the result and ends the worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const answer = unzipInWorker('a.zip', new Uint8Array([1, 2, 3]));
    const worker = started();
    expect(worker.sent.map((r) => [r.zipName, [...new Uint8Array(r.zip)]])).toEqual([
      ['a.zip', [1, 2, 3]],
    ]);
    const refused: UnzipResult = { ok: false, message: 'too big', inflated: 6 };
    worker.onmessage?.(new MessageEvent('message', { data: refused }));
    expect(await answer).toEqual(refused);
    expect(worker.terminated).toBe(true);
  });

  it('ends the worker when the reading is cancelled', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const controller = new AbortController();
    const answer = unzipInWorker('a.zip', new Uint8Array([1]), controller.signal);
    controller.abort();
    expect(await answer).toEqual({
      ok: false,
      message: 'Reading “a.zip” was cancelled.',
      inflated: 0,
    });
    expect(started().terminated).toBe(true);
  });

  it('ends a worker that fails, saying the zip could not be read', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const answer = unzipInWorker('a.zip', new Uint8Array([1]));
    started().onerror?.(new Event('error') as ErrorEvent);
    expect(await answer).toMatchObject({
      ok: false,
      message: '“a.zip” could not be read.',
    });
    expect(started().terminated).toBe(true);
  });
});
