/**
 * HTTP on Node's own objects, as both Node servers answer it: flow-server.mjs (node.ts, bundled
 * into the download, so this module imports `node:http` only) and the RCML Studio server
 * (src/studio/server.ts and http/voiceNode.ts). The body is read up to its limit and no further;
 * an answer given before the body ended (a 413, or a GET with a body) is written at once, and the
 * rest of the body is read and thrown away for up to 5 s before the socket is closed, so that a
 * sender still uploading reads the answer instead of a reset. Garbage on a socket that already
 * carried a request closes it without a byte written; on a fresh socket it gets one plain 400.
 */
import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { Answer, BodyError, IncomingCall } from '../router';

const tooLarge = (limit: number): BodyError => ({
  status: 413,
  message: `The request body is larger than ${Math.round(limit / 1024)} KB.`,
});

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

/**
 * How long a sender may go on sending a body that was refused (or not needed) once its answer is
 * written. The socket is not closed under a body still arriving: the kernel would answer the
 * next bytes with a reset, and the reset can take the unread answer with it. A few seconds carry
 * 20 MB on a fair link; past them the connection is cut, so nobody holds it by sending slowly.
 */
const DISCARD_MS = 5000;

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

/** A request header, its repeats joined with ", "; null when absent. */
export function headerOf(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : (value ?? null);
}

const PLAIN = { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' };

/**
 * Answers a request with the router's `IncomingCall` on Node's objects: `answerCall` gets the
 * call (its URL as `urlOf` reads it), and its answer is written, while the body still arrives if it was
 * left unread (over the limit, or not needed for the answer), so that the sender can read it.
 * Resolves with the answer once it is written; rejects when `answerCall` does.
 */
export async function answerRequest(
  request: IncomingMessage,
  response: ServerResponse,
  urlOf: (request: IncomingMessage) => string,
  answerCall: (call: IncomingCall) => Promise<Answer>,
): Promise<Answer> {
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
  const result = await answerCall(call);
  if (bodyLeftUnread || !request.complete) answerWhileBodyArrives(request, response, result);
  else {
    response.writeHead(result.status, result.headers);
    response.end(result.body ?? undefined);
  }
  return result;
}

/** The last resort of a request: 500 with one sentence (`text`), if anything can still be sent. */
export function answerFailure(response: ServerResponse, text: string): void {
  try {
    if (!response.headersSent) {
      response.writeHead(500, { ...PLAIN, connection: 'close' });
      response.end(text);
    } else response.destroy();
  } catch {
    response.destroy();
  }
}

/**
 * A server with the connection handling both servers share: a platform's timeouts, and garbage
 * on a socket answered as the module comment says (`badRequest`: the plain 400's sentence).
 */
export function createHttpServer(listener: RequestListener, badRequest: string): Server {
  // Each socket's latest answer: a socket in here has carried a request.
  const lastAnswer = new WeakMap<object, ServerResponse>();
  const closing = new WeakSet<object>();
  const server = createServer(
    {
      // A platform sends its request at once: a request still arriving after 30 s is dropped.
      requestTimeout: 30_000,
      // Longer than the usual load balancer's idle timeout (60 s), so that the balancer, not
      // this server, closes idle connections and never reuses one the server just closed.
      keepAliveTimeout: 65_000,
      headersTimeout: 20_000,
    },
    (request, response) => {
      lastAnswer.set(request.socket, response);
      listener(request, response);
    },
  );
  server.on('clientError', (_error, socket) => {
    const last = lastAnswer.get(socket);
    if (last) {
      // After a request, whatever is written here lands where the next answer belongs: nothing
      // is, the answer under way (if any) finishes, and the connection closes.
      if (closing.has(socket)) return;
      closing.add(socket);
      if (last.writableFinished || last.destroyed) socket.destroy();
      else last.once('close', () => socket.destroy());
      return;
    }
    // Not HTTP at all (or a broken connection): one plain answer if the socket still listens.
    if (socket.writable && !socket.destroyed) {
      socket.end(
        `HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n${badRequest}\n`,
      );
    } else socket.destroy();
  });
  return server;
}
