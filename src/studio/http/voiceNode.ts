/**
 * The voice routes on node:http, ahead of Hono (one process, one port): a platform's request is
 * read and answered with Node's own objects, as flow-server.mjs answers it, by the same code
 * (src/server/nodeHttp.ts): the body is read up to its limit and no further; an answer given
 * before the body ended (a 413, or a GET with a body) is written at once, and the rest of the
 * body is read and thrown away for up to 5 s before the socket is closed, so that a sender still
 * uploading reads the answer instead of a reset.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerFailure, answerRequest } from '../../server/nodeHttp';
import type { VoiceService } from '../services/voice';

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

/** Answers a voice request on Node's objects; never throws. */
export function serveVoice(
  voice: VoiceService,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  request.on('error', () => undefined);
  response.on('error', () => undefined);
  answerRequest(request, response, urlOf, (call) => voice.answer(call)).catch(() =>
    answerFailure(response, 'The server could not answer this call. Try again in a moment.\n'),
  );
}
