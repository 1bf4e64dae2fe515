/**
 * The studio on node:http: one server, one port. /voice is answered ahead of Hono
 * (http/voiceNode.ts), everything else by the Hono app. Connections are handled as
 * flow-server.mjs handles them (src/server/node.ts): the same timeouts, and garbage on a
 * socket that already carried a request closes it without a byte written, where the next
 * request's answer belongs; on a fresh socket it gets one plain 400.
 */
import { getRequestListener } from '@hono/node-server';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { Studio } from './app';
import { serveVoice } from './http/voiceNode';
import { isVoicePath } from './services/voice';

const BAD_REQUEST =
  'HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\nThis is not an HTTP request the server can read.\n';

export function createStudioServer(studio: Studio): Server {
  const hono = getRequestListener(studio.app.fetch);
  // Each socket's latest answer: a socket in here has carried a request.
  const lastAnswer = new WeakMap<object, ServerResponse>();
  const closing = new WeakSet<object>();
  const server = createServer(
    {
      // A platform sends its request at once: a request still arriving after 30 s is dropped.
      requestTimeout: 30_000,
      // Longer than the usual load balancer's idle timeout (60 s), so that the balancer closes
      // idle connections and never reuses one the server just closed.
      keepAliveTimeout: 65_000,
      headersTimeout: 20_000,
    },
    (request, response) => {
      lastAnswer.set(request.socket, response);
      const path = request.url ?? '/';
      if (isVoicePath(path.split('?', 1)[0]!)) serveVoice(studio.voice, request, response);
      else void hono(request, response);
    },
  );
  server.on('clientError', (_error, socket) => {
    const last = lastAnswer.get(socket);
    if (last) {
      if (closing.has(socket)) return;
      closing.add(socket);
      // The answer under way (if any) finishes, then the connection closes; nothing is written.
      if (last.writableFinished || last.destroyed) socket.destroy();
      else last.once('close', () => socket.destroy());
      return;
    }
    if (socket.writable && !socket.destroyed) socket.end(BAD_REQUEST);
    else socket.destroy();
  });
  return server;
}
