/**
 * The flow server's request handler, on web-standard `Request` and `Response` only: the same code
 * runs under Node's `http` (through a thin adapter), Cloudflare Workers, Deno, Bun, Vercel and
 * Netlify. It never throws and never shows a stack: every failure is a status and one sentence.
 */
import { parseParameters, readBody } from './body';
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

const TEXT = { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' };
const XML = { 'content-type': 'text/xml; charset=utf-8', 'cache-control': 'no-store' };

function plain(status: number, message: string, extra: Record<string, string> = {}): Response {
  return new Response(`${message}\n`, { status, headers: { ...TEXT, ...extra } });
}

interface Served {
  readonly response: Response;
  readonly log: RequestLog;
}

function pathOf(url: URL, basePath: string): string {
  const base = basePath.replace(/\/+$/, '');
  const path = url.pathname;
  if (base && (path === base || path.startsWith(`${base}/`))) return path.slice(base.length) || '/';
  return path;
}

async function signatureProblem(
  request: Request,
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
  const event = request.headers.get('x-enfonica-event') ?? '';
  const signature = request.headers.get('x-enfonica-signature');
  const valid = await verifyEnfonicaSignature(key, signedUrl, event, bytes, signature);
  return valid ? undefined : 'The request’s Enfonica signature is missing or wrong.';
}

/** Answers one request and says what happened; never throws. */
export async function serve(
  table: RouteTable,
  request: Request,
  options: HandleOptions = {},
): Promise<Served> {
  const method = request.method.toUpperCase();
  let path = '';
  const fail = (status: number, error: string, extra?: Record<string, string>): Served => ({
    response: plain(status, error, extra),
    log: { method, path, status, decisions: [], error },
  });
  try {
    const url = new URL(request.url);
    path = pathOf(url, options.basePath ?? '');
    if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') {
      return fail(405, 'Only GET and POST requests are answered here.', {
        allow: 'GET, HEAD, POST',
      });
    }
    if (!hasPath(table, path)) return fail(404, `No page at ${path} in this flow.`);
    const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
    const bytes = method === 'POST' ? await readBody(request, limit) : new Uint8Array(0);
    if (!(bytes instanceof Uint8Array)) return fail(bytes.status, bytes.message);
    const forbidden = await signatureProblem(request, url, bytes, options);
    if (forbidden) return fail(forbidden.startsWith('The server') ? 500 : 403, forbidden);
    const parsed = await parseParameters(
      url.searchParams,
      bytes,
      request.headers.get('content-type'),
    );
    if (!('format' in parsed)) return fail(parsed.status, parsed.message);
    const now = options.now?.() ?? new Date();
    const result = route(table, path, parsed, now, { clock: options.clock ?? new ZoneClock() });
    const caller = options.logCallerData
      ? {
          from: parsed.from,
          to: parsed.to,
          digits: parsed.digits,
          dialCallStatus: parsed.dialCallStatus,
        }
      : undefined;
    const log = {
      method,
      path,
      format: parsed.format,
      decisions: result.steps,
      ...(caller ? { caller } : {}),
    };
    if (!result.ok) {
      return {
        response: plain(result.status, result.message),
        log: { ...log, status: result.status, error: result.message },
      };
    }
    const body = method === 'HEAD' ? null : result.xml;
    return {
      response: new Response(body, { status: 200, headers: XML }),
      log: { ...log, status: 200, document: result.path },
    };
  } catch {
    return fail(500, 'The flow server could not answer this request.');
  }
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
