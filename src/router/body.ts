/**
 * Reads a request's parameters as the platforms send them, with web-standard APIs only:
 * the query string, `application/x-www-form-urlencoded`, `multipart/form-data` and JSON.
 */
import { declaredCharset, decoderFor, formFieldsIn, isUtf8 } from './charset';
import { requestFromJson, requestFromParams, type CallRequest } from './request';

export interface BodyError {
  readonly status: 400 | 413 | 415;
  readonly message: string;
}

const tooLarge = (limit: number): BodyError => ({
  status: 413,
  message: `The request body is larger than ${Math.round(limit / 1024)} KB.`,
});

/** Joins chunks into one array, or 413 as soon as their total goes over the limit. */
export async function collectBytes(
  chunks: AsyncIterable<Uint8Array>,
  limit: number,
): Promise<Uint8Array | BodyError> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.byteLength;
    if (size > limit) return tooLarge(limit);
    parts.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}

/** A web stream as chunks; browsers do not all make ReadableStream async-iterable yet. */
async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // Stops reading when the limit is passed; the rest of the body is never buffered.
    await reader.cancel().catch(() => undefined);
  }
}

/** The raw body of a web `Request`, or 413 once it is known to be over the limit. */
export async function readRequestBody(
  request: Request,
  limit: number,
): Promise<Uint8Array | BodyError> {
  const declared = declaredTooLarge(request.headers.get('content-length'), limit);
  if (declared) return declared;
  return request.body ? collectBytes(chunksOf(request.body), limit) : new Uint8Array(0);
}

/** 413 from the declared length alone, before any byte is read. */
export function declaredTooLarge(
  contentLength: string | null,
  limit: number,
): BodyError | undefined {
  return Number(contentLength ?? 0) > limit ? tooLarge(limit) : undefined;
}

function text(bytes: Uint8Array, decoder = new TextDecoder('utf-8', { fatal: true })) {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

const notText = (decoder?: TextDecoder): BodyError => ({
  status: 400,
  message: `The request body is not valid ${decoder?.encoding.toUpperCase() ?? 'UTF-8'} text.`,
});

/** A charset name is letters, digits and a few marks; anything else is not repeated back. */
function unreadCharset(charset: string): BodyError {
  const named = /^[\w.:()+-]{0,40}$/.test(charset) ? ` “${charset}”` : '';
  return {
    status: 415,
    message: `The request body’s charset${named} is not one this server reads; send UTF-8.`,
  };
}

/** The call request from the query string and the body, or why it cannot be read. */
export async function parseParameters(
  query: URLSearchParams,
  bytes: Uint8Array,
  contentType: string | null,
): Promise<CallRequest | BodyError> {
  if (bytes.length === 0) return requestFromParams(query, query.toString() ? 'query' : 'none');
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const isForm = type === 'application/x-www-form-urlencoded';
  const isJson = type === 'application/json' || type.endsWith('+json');
  // Forms and JSON are text in the charset they declare: UTF-8 unless another one is named.
  let decoder: TextDecoder | undefined;
  if (isForm || isJson) {
    const charset = declaredCharset(contentType ?? '');
    if (!isUtf8(charset)) {
      decoder = decoderFor(charset!);
      if (!decoder) return unreadCharset(charset!);
    }
  }
  if (isForm) {
    if (decoder) {
      const fields = formFieldsIn(bytes, decoder);
      if (!fields) return notText(decoder);
      return requestFromParams([...query, ...fields], 'form');
    }
    const body = text(bytes);
    if (body === undefined) return notText();
    return requestFromParams([...query, ...new URLSearchParams(body)], 'form');
  }
  if (type === 'multipart/form-data') {
    try {
      const headers = { 'content-type': contentType ?? '' };
      const form = await new Response(bytes as Uint8Array<ArrayBuffer>, { headers }).formData();
      const fields = [...form].flatMap(([name, value]): [string, string][] =>
        typeof value === 'string' ? [[name, value]] : [],
      );
      return requestFromParams([...query, ...fields], 'multipart');
    } catch {
      return { status: 400, message: 'The form body could not be read (broken multipart data).' };
    }
  }
  if (isJson) {
    const body = text(bytes, decoder);
    if (body === undefined) return notText(decoder);
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return { status: 400, message: 'The request body is not valid JSON.' };
    }
    const parsed = requestFromJson(value);
    return 'error' in parsed ? { status: 400, message: parsed.error } : parsed;
  }
  return {
    status: 415,
    message:
      'Send the call parameters as a query string, a form (url-encoded or multipart) or JSON.',
  };
}
