/**
 * Files to import, zips included. The worker is a browser thing: here the zip reader runs
 * directly, as the worker runs it.
 */
import { describe, expect, it } from 'vitest';
import { bomb, sharingOneStream, zipOf } from '../../test/hostileZips';
import { readImportFiles, type ReadFilesResult, type Unzipper } from './readImportFiles';
import { unzipDocuments } from './unzip';

const unzip: Unzipper = (zipName, zip) => Promise.resolve(unzipDocuments(zipName, zip));
const file = (content: Uint8Array | string, name: string) =>
  new File([typeof content === 'string' ? content : new Uint8Array(content)], name);

function message(result: ReadFilesResult): string {
  if (result.ok) throw new Error('Expected the files to be refused');
  return result.error.message;
}

/** A file whose bytes arrive after `delay` ms, counting the reads under way at once. */
function slowFile(
  text: string,
  name: string,
  delay: number,
  reading: { now: number; most: number },
) {
  const real = new File([text], name);
  return Object.assign(real, {
    arrayBuffer: async () => {
      reading.most = Math.max(reading.most, ++reading.now);
      await new Promise((resolve) => setTimeout(resolve, delay));
      reading.now--;
      return new TextEncoder().encode(text).buffer;
    },
  });
}

describe('readImportFiles', () => {
  it('reads many small files at once, and keeps them in the order chosen', async () => {
    const reading = { now: 0, most: 0 };
    const chosen = [30, 20, 10, 0].map((delay, i) =>
      slowFile(`<Response><Say>${i}</Say></Response>`, `d${i}.xml`, delay, reading),
    );
    const result = await readImportFiles(chosen, { unzip });
    expect(reading.most).toBe(4);
    expect(result.ok && result.files.map((f) => f.name)).toEqual([
      'd0.xml',
      'd1.xml',
      'd2.xml',
      'd3.xml',
    ]);
  });

  it('imports the documents of a zip, and XML files beside it', async () => {
    const zip = zipOf({
      'callflow/main.xml': '<Response><Redirect>menu.xml</Redirect></Response>',
      'callflow/menu.xml': '<Response><Gather numDigits="1"/></Response>',
      'callflow/notes.txt': 'ignored',
    });
    const result = await readImportFiles(
      [file(zip, 'callflow.zip'), file('<Response><Hangup/></Response>', 'bye.xml')],
      { unzip },
    );
    expect(result).toEqual({
      ok: true,
      files: [
        { name: 'main.xml', text: '<Response><Redirect>menu.xml</Redirect></Response>' },
        { name: 'menu.xml', text: '<Response><Gather numDigits="1"/></Response>' },
        { name: 'bye.xml', text: '<Response><Hangup/></Response>' },
      ],
    });
  });

  it('refuses an entry that lies about its size, naming the zip and the limit', async () => {
    const result = await readImportFiles([file(bomb(16), 'flows.zip')], { unzip });
    expect(message(result)).toBe(
      'In “flows.zip”, “d000.xml” unpacks to more than 5.0 MB, the most one document can be.',
    );
  });

  it('refuses 200 entries sharing one stream at the total limit', async () => {
    const result = await readImportFiles([file(sharingOneStream(bomb(4), 200), 'shared.zip')], {
      unzip,
    });
    expect(message(result)).toMatch(/^The documents in “shared\.zip” unpack to more than 20\.0 MB/);
  });

  it('hands the cancel signal to the zip reader', async () => {
    const controller = new AbortController();
    const cancellable: Unzipper = (zipName, zip, signal) =>
      signal?.aborted
        ? Promise.resolve({ ok: false, message: 'cancelled', inflated: 0 })
        : unzip(zipName, zip);
    controller.abort();
    const result = await readImportFiles([file(zipOf({ 'a.xml': '<Response/>' }), 'a.zip')], {
      unzip: cancellable,
      signal: controller.signal,
    });
    expect(message(result)).toBe('cancelled');
  });
});
