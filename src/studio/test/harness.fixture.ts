/**
 * A studio app on a real database, called in-process (`app.request`), with a clock the test
 * moves and the log lines it wrote. `team()` adds an owner, an editor and a viewer directly in
 * the storage (one password hash for all, computed once) and an API token of the owner's.
 */
import type { IncomingMessage } from 'node:http';
import { createStudio, type StudioAppOptions } from '../app';
import { hashPassword } from '../services/passwords';
import { startSession } from '../services/sessions';
import { createToken } from '../services/tokens';
import type { Role, StudioStorage, UserRecord } from '../storage/types';
import type { OpenedStorage, TestEngine } from './engines.fixture';
import { T0, userRecord } from './records.fixture';

export const ORIGIN = 'http://localhost';
export const PASSWORD = 'correct horse battery staple';

export interface CallOptions {
  readonly body?: unknown;
  readonly cookie?: string;
  readonly token?: string;
  /** The Origin header; `null` for none. Defaults to the app's own origin. */
  readonly origin?: string | null;
  readonly contentType?: string;
  readonly headers?: Record<string, string>;
  /** The socket's remote address the request seems to come from. */
  readonly address?: string;
}

export interface Harness {
  readonly storage: StudioStorage;
  readonly app: ReturnType<typeof createStudio>['app'];
  /** Writes the calls counted so far (the app writes them a second late on its own). */
  flushCalls(): Promise<void>;
  readonly log: string[];
  /** The app's clock, the voice caches' too: tests set `clock.now`. */
  readonly clock: { now: number };
  call(method: string, path: string, options?: CallOptions): Promise<Response>;
  /** A person added straight to the storage, with PASSWORD. */
  person(role: Role, overrides?: Partial<UserRecord>): Promise<UserRecord>;
  /** A new session of `user`, as the Cookie header value. */
  sessionCookie(user: UserRecord): Promise<string>;
  /** A new API token of `user`, and its id. */
  apiToken(user: UserRecord): Promise<{ id: string; token: string }>;
  close(): Promise<void>;
}

export async function openHarness(
  engine: TestEngine,
  options: Omit<StudioAppOptions, 'storage'> = {},
): Promise<Harness> {
  const opened: OpenedStorage = await engine.open();
  const clock = { now: T0 };
  const log: string[] = [];
  const context = { storage: opened.storage, now: () => clock.now };
  const studio = createStudio({
    storage: opened.storage,
    now: context.now,
    cacheClock: context.now,
    log: (line) => log.push(line),
    staticDir: '/nonexistent/rcml-studio-dist',
    ...options,
  });
  const { app } = studio;
  const passwordHash = await hashPassword(PASSWORD);

  async function call(method: string, path: string, options: CallOptions = {}) {
    const headers: Record<string, string> = { ...options.headers };
    const origin = options.origin === undefined ? ORIGIN : options.origin;
    if (origin !== null) headers.origin = origin;
    if (options.cookie !== undefined) headers.cookie = options.cookie;
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined;
    if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      headers['content-type'] = options.contentType ?? 'application/json';
    }
    const socket = { remoteAddress: options.address ?? '127.0.0.1' };
    return app.request(
      path,
      { method, headers, body },
      { incoming: { socket } as IncomingMessage },
    );
  }

  return {
    storage: opened.storage,
    app,
    flushCalls: () => studio.flushCalls(),
    log,
    clock,
    call,
    async person(role, overrides = {}) {
      const user = userRecord({ role, passwordHash, ...overrides });
      // Straight in, as an accepted invitation would put them.
      await opened.storage.createInvitation({
        id: `inv-${user.id}`,
        codeHash: `code-${user.id}`,
        role,
        createdBy: 'test',
        createdAt: clock.now,
        expiresAt: clock.now + 1000,
      });
      await opened.storage.acceptInvitation(`code-${user.id}`, clock.now, user);
      return user;
    },
    async sessionCookie(user) {
      return `rcml_session=${await startSession(context, user)}`;
    },
    async apiToken(user) {
      const created = await createToken(context, user, { name: 'test script' });
      if ('failure' in created) throw new Error(created.message);
      return created;
    },
    close: () => opened.close(),
  };
}

/** The session id a response's Set-Cookie gives, if any. */
export function sessionFrom(response: Response): string | undefined {
  const cookie = response.headers.get('set-cookie') ?? '';
  return /rcml_session=([^;]*)/.exec(cookie)?.[1];
}
