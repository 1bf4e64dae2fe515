/**
 * A sender that goes on uploading whatever the server answers, to any path (rawHttp.fixture's
 * `uploadRaw` posts to "/" only, the flow server's root): resolves with every byte received
 * until the socket closed.
 */
import { openRaw, writeRaw, type Upload } from '../../server/rawHttp.fixture';

export async function uploadTo(
  origin: string,
  path: string,
  upload: Upload,
): Promise<{ received: string; how: 'closed' | 'reset' | 'open' }> {
  const connection = await openRaw(origin);
  const { socket } = connection;
  const head = [
    `POST ${path} HTTP/1.1`,
    'Host: 127.0.0.1',
    'Content-Type: application/x-www-form-urlencoded',
    upload.chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${upload.bytes}`,
    ...(upload.close ? ['Connection: close'] : []),
    '',
    '',
  ].join('\r\n');
  const piece = Buffer.alloc(upload.chunkBytes, 0x61);
  const chunk = upload.chunked
    ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')])
    : piece;
  if (upload.readsAfterSending) socket.pause();
  let going = await writeRaw(socket, head);
  for (let sent = 0; going && sent < upload.bytes; sent += piece.length) {
    going = await writeRaw(socket, chunk);
  }
  if (going && upload.chunked) going = await writeRaw(socket, '0\r\n\r\n');
  if (going) socket.end();
  socket.resume();
  const { rest, how } = await connection.closed();
  socket.destroy();
  return { received: rest, how };
}
