/**
 * A zip's RCML documents, unpacked within limits counted on the bytes actually produced. A zip's
 * own size fields can lie (a zip bomb declares its entries empty, or points many entries at one
 * stream), so they are never trusted: each entry is inflated in small slices, every produced
 * byte is counted per document and in total, and unpacking stops at the first limit crossed.
 *
 * Plain and synchronous, so that it runs in Node tests as it is; the app runs it in a worker
 * (unzip.worker.ts) so that even the work up to a limit never blocks the page.
 */
import { Inflate, strFromU8 } from 'fflate';
import {
  MAX_DOCUMENT_SIZE,
  MAX_IMPORT_DOCUMENTS,
  MAX_TOTAL_SIZE,
  megabytes,
} from '../../xml/parse/limits';

export interface ZipEntry {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface UnzipLimits {
  /** Documents (.xml entries) in one zip. */
  readonly documents: number;
  /** Bytes one document may unpack to. */
  readonly documentBytes: number;
  /** Bytes all of the zip's documents may unpack to together. */
  readonly totalBytes: number;
}

export const IMPORT_LIMITS: UnzipLimits = {
  documents: MAX_IMPORT_DOCUMENTS,
  documentBytes: MAX_DOCUMENT_SIZE,
  totalBytes: MAX_TOTAL_SIZE,
};

/** `inflated`: bytes produced before the zip was read or refused (kept bounded by the limits). */
export type UnzipResult =
  | { readonly ok: true; readonly entries: readonly ZipEntry[]; readonly inflated: number }
  | { readonly ok: false; readonly message: string; readonly inflated: number };

/**
 * Compressed bytes fed to the inflater at a time. Deflate expands at most about 1,032 times, so
 * one slice produces at most about 4 MB before the count is checked again.
 */
const SLICE = 4 * 1024;

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const STORED = 0;
const DEFLATED = 8;

interface DirectoryEntry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly compressedSize: number;
  readonly localHeaderAt: number;
}

/** Thrown inside the reader for a zip whose structure does not hold together. */
class Damaged extends Error {}

/** Unpacks the .xml documents of `zip` (named `zipName` in messages), within `limits`. */
export function unzipDocuments(
  zipName: string,
  zip: Uint8Array,
  limits: UnzipLimits = IMPORT_LIMITS,
): UnzipResult {
  let inflated = 0;
  const refuse = (message: string): UnzipResult => ({ ok: false, message, inflated });
  const quoted = `“${zipName}”`;
  try {
    const documents = readDirectory(zip)
      .filter((entry) => isDocument(entry.name))
      .sort((a, b) => a.name.localeCompare(b.name));
    if (documents.length > limits.documents) {
      return refuse(
        `${quoted} holds ${documents.length} documents; RCML Studio imports at most ${limits.documents} at a time.`,
      );
    }
    const entries: ZipEntry[] = [];
    for (const entry of documents) {
      if (entry.flags & 1)
        return refuse(`In ${quoted}, “${entry.name}” is protected by a password.`);
      const produced = unpack(zip, entry, {
        entryLimit: limits.documentBytes,
        totalLeft: limits.totalBytes - inflated,
      });
      inflated += produced.count;
      if (produced.over === undefined) entries.push({ name: entry.name, bytes: produced.bytes });
      else return refuse(overMessage(produced.over, quoted, entry.name, limits));
    }
    return { ok: true, entries, inflated };
  } catch {
    return refuse(`${quoted} is damaged and cannot be read.`);
  }
}

function overMessage(over: Over, zip: string, entryName: string, limits: UnzipLimits): string {
  switch (over) {
    case 'entry':
      return `In ${zip}, “${entryName}” unpacks to more than ${megabytes(limits.documentBytes)}, the most one document can be.`;
    case 'total':
      return `The documents in ${zip} unpack to more than ${megabytes(limits.totalBytes)}, the most RCML Studio imports at a time.`;
    case 'method':
      return `In ${zip}, “${entryName}” is compressed in a way RCML Studio cannot read.`;
  }
}

function isDocument(name: string): boolean {
  return name.toLowerCase().endsWith('.xml') && !name.startsWith('__MACOSX/');
}

/** Why an entry was not unpacked: over the document limit, over the total, unknown method. */
type Over = 'entry' | 'total' | 'method';

type Produced =
  | { readonly count: number; readonly over?: undefined; readonly bytes: Uint8Array }
  | { readonly count: number; readonly over: Over };

/**
 * Inflates one entry slice by slice, counting what comes out. The chunk that crosses a limit is
 * counted but not kept, and no further slice is fed.
 */
