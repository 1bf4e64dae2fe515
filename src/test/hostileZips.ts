/**
 * Zips for tests and benchmarks, honest and hostile. fflate writes a correct zip; the hostile
 * ones are that zip with its size fields patched to lie, or with many directory entries
 * pointing at one compressed stream, as zip bombs do.
 */
import { zipSync, type Zippable } from 'fflate';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;

/** A correct zip of the given files (text is written as UTF-8). */
export function zipOf(files: Readonly<Record<string, string | Uint8Array>>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(files)) {
    zippable[name] = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  }
  return zipSync(zippable, { level: 9 });
}

/** `megabytes` of one repeated XML-looking line: compresses about a thousandfold. */
export function bulkyDocument(megabytes: number): Uint8Array {
  const bytes = new Uint8Array(megabytes * 1024 * 1024);
  const line = new TextEncoder().encode('<Say>Hello</Say>\n');
  for (let i = 0; i < bytes.length; i += line.length)
    bytes.set(line.subarray(0, bytes.length - i), i);
  return bytes;
}

/**
 * A zip of one document, d000.xml, that claims to be empty but unpacks to `megabytes` MB
 * (compressing 64 MB takes a few seconds: build it once per test file).
 */
export function bomb(megabytes: number): Uint8Array {
  return withLyingSizes(zipOf({ 'd000.xml': bulkyDocument(megabytes) }));
}

/** The same zip with every entry claiming, in both headers, to unpack to `claimed` bytes. */
export function withLyingSizes(zip: Uint8Array, claimed = 0): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === LOCAL_HEADER) view.setUint32(i + 22, claimed, true);
    else if (signature === CENTRAL_HEADER) view.setUint32(i + 24, claimed, true);
  }
  return out;
}

/**
 * `count` documents (d000.xml, d001.xml…) that all point at the one compressed stream of
 * `single`, a zip of one entry named d000.xml (see bomb), each claiming to unpack to nothing:
 * one stream, inflated once per entry.
 */
export function sharingOneStream(single: Uint8Array, count: number): Uint8Array {
  const view = new DataView(single.buffer, single.byteOffset, single.byteLength);
  const endAt = single.length - 22;
  const directoryAt = view.getUint32(endAt + 16, true);
  if (view.getUint32(endAt, true) !== END_OF_DIRECTORY) throw new Error('unexpected zip layout');
  const local = single.subarray(0, directoryAt);
  const record = withLyingSizes(single.subarray(directoryAt, endAt));
  const records = new Uint8Array(record.length * count);
  const nameAt = 46;
  for (let n = 0; n < count; n++) {
    const copy = record.slice();
    copy.set(new TextEncoder().encode(String(n).padStart(3, '0')), nameAt + 1);
    records.set(copy, n * record.length);
  }
  const end = single.slice(endAt);
  const endView = new DataView(end.buffer);
  endView.setUint16(8, count, true);
  endView.setUint16(10, count, true);
  endView.setUint32(12, records.length, true);
  const out = new Uint8Array(local.length + records.length + end.length);
  out.set(local, 0);
  out.set(records, local.length);
  out.set(end, local.length + records.length);
  return out;
}

/**
 * A zip of one entry rewritten as ZIP64, as some tools write even small zips: the directory's
 * compressed size and offset moved into a ZIP64 extra field, and a ZIP64 end record.
 */
export function asZip64(single: Uint8Array): Uint8Array {
  const view = new DataView(single.buffer, single.byteOffset, single.byteLength);
  const endAt = single.length - 22;
  const directoryAt = view.getUint32(endAt + 16, true);
  const record = single.slice(directoryAt, endAt);
  const recordView = new DataView(record.buffer);
  const compressedSize = recordView.getUint32(20, true);
  const localAt = recordView.getUint32(42, true);
  recordView.setUint32(20, 0xffffffff, true);
  recordView.setUint32(42, 0xffffffff, true);
  recordView.setUint16(30, recordView.getUint16(30, true) + 20, true);
  const extra = new DataView(new ArrayBuffer(20));
  extra.setUint16(0, 1, true);
  extra.setUint16(2, 16, true);
  extra.setBigUint64(4, BigInt(compressedSize), true);
  extra.setBigUint64(12, BigInt(localAt), true);
  const directory = new Uint8Array(record.length + 20);
  directory.set(record, 0);
  directory.set(new Uint8Array(extra.buffer), record.length);

  const zip64EndAt = directoryAt + directory.length;
  const tail = new DataView(new ArrayBuffer(56 + 20 + 22));
  tail.setUint32(0, 0x06064b50, true);
  tail.setBigUint64(4, 44n, true);
  tail.setBigUint64(24, 1n, true);
  tail.setBigUint64(32, 1n, true);
  tail.setBigUint64(40, BigInt(directory.length), true);
  tail.setBigUint64(48, BigInt(directoryAt), true);
  tail.setUint32(56, 0x07064b50, true);
  tail.setBigUint64(64, BigInt(zip64EndAt), true);
  tail.setUint32(72, 1, true);
  tail.setUint32(76, END_OF_DIRECTORY, true);
  tail.setUint16(84, 0xffff, true);
  tail.setUint16(86, 0xffff, true);
  tail.setUint32(88, 0xffffffff, true);
  tail.setUint32(92, 0xffffffff, true);

  const out = new Uint8Array(zip64EndAt + tail.byteLength);
  out.set(single.subarray(0, directoryAt), 0);
  out.set(directory, directoryAt);
  out.set(new Uint8Array(tail.buffer), zip64EndAt);
  return out;
}
