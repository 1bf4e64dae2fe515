/** A flow file is measured before it is read. */
import { describe, expect, it, vi } from 'vitest';
import { createFlow } from '../model/flow';
import { MAX_FLOW_FILE_BYTES, writeFlowFile } from '../persist/flowFile';
import { openFlowFile } from './flowFiles';

const MB = 1024 * 1024;

describe('openFlowFile', () => {
  it('refuses a 700 MB file by its real size, without reading it', async () => {
    const text = vi.fn(() => Promise.resolve(''));
    const result = await openFlowFile({ size: 700 * MB, text });
    expect(result).toEqual({
      ok: false,
      error: 'The file is 700.0 MB; flow files are at most 25.0 MB.',
    });
    expect(text).not.toHaveBeenCalled();
  });

  it('reads a file at the limit or under it', async () => {
    const flow = createFlow({ name: 'Front desk' });
    const result = await openFlowFile(new Blob([writeFlowFile(flow)]));
    expect(result).toMatchObject({ ok: true, flow: { name: 'Front desk' } });
    const text = vi.fn(() => Promise.resolve(''));
    expect(await openFlowFile({ size: MAX_FLOW_FILE_BYTES, text })).toEqual({
      ok: false,
      error: 'The file is empty.',
    });
    expect(text).toHaveBeenCalledOnce();
  });

  it('says so when the file cannot be read', async () => {
    const result = await openFlowFile({ size: 10, text: () => Promise.reject(new Error('gone')) });
    expect(result).toEqual({
      ok: false,
      error: 'The file could not be read (was it moved or changed?). Choose it again.',
    });
  });
});