function unpack(
  zip: Uint8Array,
  entry: DirectoryEntry,
  { entryLimit, totalLeft }: { entryLimit: number; totalLeft: number },
): Produced {
  const data = entryData(zip, entry);
  const limit = Math.min(entryLimit, totalLeft);
  const overWhich = () => (entryLimit <= totalLeft ? 'entry' : 'total');
  if (entry.method === STORED) {
    if (data.length > limit) return { count: data.length, over: overWhich() };
    return { count: data.length, bytes: data.slice() };
  }
  if (entry.method !== DEFLATED) return { count: 0, over: 'method' };

  const chunks: Uint8Array[] = [];
  let count = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    count += chunk.length;
    if (count > limit) over = true;
    else if (chunk.length > 0) chunks.push(chunk);
  });
  for (let at = 0; at < data.length && !over; at += SLICE) {
    const end = Math.min(at + SLICE, data.length);
    inflater.push(data.subarray(at, end), end === data.length);
  }
  if (over) return { count, over: overWhich() };
  if (data.length === 0) return { count: 0, bytes: new Uint8Array(0) };
  return { count, bytes: joined(chunks, count) };
}

function joined(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The entry's compressed bytes, found through its local header; never past the file's end. */
function entryData(zip: Uint8Array, entry: DirectoryEntry): Uint8Array {
  const view = viewOf(zip);
  const at = entry.localHeaderAt;
  if (at + 30 > zip.length || view.getUint32(at, true) !== LOCAL_HEADER) throw new Damaged();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start > zip.length) throw new Damaged();
  return zip.subarray(start, Math.min(start + entry.compressedSize, zip.length));
}

/**
 * The central directory: every entry's name, method, compressed size and where its data is, as
 * every unzip tool reads them (a zip is read from its end). ZIP64 is followed where it is used.
 */
function readDirectory(zip: Uint8Array): DirectoryEntry[] {
  const view = viewOf(zip);
  const endAt = findEndOfDirectory(zip, view);
  let count = view.getUint16(endAt + 10, true);
  let at = view.getUint32(endAt + 16, true);
  if ((count === 0xffff || at === 0xffffffff) && endAt >= 20) {
    const locatorAt = endAt - 20;
    if (view.getUint32(locatorAt, true) === ZIP64_LOCATOR) {
      const zip64At = safeNumber(view, locatorAt + 8);
      if (zip64At + 56 > zip.length || view.getUint32(zip64At, true) !== ZIP64_END) {
        throw new Damaged();
      }
      count = safeNumber(view, zip64At + 32);
      at = safeNumber(view, zip64At + 48);
    }
  }
  const entries: DirectoryEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== CENTRAL_HEADER) throw new Damaged();
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameBytes = zip.subarray(at + 46, at + 46 + nameLength);
    const extra = zip.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    let compressedSize = view.getUint32(at + 20, true);
    let localHeaderAt = view.getUint32(at + 42, true);
    if (compressedSize === 0xffffffff || localHeaderAt === 0xffffffff) {
      const wide = zip64Sizes(extra, view.getUint32(at + 24, true), compressedSize, localHeaderAt);
      compressedSize = wide.compressedSize;
      localHeaderAt = wide.localHeaderAt;
    }
    entries.push({
      // Bit 11: the name is UTF-8; otherwise it is an old code page, read as Latin-1.
      name: strFromU8(nameBytes, !(flags & 0x800)),
      flags,
      method: view.getUint16(at + 10, true),
      compressedSize,
      localHeaderAt,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfDirectory(zip: Uint8Array, view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= earliest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw new Damaged();
}

/** ZIP64 extra field (id 1): the 64-bit sizes and offset, each present only where needed. */
function zip64Sizes(
  extra: Uint8Array,
  originalSize: number,
  compressedSize: number,
  localHeaderAt: number,
): { compressedSize: number; localHeaderAt: number } {
  const view = viewOf(extra);
  for (let at = 0; at + 4 <= extra.length; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== 1) continue;
    let field = at + 4;
    if (originalSize === 0xffffffff) field += 8;
    if (compressedSize === 0xffffffff) {
      compressedSize = safeNumber(view, field);
      field += 8;
    }
    if (localHeaderAt === 0xffffffff) localHeaderAt = safeNumber(view, field);
    return { compressedSize, localHeaderAt };
  }
  throw new Damaged();
}

function safeNumber(view: DataView, at: number): number {
  const value = view.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Damaged();
  return Number(value);
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
