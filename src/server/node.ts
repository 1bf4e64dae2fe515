/**
 * The Node entry of the downloaded flow server: `PORT=8080 node flow-server.mjs`. Only
 * `node:http`, nothing to install. Every request is answered by the router's `answer()`, inside
 * its own catch: a bad request gets a status and one sentence, never a stack, never a crash.
 *
 * Settings (environment): PORT (8080), HOST (0.0.0.0: every interface, so the platform, a
 * container's port mapping or a load balancer can reach it), ENFONICA_SIGNING_KEY, PUBLIC_ORIGIN,
 * BASE_PATH, LOG_CALLER_DATA=1.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import {
  ZoneClock,
  answer,
  importEnfonicaKey,
  MAX_BODY_BYTES,
  type HandleOptions,
} from '../router';
import { answerFailure, answerRequest, createHttpServer, headerOf } from './nodeHttp';
import {
  handleOptions,
  loadFlowTable,
  logLine,
  printable,
  settingsFrom,
  type EmbeddedFlow,
} from './runtime';

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '0.0.0.0';

type Environment = Readonly<Record<string, string | undefined>>;

/** Where the server writes: stdout for request lines, stderr for problems. */
export interface Output {
  log(line: string): void;
  error(line: string): void;
}

const consoleOutput: Output = {
  log: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
};

/** The absolute URL as the platform called it (Host header; https when a proxy says so). */
function urlOf(request: IncomingMessage): string {
  const forwarded = headerOf(request, 'x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  const scheme = forwarded === 'https' ? 'https' : 'http';
  const target = request.url ?? '/';
  // A path ("/menu?x") is appended to the origin, not resolved against it: "//menu" stays a
  // path (that the flow does not have), not a URL of the host "menu".
  const candidates = target.startsWith('/')
    ? [
        `${scheme}://${request.headers.host ?? 'localhost'}${target}`,
        `${scheme}://localhost${target}`,
      ]
    : [target];
  for (const candidate of candidates) {
    try {
      return new URL(candidate).href;
    } catch {
      // A Host header that is not a host: try the next.
    }
  }
  // Not a URL at all: the router answers that it cannot read it.
  return target;
}

async function respond(
  table: Parameters<typeof answer>[0],
  options: HandleOptions,
  request: IncomingMessage,
  response: ServerResponse,
  output: Output,
): Promise<void> {
  const result = await answerRequest(request, response, urlOf, (call) =>
    answer(table, call, options),
  );
  output.log(logLine(result.log, new Date()));
}

/** The last resort of a request: 500 with one sentence, if anything can still be sent. */
function failed(response: ServerResponse, output: Output, method: string): void {
  output.error(
    `${new Date().toISOString()} ${printable(method)} 500 error: the request failed inside the server.`,
  );
  answerFailure(response, 'The flow server could not answer this request.\n');
}

export interface StartedServer {
  readonly server: Server;
  /** Stops accepting calls, lets the answers under way finish, then resolves. */
  stop(): Promise<void>;
}

function portOf(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return DEFAULT_PORT;
  const port = Number(text);
  return Number.isInteger(port) && port >= 0 && port <= 65535 ? port : undefined;
}

/**
 * Starts the server for an embedded flow; resolves once it listens, or with one plain sentence
 * saying why it cannot start (damaged flow, bad port, wrong signing key, port in use).
 */
export async function startNodeServer(
  flow: EmbeddedFlow,
  env: Environment,
  output: Output = consoleOutput,
): Promise<StartedServer | { error: string }> {
  const loaded = loadFlowTable(flow.tableJson);
  if ('error' in loaded) return { error: loaded.error };
  const port = portOf(env.PORT);
  if (port === undefined)
    return { error: `PORT must be a number from 0 to 65535, not “${env.PORT}”.` };
  const host = env.HOST?.trim() || DEFAULT_HOST;
  const settings = settingsFrom((name) => env[name]);
  const options: HandleOptions = {
    ...handleOptions(settings),
    clock: new ZoneClock(),
    maxBodyBytes: MAX_BODY_BYTES,
  };
  if (settings.enfonicaSigningKey !== undefined) {
    if (!globalThis.crypto?.subtle) {
      return {
        error: 'This Node.js cannot check signatures (no Web Crypto): use Node.js 20 or newer.',
      };
    }
    const key = await importEnfonicaKey(settings.enfonicaSigningKey).catch(() => undefined);
    if (!key)
      return { error: 'ENFONICA_SIGNING_KEY is not the base64 value the Enfonica Console shows.' };
    Object.assign(options, { enfonicaSigningKey: key });
  }
  const { table } = loaded;
  const server = createHttpServer((request, response) => {
    request.on('error', () => undefined);
    response.on('error', () => undefined);
    respond(table, options, request, response, output).catch(() =>
      failed(response, output, request.method ?? '?'),
    );
  }, 'This is not an HTTP request the flow server can read.');
  const listening = await new Promise<string | undefined>((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      resolve(
        error.code === 'EADDRINUSE'
          ? `Port ${port} is already in use: stop the other program or set PORT to another number.`
          : error.code === 'EACCES'
            ? `This user may not listen on port ${port}: set PORT to a number above 1023.`
            : `The server could not listen on ${host}:${port} (${error.code ?? 'unknown error'}).`,
      ),
    );
    server.listen(port, host, () => resolve(undefined));
  });
  if (listening) return { error: listening };
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  output.log(
    `Flow server for "${printable(flow.name)}" listening on http://${shownHost}:${actualPort}/ — point your phone number's voice URL at it`,
  );
  return {
    server,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

/** `node flow-server.mjs`: start, and stop cleanly on SIGTERM (platforms) or SIGINT (Ctrl+C). */
export async function runNodeServer(flow: EmbeddedFlow, env: Environment): Promise<void> {
  // Listened for before the server starts: a signal that comes early still stops it cleanly.
  const state: { stopping?: string; server?: StartedServer } = {};
  const stop = (signal: string) => {
    if (state.stopping) return;
    state.stopping = signal;
    consoleOutput.log(`${signal}: finishing the calls under way, then stopping.`);
    // Answers take milliseconds; a connection that stays open longer is not waited for.
    setTimeout(() => process.exit(0), 5000).unref();
    if (state.server) void state.server.stop().then(() => process.exit(0));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  const started = await startNodeServer(flow, env);
  if ('error' in started) {
    consoleOutput.error(`The flow server did not start. ${started.error}`);
    process.exit(1);
  }
  state.server = started;
  if (state.stopping) void started.stop().then(() => process.exit(0));
}
