/**
 * Files the user chose or dropped, as texts for the importer: XML files as they are, a zip's XML
 * entries (the zip library is loaded only for zips). Sizes are checked before anything is
 * inflated, so a zip bomb is refused rather than unpacked.
 */
import { decodeImport, MAX_TOTAL_SIZE, type ImportError, type ImportFile } from '../../xml/parse';

export type ReadFilesResult =
  | { readonly ok: true; readonly files: readonly ImportFile[] }
  | { readonly ok: false; readonly error: ImportError };

const MAX_ZIP_ENTRIES = 200;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export async function readImportFiles(chosen: readonly File[]): Promise<ReadFilesResult> {
  const files: ImportFile[] = [];
  let total = 0;
  for (const file of chosen) {
    if (file.size > MAX_TOTAL_SIZE) return tooLarge(file.name, file.size);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const entries = isZip(bytes) ? await unzip(file.name, bytes) : [{ name: file.name, bytes }];
    if (!Array.isArray(entries)) return entries;
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

type Entry = { name: string; bytes: Uint8Array };

async function unzip(zipName: string, bytes: Uint8Array): Promise<Entry[] | ReadFilesResult> {
  const { unzipSync } = await import('fflate');
  let count = 0;
  let declared = 0;
  let refusal: string | undefined;
  try {
    const entries = unzipSync(bytes, {
      // Decide from the zip's own directory, before inflating anything.
      filter: (file) => {
        if (!file.name.toLowerCase().endsWith('.xml') || file.name.startsWith('__MACOSX/')) {
          return false;
        }
        count += 1;
        declared += file.originalSize;
        if (count > MAX_ZIP_ENTRIES) refusal = `it holds more than ${MAX_ZIP_ENTRIES} documents`;
        else if (declared > MAX_TOTAL_SIZE) refusal = 'its documents are too large in total';
        return refusal === undefined;
      },
    });
    if (refusal) return refused(zipName, `Cannot import this zip: ${refusal}.`);
    return Object.entries(entries)
      .map(([name, data]) => ({ name, bytes: data }))
      .sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return refused(zipName, 'This zip file is damaged and cannot be read.');
  }
}

function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function refused(fileName: string, message: string): ReadFilesResult {
  return { ok: false, error: { message, fileName } };
}

function tooLarge(fileName: string, size: number): ReadFilesResult {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return refused(
    fileName,
    `This is ${mb(size)} MB of documents; RCML Studio imports at most ${mb(MAX_TOTAL_SIZE)} MB.`,
  );
}
