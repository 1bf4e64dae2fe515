/**
 * Files the user chose or dropped, as texts for the importer: XML files as they are, a zip's XML
 * entries. Zips are unpacked in a worker (its code, fflate included, loads with the first zip),
 * within limits counted on the bytes actually unpacked, so a zip bomb is refused quickly and
 * never freezes the page.
 */
import { decodeImport, MAX_TOTAL_SIZE, type ImportError, type ImportFile } from '../../xml/parse';
import { megabytes } from '../../xml/parse/limits';
import type { UnzipResult } from './unzip';
import { unzipInWorker } from './unzipInWorker';

export type ReadFilesResult =
  | { readonly ok: true; readonly files: readonly ImportFile[] }
  | { readonly ok: false; readonly error: ImportError };

/** Unpacks a zip's documents; the app's runs in a worker, tests pass unzipDocuments itself. */
export type Unzipper = (
  zipName: string,
  zip: Uint8Array,
  signal?: AbortSignal,
) => Promise<UnzipResult>;

export interface ReadOptions {
  /** Cancels the reading; a zip's worker is ended at once. */
  readonly signal?: AbortSignal;
  readonly unzip?: Unzipper;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export async function readImportFiles(
  chosen: readonly File[],
  { signal, unzip = unzipInWorker }: ReadOptions = {},
): Promise<ReadFilesResult> {
  const files: ImportFile[] = [];
  let total = 0;
  const reads = readAllAtOnce(chosen);
  for (const [index, file] of chosen.entries()) {
    if (file.size > MAX_TOTAL_SIZE) return tooLarge(file.name, file.size);
    const bytes = new Uint8Array(await (reads?.[index] ?? file.arrayBuffer()));
    let entries: readonly { name: string; bytes: Uint8Array }[] = [{ name: file.name, bytes }];
    if (isZip(bytes)) {
      const unzipped = await unzip(file.name, bytes, signal);
      if (!unzipped.ok) return { ok: false, error: { message: unzipped.message } };
      entries = unzipped.entries;
    }
    for (const entry of entries) {
      total += entry.bytes.length;
      if (total > MAX_TOTAL_SIZE) return tooLarge(entry.name, total);
      const decoded = decodeImport(entry.bytes, entry.name);
      if (!decoded.ok) return decoded;
      files.push({ name: baseName(entry.name), text: decoded.text });
    }
  }
  if (files.length === 0) {
    return { ok: false, error: { message: 'There is no RCML document (.xml) to import.' } };
  }
  return { ok: true, files };
}

/**
 * Many small files (an import of hundreds of documents) are read all at once: one by one, each
 * read waits its turn on the browser's file thread, and that waiting was most of the import.
 * A choice larger than the limit is read one by one, so the limit stops it before it is all read.
 */
function readAllAtOnce(chosen: readonly File[]): Promise<ArrayBuffer>[] | undefined {
  const size = chosen.reduce((sum, file) => sum + file.size, 0);
  if (chosen.length < 2 || size > MAX_TOTAL_SIZE) return undefined;
  const reads = chosen.map((file) => file.arrayBuffer());
  // A refusal returns before every read is awaited: the rest must not report unhandled failures.
  for (const read of reads) read.catch(() => undefined);
  return reads;
}

function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function tooLarge(fileName: string, size: number): ReadFilesResult {
  return {
    ok: false,
    error: {
      message: `This is ${megabytes(size)} of documents; RCML Studio imports at most ${megabytes(MAX_TOTAL_SIZE)}.`,
      fileName,
    },
  };
}
