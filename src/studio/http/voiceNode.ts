/**
 * The voice routes on node:http, ahead of Hono (one process, one port): a platform's request is
 * read and answered with Node's own objects, as flow-server.mjs answers it (src/server/node.ts,
 * whose hostile-testing fixes this repeats): the body is read up to its limit and no further;
 * an answer given before the body ended (a 413, or a GET with a body) is written at once, and
 * the rest of the body is read and thrown away for up to 5 s before the socket is closed, so
 * that a sender still uploading reads the answer instead of a reset.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Answer, BodyError, IncomingCall } from '../../router';
import type { VoiceService } from '../services/voice';

const tooLarge = (limit: number): BodyError => ({
  status: 413,
  message: `The request body is larger than ${Math.round(limit / 1024)} KB.`,
});

/** How long a sender may go on sending a body that was refused, once the answer is written. */
const DISCARD_MS = 5000;

/**
 * The body, or 413 as soon as it passes the limit: reading stops there (the stream is paused and
 * left, not destroyed, so that the 413 still reaches the caller) and nothing more is buffered.
 */
function readBody(request: IncomingMessage, limit: number): Promise<Uint8Array | BodyError> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: Uint8Array | BodyError) => {
      request.off('data', onData).off('end', onEnd).off('error', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > limit) {
        request.pause();
        finish(tooLarge(limit));
      } else chunks.push(chunk);
    };
    const onEnd = () => finish(Buffer.concat(chunks, size));
    const onError = () => finish({ status: 400, message: 'The request body could not be read.' });
    request.on('data', onData).on('end', onEnd).on('error', onError);
  });
}

/** Writes the whole answer now, but ends it (and so lets the socket close) when the body ends. */
function answerWhileBodyArrives(
  request: IncomingMessage,
  response: ServerResponse,
  { status, headers, body }: Answer,
): void {
  const length = body === null ? {} : { 'content-length': String(Buffer.byteLength(body)) };
  response.writeHead(status, { ...headers, ...length });
  if (body) response.write(body);
  else response.flushHeaders();
  const done = () => {
    clearTimeout(timer);
    request.off('end', done).off('close', done);
    response.end();
  };
  const timer = setTimeout(() => {
    done();
    request.socket.destroy();
  }, DISCARD_MS);
  request.on('end', done).on('close', done);
  if (request.destroyed) done();
  else request.resume();
}

function headerOf(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : (value ?? null);
}

/** The absolute URL called. X-Forwarded-Proto is not read (PUBLIC_ORIGIN says https). */
function urlOf(request: IncomingMessage): string {
  const target = request.url ?? '/';
  for (const host of [request.headers.host ?? 'localhost', 'localhost']) {
    try {
      return new URL(`http://${host}${target}`).href;
    } catch {
      // A Host header that is not a host: try the next.
    }
  }
  return target;
}

const PLAIN = { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' };

async function respond(
  voice: VoiceService,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  let bodyLeftUnread = false;
  const call: IncomingCall = {
    method: request.method ?? 'GET',
    url: urlOf(request),
    header: (name) => headerOf(request, name),
    readBody: async (limit) => {
      const body = await readBody(request, limit);
      bodyLeftUnread = !(body instanceof Uint8Array);
      return body;
    },
  };
  const result = await voice.answer(call);
  if (bodyLeftUnread || !request.complete) answerWhileBodyArrives(request, response, result);
  else {
    response.writeHead(result.status, result.headers);
    response.end(result.body ?? undefined);
  }
}

/** Answers a voice request on Node's objects; never throws. */
export function serveVoice(
  voice: VoiceService,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  request.on('error', () => undefined);
  response.on('error', () => undefined);
  respond(voice, request, response).catch(() => {
    try {
      if (!response.headersSent) {
        response.writeHead(500, { ...PLAIN, connection: 'close' });
        response.end('The server could not answer this call. Try again in a moment.\n');
      } else response.destroy();
    } catch {
      response.destroy();
    }
  });
}
