/**
 * The studio on node:http: one server, one port. /voice is answered ahead of Hono
 * (http/voiceNode.ts), everything else by the Hono app. Connections are handled as
 * flow-server.mjs handles them, by the same code (src/server/nodeHttp.ts): the same timeouts,
 * and garbage on a socket that already carried a request closes it without a byte written,
 * where the next request's answer belongs; on a fresh socket it gets one plain 400.
 */
import { getRequestListener } from '@hono/node-server';
import type { Server } from 'node:http';
import { createHttpServer } from '../server/nodeHttp';
import type { Studio } from './app';
import { serveVoice } from './http/voiceNode';
import { isVoicePath } from './services/voice';

export function createStudioServer(studio: Studio): Server {
  const hono = getRequestListener(studio.app.fetch);
  return createHttpServer((request, response) => {
    const path = request.url ?? '/';
    if (isVoicePath(path.split('?', 1)[0]!)) serveVoice(studio.voice, request, response);
    else void hono(request, response);
  }, 'This is not an HTTP request the server can read.');
}
