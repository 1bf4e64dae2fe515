/**
 * A request's JSON body, read with its size limit enforced while reading: a Content-Length over
 * the limit is refused before reading, and a body that has no Content-Length (chunked) or
 * claims less than it sends is cut off as soon as it passes the limit. Nothing past the limit
 * is kept.
 */
import { fail, type Failure } from '../services/failure';
import type { Fields } from '../services/input';
import type { StudioHttpContext } from './env';

const KiB = 1024;
const MiB = 1024 * KiB;

/** Bodies of every route but a flow's create and save. */
export const SMALL_BODY_LIMIT = 16 * KiB;
/** A flow's create and save (a 1,000-verb flow is about 0.3 MiB). */
export const FLOW_BODY_LIMIT = 8 * MiB;

const sizeText = (bytes: number) => (bytes >= MiB ? `${bytes / MiB} MiB` : `${bytes / KiB} KiB`);

const tooLarge = (limit: number) =>
  fail('too-large', `This request is too large (the limit is ${sizeText(limit)}).`);

const JSON_TYPE = /^application\/json\s*(;|$)/i;

async function readLimited(
  body: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Buffer | Failure> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks, size);
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return tooLarge(limit);
    }
    chunks.push(value);
  }
}

export async function readJsonBody(c: StudioHttpContext, limit: number): Promise<Fields | Failure> {
  if (!JSON_TYPE.test(c.req.header('content-type') ?? '')) {
    return fail('not-json', 'Send the body as JSON (Content-Type: application/json).');
  }
  const declared = Number(c.req.header('content-length'));
  if (declared > limit) return tooLarge(limit);
  const stream = c.req.raw.body;
  const bytes = stream === null ? Buffer.alloc(0) : await readLimited(stream, limit);
  if (!Buffer.isBuffer(bytes)) return bytes;
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return fail('invalid', 'The request body is not valid JSON.');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('invalid', 'The request body must be a JSON object.');
  }
  return data as Fields;
}
