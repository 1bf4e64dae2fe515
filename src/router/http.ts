/**
 * The flow server's request handler. `answer` works on plain parts (method, URL, headers, a body
 * reader), so a Node entry can feed it from `node:http` without building web objects; `handle`
 * is the web-standard `fetch(Request) → Response` for Cloudflare Workers, Deno, Bun, Vercel and
 * Netlify. Neither throws nor shows a stack: every failure is a status and one sentence.
 */
import { declaredTooLarge, parseParameters, readRequestBody, type BodyError } from './body';
import { ZoneClock } from './clock';
import type { RequestFormat } from './request';
import { importEnfonicaKey, verifyEnfonicaSignature } from './signature';
import { hasPath, route, type DecisionStep, type RouteTable } from './table';

export const MAX_BODY_BYTES = 64 * 1024;

export interface HandleOptions {
  /** A prefix the platform adds before the flow's paths (e.g. `/api/flow` on Netlify). */
  readonly basePath?: string;
  readonly maxBodyBytes?: number;
  /** The Console's VoiceML signing key (base64): when set, every request must be signed. */
  readonly enfonicaSigningKey?: string | CryptoKey;
  /** Scheme and host the platform called (`https://flows.example.com`) when a proxy changes them. */
  readonly publicOrigin?: string;
  /** Put the caller's number, the called number and the keys pressed in the log. Off by default. */
  readonly logCallerData?: boolean;
  readonly now?: () => Date;
  /** Owned by the server and reused across requests. */
  readonly clock?: ZoneClock;
  readonly onLog?: (record: RequestLog) => void;
}

/** One line of log per request: what was asked and what was decided, no caller data by default. */
export interface RequestLog {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly format?: RequestFormat;
  readonly decisions: readonly DecisionStep[];
  /** The document served; null when an unconnected outlet ended the call. */
  readonly document?: string | null;
  readonly error?: string;
  readonly caller?: { from: string; to: string; digits: string; dialCallStatus: string };
}

/** A request as plain parts, whatever server received it. */
export interface IncomingCall {
  readonly method: string;
  /** Absolute URL as the server saw it. */
  readonly url: string;
  header(name: string): string | null;
  /** The body, at most `limit` bytes, else 413 (see `collectBytes`). */
  readBody(limit: number): Promise<Uint8Array | BodyError>;
}

export interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Null for HEAD. */
  readonly body: string | null;
  readonly log: RequestLog;
}

const TEXT = { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' };
const XML = { 'content-type': 'text/xml; charset=utf-8', 'cache-control': 'no-store' };

function pathOf(url: URL, basePath: string): string {
  const base = basePath.replace(/\/+$/, '');
  const path = url.pathname;
  if (base && (path === base || path.startsWith(`${base}/`))) return path.slice(base.length) || '/';
  return path;
}

async function signatureProblem(
  call: IncomingCall,
  url: URL,
  bytes: Uint8Array,
  options: HandleOptions,
): Promise<string | undefined> {
  const given = options.enfonicaSigningKey;
  if (given === undefined) return undefined;
  const key = typeof given === 'string' ? await importEnfonicaKey(given) : given;
  if (!key) return 'The server’s Enfonica signing key is not the base64 value the Console shows.';
  const origin = options.publicOrigin?.replace(/\/+$/, '') ?? url.origin;
  const signedUrl = `${origin}${url.pathname}${url.search}`;
  const event = call.header('x-enfonica-event') ?? '';
  const valid = await verifyEnfonicaSignature(
    key,
    signedUrl,
    event,
    bytes,
    call.header('x-enfonica-signature'),
  );
  return valid ? undefined : 'The request’s Enfonica signature is missing or wrong.';
}

/** Answers one request and says what happened; never throws. */
export async function answer(
  table: RouteTable,
  call: IncomingCall,
  options: HandleOptions = {},
): Promise<Answer> {
  const method = call.method.toUpperCase();
  let path = '';
  const fail = (status: number, error: string, extra: Record<string, string> = {}): Answer => ({
    status,
    headers: { ...TEXT, ...extra },
    body: `${error}\n`,
    log: { method, path, status, decisions: [], error },
  });
  try {
    const url = new URL(call.url);
    path = pathOf(url, options.basePath ?? '');
    if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') {
      return fail(405, 'Only GET and POST requests are answered here.', {
        allow: 'GET, HEAD, POST',
      });
    }
    const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
    const declared = declaredTooLarge(call.header('content-length'), limit);
    if (declared) return fail(declared.status, declared.message);
    const bytes = method === 'POST' ? await call.readBody(limit) : new Uint8Array(0);
    if (!(bytes instanceof Uint8Array)) return fail(bytes.status, bytes.message);
    // The signature before the path: an unsigned caller learns nothing of which addresses exist.
    const forbidden = await signatureProblem(call, url, bytes, options);
    if (forbidden) return fail(forbidden.startsWith('The server') ? 500 : 403, forbidden);
    if (!hasPath(table, path)) return fail(404, `No page at ${path} in this flow.`);
    const parsed = await parseParameters(url.searchParams, bytes, call.header('content-type'));
    if (!('format' in parsed)) return fail(parsed.status, parsed.message);
    const now = options.now?.() ?? new Date();
    const result = route(table, path, parsed, now, { clock: options.clock ?? new ZoneClock() });
    const { from, to, digits, dialCallStatus } = parsed;
    const caller = options.logCallerData ? { caller: { from, to, digits, dialCallStatus } } : {};
    const log = { method, path, format: parsed.format, decisions: result.steps, ...caller };
    if (!result.ok) {
      return {
        ...fail(result.status, result.message),
        log: { ...log, status: result.status, error: result.message },
      };
    }
    return {
      status: 200,
      headers: XML,
      body: method === 'HEAD' ? null : result.xml,
      log: { ...log, status: 200, document: result.path },
    };
  } catch {
    return fail(500, 'The flow server could not answer this request.');
  }
}

/** A web `Request` as plain parts. */
export function incomingRequest(request: Request): IncomingCall {
  return {
    method: request.method,
    url: request.url,
    header: (name) => request.headers.get(name),
    readBody: (limit) => readRequestBody(request, limit),
  };
}

/** Answers a web `Request` with a `Response`, and says what happened. */
export async function serve(
  table: RouteTable,
  request: Request,
  options: HandleOptions = {},
): Promise<{ response: Response; log: RequestLog }> {
  const { status, headers, body, log } = await answer(table, incomingRequest(request), options);
  return { response: new Response(body, { status, headers }), log };
}

/** `fetch(Request) → Response`, logging through `options.onLog`. */
export async function handle(
  table: RouteTable,
  request: Request,
  options: HandleOptions = {},
): Promise<Response> {
  const { response, log } = await serve(table, request, options);
  try {
    options.onLog?.(log);
  } catch {
    // A broken logger must not cost the caller their call.
  }
  return response;
}

/**
 * A handler that owns one clock and one imported signing key for all its requests: what a server
 * exports as `fetch`.
 */
export function createHandler(
  table: RouteTable,
  options: HandleOptions = {},
): (request: Request) => Promise<Response> {
  const clock = options.clock ?? new ZoneClock();
  const given = options.enfonicaSigningKey;
  const key = typeof given === 'string' ? importEnfonicaKey(given) : undefined;
  return async (request) => {
    const signing = key ? ((await key) ?? given) : given;
    return handle(table, request, { ...options, clock, enfonicaSigningKey: signing });
  };
}
