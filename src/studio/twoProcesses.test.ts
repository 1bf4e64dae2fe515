/**
 * Two processes of the built server (`node dist-server/main.js`, built here with the same
 * config as `npm run build:server`) on one PostgreSQL database, as behind a load balancer: what
 * one does, the other sees: the set-up code, the session, the flows and their revisions; a
 * version published (or made live again) through one is served by the other within 2 s; and
 * calls counted by a process stopped with SIGTERM are written before it exits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { postgresEngine, type OpenedStorage } from './test/engines.fixture';
import { PASSWORD } from './test/harness.fixture';
import { testFlow } from './test/records.fixture';
import { BLOCKED, callerFlow } from './test/published.fixture';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONFIG = join(ROOT, 'src/studio/build/vite.server.config.ts');

interface ServerProcess {
  readonly origin: string;
  readonly setupCode: string | undefined;
  readonly child: ChildProcess;
  output(): string;
  stop(): Promise<number | string | null>;
}

function startServer(bundle: string, env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [bundle], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | string | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal)),
  );
  return new Promise((resolve, reject) => {
    const onOutput = (text: string) => {
      output += text;
      const port =
        /RCML Studio is running at http:\/\/127\.0\.0\.1:(\d+) \(storage: PostgreSQL\)/.exec(
          output,
        )?.[1];
      if (port === undefined) return;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        setupCode: /setup\?code=([\w-]+)/.exec(output)?.[1],
        child,
        output: () => output,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
      });
    };
    child.stdout.setEncoding('utf8').on('data', onOutput);
    child.stderr.setEncoding('utf8').on('data', (text: string) => (output += text));
    void exited.then((code) =>
      reject(new Error(`The server exited (${code}) before it listened:\n${output}`)),
    );
  });
}

describe.skipIf(inject('postgres').state === 'skipped')(
  'two server processes on one PostgreSQL database',
  () => {
    const outDir = join(ROOT, `dist-server-test-${process.pid}`);
    let staticDir: string | undefined;
    let opened: OpenedStorage;
    let a: ServerProcess;
    let b: ServerProcess;

    beforeAll(async () => {
      staticDir = mkdtempSync(join(tmpdir(), 'rcml-studio-static-'));
      writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>RCML Studio</title>');
      opened = await postgresEngine().open();
      await build({ configFile: CONFIG, logLevel: 'silent', build: { outDir } });
      const env = { ...opened.env, RCML_STATIC_DIR: staticDir };
      a = await startServer(join(outDir, 'main.js'), env);
      b = await startServer(join(outDir, 'main.js'), env);
    }, 60_000);
    afterAll(async () => {
      await Promise.all([a?.stop(), b?.stop()]);
      await opened?.close();
      rmSync(outDir, { recursive: true, force: true });
      if (staticDir) rmSync(staticDir, { recursive: true, force: true });
    });

    const call = (
      server: ServerProcess,
      method: string,
      path: string,
      options: { cookie?: string; body?: unknown } = {},
    ) =>
      fetch(`${server.origin}${path}`, {
        method,
        headers: {
          origin: server.origin,
          ...(options.cookie ? { cookie: options.cookie } : {}),
          ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });

    it('share the set-up code, the session, the flows and their revisions', async () => {
      // Each start while nobody is set up makes a new code: B's replaced A's, in the database.
      expect(a.setupCode).toBeDefined();
      expect(b.setupCode).toBeDefined();
      const owner = { name: 'Olga', email: 'olga@example.com', password: PASSWORD };
      expect(
        (await call(a, 'POST', '/api/setup', { body: { ...owner, code: a.setupCode } })).status,
      ).toBe(403);
      const setUp = await call(a, 'POST', '/api/setup', { body: { ...owner, code: b.setupCode } });
      expect(setUp.status).toBe(201);

      const signedIn = await call(b, 'POST', '/api/sign-in', {
        body: { email: owner.email, password: PASSWORD },
      });
      expect(signedIn.status).toBe(200);
      const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
      const onA = await (await call(a, 'GET', '/api/session', { cookie })).json();
      expect(onA.user).toMatchObject({ email: owner.email, role: 'owner' });

      const flow = testFlow('Shared line');
      expect((await call(a, 'POST', '/api/flows', { cookie, body: { flow } })).status).toBe(201);
      const readOnB = await (await call(b, 'GET', `/api/flows/${flow.id}`, { cookie })).json();
      expect(readOnB.flow).toEqual(flow);

      const savedOnB = await call(b, 'PUT', `/api/flows/${flow.id}`, {
        cookie,
        body: { flow: { ...flow, name: 'Saved on B' }, baseRevision: 1 },
      });
      expect(savedOnB.status).toBe(200);
      const staleOnA = await call(a, 'PUT', `/api/flows/${flow.id}`, {
        cookie,
        body: { flow: { ...flow, name: 'Stale on A' }, baseRevision: 1 },
      });
      expect(staleOnA.status).toBe(409);
      expect((await staleOnA.json()).summary).toMatchObject({ revision: 2, name: 'Saved on B' });

      expect((await call(a, 'POST', '/api/sign-out', { cookie })).status).toBe(204);
      expect((await call(b, 'GET', '/api/people', { cookie })).status).toBe(401);
    });

    /** Asks `server` for `path` until it answers `body`; how long that took, in ms. */
    async function servedWithin(server: ServerProcess, path: string, body: string) {
      const started = performance.now();
      let last = '';
      while (performance.now() - started < 5_000) {
        const response = await fetch(`${server.origin}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'From=%2B33612345678',
        });
        last = await response.text();
        if (last === body) return performance.now() - started;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`${path} still answers:\n${last}`);
    }

    it('serve a version published through the other within 2 s, and one made live again too', async () => {
      const signedIn = await call(a, 'POST', '/api/sign-in', {
        body: { email: 'olga@example.com', password: PASSWORD },
      });
      const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
      const flow = callerFlow('Welcome to version one.');
      expect((await call(a, 'POST', '/api/flows', { cookie, body: { flow } })).status).toBe(201);
      const voice = `/voice/${flow.id}`;
      // B has looked (and cached that nothing is live) before A publishes.
      expect((await fetch(`${b.origin}${voice}`)).status).toBe(404);
      const publish = async (baseRevision: number) => {
        const response = await call(a, 'POST', `/api/flows/${flow.id}/publish`, {
          cookie,
          body: { note: `revision ${baseRevision}`, baseRevision },
        });
        expect(response.status).toBe(201);
        const { version } = (await response.json()) as { version: { number: number } };
        const read = await call(a, 'GET', `/api/flows/${flow.id}/versions/${version.number}`, {
          cookie,
        });
        const { documents } = (await read.json()) as {
          documents: { fileName: string; xml: string }[];
        };
        return documents.find((document) => document.fileName === 'welcome.xml')!.xml;
      };
      const one = await publish(1);
      expect(await servedWithin(b, voice, one)).toBeLessThan(2_000);

      await call(a, 'PUT', `/api/flows/${flow.id}`, {
        cookie,
        body: { flow: { ...callerFlow('Welcome to version two.'), id: flow.id }, baseRevision: 1 },
      });
      const two = await publish(2);
      expect(two).not.toBe(one);
      expect(await servedWithin(b, voice, two)).toBeLessThan(2_000);

      const rolledBack = await call(a, 'PUT', `/api/flows/${flow.id}/live`, {
        cookie,
        body: { version: 1 },
      });
      expect(rolledBack.status).toBe(200);
      expect(await servedWithin(b, voice, one)).toBeLessThan(2_000);
      // Version 2 was live once: its own addresses are still served, by both.
      expect(await servedWithin(a, `${voice}/v2`, two)).toBeLessThan(2_000);
    });

    it('write the calls they counted before exiting on SIGTERM; stop with exit code 0', async () => {
      const flow = callerFlow();
      const signedIn = await call(b, 'POST', '/api/sign-in', {
        body: { email: 'olga@example.com', password: PASSWORD },
      });
      const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
      await call(b, 'POST', '/api/flows', { cookie, body: { flow } });
      const published = await call(b, 'POST', `/api/flows/${flow.id}/publish`, {
        cookie,
        body: { baseRevision: 1 },
      });
      expect(published.status).toBe(201);
      const calls = 40;
      const answers = await Promise.all(
        Array.from({ length: calls }, (_, index) =>
          fetch(`${b.origin}/voice/${flow.id}`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: `From=${encodeURIComponent(index % 4 === 0 ? BLOCKED : '+33612345678')}`,
          }).then((response) => response.status),
        ),
      );
      expect(answers).toEqual(Array(calls).fill(200));
      // Counts are written a second after the first call: these are still in B's memory.
      const before = await opened.storage.readCallCounts(flow.id, 0);
      expect(await b.stop()).toBe(0);
      expect(await a.stop()).toBe(0);
      const after = await opened.storage.readCallCounts(flow.id, 0);
      const total = (path: string) =>
        after.filter((count) => count.path === path).reduce((sum, count) => sum + count.count, 0);
      const decision = after.find((count) => count.outlet !== '')!.path;
      expect(before).toEqual([]);
      expect([total(decision), total('/blocked.xml'), total('/welcome.xml')]).toEqual([
        calls,
        calls / 4,
        (calls * 3) / 4,
      ]);
      expect(a.output()).not.toContain(PASSWORD);
      expect(b.output()).not.toContain('33612345678');
    });
  },
);
