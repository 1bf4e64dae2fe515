/**
 * HTTP written and read as bytes on a loopback socket, for the tests that need what `fetch`
 * hides: a body still being sent when the answer comes, garbage after a call, and exactly what a
 * socket receives before it closes. Test support, Node only.
 */
import { connect, type Socket } from 'node:net';

/** A connection that keeps every byte it receives, until it closes. */
type Ending = { rest: string; how: 'closed' | 'reset' | 'open' };

export interface RawConnection {
  readonly socket: Socket;
  /** The next complete response, head and body, or undefined if the socket closed first. */
  response(): Promise<string | undefined>;
  /** Resolves once the socket closes (or `ms` pass: then "open"): what arrived after the responses taken. */
  closed(ms?: number): Promise<Ending>;
}

/** Where a complete response (Content-Length or chunked) ends in `bytes`, or -1. */
function responseEnd(bytes: Buffer): number {
  const headEnd = bytes.indexOf('\r\n\r\n');
  if (headEnd < 0) return -1;
  const head = bytes.subarray(0, headEnd).toString();
  let at = headEnd + 4;
  if (!/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
    const end = at + Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
    return bytes.length >= end ? end : -1;
  }
  for (;;) {
    const lineEnd = bytes.indexOf('\r\n', at);
    if (lineEnd < 0) return -1;
    const size = parseInt(bytes.subarray(at, lineEnd).toString(), 16);
    at = lineEnd + 2 + size + 2;
    if (bytes.length < at) return -1;
    if (size === 0) return at;
  }
}

export function openRaw(origin: string): Promise<RawConnection> {
  const { hostname, port } = new URL(origin);
  const socket = connect(Number(port), hostname);
  let received = Buffer.alloc(0);
  let how: 'closed' | 'reset' = 'closed';
  let isClosed = false;
  const changed = new Set<() => void>();
  const notify = () => changed.forEach((listener) => listener());
  socket.on('data', (chunk: Buffer) => {
    received = Buffer.concat([received, chunk]);
    notify();
  });
  socket.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'ECONNRESET' || error.code === 'EPIPE') how = 'reset';
  });
  socket.on('close', () => {
    isClosed = true;
    notify();
  });
  const when = <T>(test: () => T | undefined, ms: number, otherwise: () => T): Promise<T> =>
    new Promise((resolve) => {
      const check = () => {
        const value = test();
        if (value === undefined) return;
        finish(value);
      };
      const finish = (value: T) => {
        clearTimeout(timer);
        changed.delete(check);
        resolve(value);
      };
      const timer = setTimeout(() => finish(otherwise()), ms);
      changed.add(check);
      check();
    });
  const connection: RawConnection = {
    socket,
    response: () =>
      when(
        () => {
          const end = responseEnd(received);
          if (end >= 0) {
            const text = received.subarray(0, end).toString();
            received = received.subarray(end);
            return { text };
          }
          return isClosed ? { text: undefined } : undefined;
        },
        30_000,
        () => ({ text: undefined }),
      ).then(({ text }) => text),
    closed: (ms = 30_000) =>
      when<Ending>(
        () => (isClosed ? { rest: received.toString(), how } : undefined),
        ms,
        () => ({ rest: received.toString(), how: 'open' }),
      ),
  };
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(connection));
    socket.once('error', reject);
  });
}

/** Writes, waiting for the socket to drain when its buffer is full; false once it is gone. */
export async function writeRaw(socket: Socket, data: string | Uint8Array): Promise<boolean> {
  if (socket.destroyed || !socket.writable) return false;
  if (socket.write(data)) return true;
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      socket.off('drain', onDrain).off('close', onClose);
      resolve(ok);
    };
    const onDrain = () => done(true);
    const onClose = () => done(false);
    socket.on('drain', onDrain).on('close', onClose);
  });
}

export interface Upload {
  readonly bytes: number;
  readonly chunkBytes: number;
  /** Transfer-Encoding: chunked, else Content-Length. */
  readonly chunked: boolean;
  readonly close: boolean;
  /** Reads nothing until the whole body is sent, as most HTTP clients do; else reads meanwhile. */
  readonly readsAfterSending: boolean;
}

/**
 * POSTs a body of `bytes` to `path` (the flow server's root unless given) in chunks, as fast as
 * the socket takes them, whatever the server answers meanwhile; then half-closes. Resolves with
 * everything received until the socket closed (what a reset dropped before it was read is not
 * there).
 */
export async function uploadRaw(
  origin: string,
  upload: Upload,
  path = '/',
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
