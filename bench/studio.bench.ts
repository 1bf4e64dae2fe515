/**
 * The RCML Studio server, in Node, on SQLite and on PostgreSQL (a throwaway cluster, as the
 * tests start one): server time of the Flows list with 1,000 flows (GET /api/flows), of saving
 * one edit of a 1,000-verb flow (PUT /api/flows/:id: body read, flow checked, revision-checked
 * UPDATE, answer), of publishing that flow and reading two of its versions (issue 22), and of a
 * sign-in (scrypt's cost, by design). Each request goes through the whole app (cookie, session
 * lookup, routing) in-process, without a socket; the time ends when the response body is read.
 * Prints medians and p95; asserts no time.
 *
 * Then live calls (issue 22): the server built as `npm run build:server` builds it (entry
 * bench/studio-voice-server.ts), pinned to one core (`taskset -c 1` where it exists), on SQLite,
 * driven on loopback by autocannon (bench/voice-load.mjs, on the other core) with counting on and
 * off, and the downloaded flow-server.mjs of the same version under the same requests. Goal:
 * ≥ 5,000 requests/s and p99 ≤ 10 ms with counting on.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFlowServerRuntime } from '../vite/flowServerPlugin';
import { parseRouteTable } from '../src/router';
import { startChildServer } from '../src/server/childServer';
import { flowServerFiles } from '../src/server/package';
import { updateNode } from '../src/model/operations';
import type { Flow } from '../src/schema/flow';
import { createStudioApp } from '../src/studio/app';
import { hashPassword } from '../src/studio/services/passwords';
import { startSession } from '../src/studio/services/sessions';
import { openPostgresStorage } from '../src/studio/storage/postgres';
import { openSqliteStorage } from '../src/studio/storage/sqlite';
import type { StudioStorage, UserRecord } from '../src/studio/storage/types';
import {
  createDatabase,
  startPostgresCluster,
  type PostgresCluster,
} from '../src/studio/test/postgresCluster.fixture';
import { callerFlow, publish } from '../src/studio/test/published.fixture';
import { generateFlow } from '../src/test/generateFlow';

const LIBRARY_SIZE = 1_000;
const LIBRARY_FLOW_VERBS = 20;
const BIG_FLOW_VERBS = 1_000;
const PASSWORD = 'correct horse battery staple';
const ORIGIN = 'http://localhost';

interface Row {
  readonly engine: string;
  readonly measure: string;
  readonly median: number;
  readonly p95: number;
  readonly runs: number;
}

const rows: Row[] = [];
const notes: string[] = [];
const LOAD_AT_START = loadavg()[0]!;

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/** Times `once` (the request) `runs` times after `warmup` untimed runs; `prepare` is untimed. */
async function measure<T>(
  engine: string,
  name: string,
  { warmup, runs }: { warmup: number; runs: number },
  prepare: (run: number) => T,
  once: (input: T) => Promise<void>,
): Promise<void> {
  const times: number[] = [];
  for (let run = 0; run < warmup + runs; run += 1) {
    const input = prepare(run);
    const started = performance.now();
    await once(input);
    if (run >= warmup) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  rows.push({
    engine,
    measure: name,
    median: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    runs,
  });
}

async function benchEngine(engine: string, storage: StudioStorage): Promise<void> {
  await storage.migrate();
  const app = createStudioApp({ storage, staticDir: '/nonexistent', log: () => {} });
  const user: UserRecord = {
    id: 'bench-editor',
    name: 'Bench Editor',
    email: 'editor@example.com',
    role: 'editor',
    passwordHash: await hashPassword(PASSWORD),
    createdAt: Date.now(),
  };
  await storage.writeSetting('setupCodeHash', 'bench');
  await storage.createFirstOwner(user, 'bench');
  const cookie = `rcml_session=${await startSession({ storage, now: Date.now }, user)}`;
  const request = async (method: string, path: string, body?: string) => {
    const response = await app.request(path, {
      method,
      headers: { cookie, origin: ORIGIN, ...(body ? { 'content-type': 'application/json' } : {}) },
      body,
    });
    await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
  };

  for (let index = 0; index < LIBRARY_SIZE; index += 1) {
    const flow = {
      ...generateFlow({ verbs: LIBRARY_FLOW_VERBS, seed: index }),
      id: `library-${index}`,
    };
    await storage.insertFlow({
      id: flow.id,
      name: `Flow ${index}`,
      document: JSON.stringify(flow),
      revision: 1,
      updatedAt: Date.now() - index * 60_000,
      updatedById: user.id,
      updatedByName: user.name,
      deletedAt: null,
    });
  }
  await measure(
    engine,
    `list ${LIBRARY_SIZE.toLocaleString('en')} flows (GET /api/flows)`,
    { warmup: 5, runs: 30 },
    () => undefined,
    () => request('GET', '/api/flows'),
  );

  let flow: Flow = { ...generateFlow({ verbs: BIG_FLOW_VERBS, seed: 7 }), id: 'big-flow' };
  await request('POST', '/api/flows', JSON.stringify({ flow }));
  const bodyBytes = JSON.stringify({ flow, baseRevision: 1 }).length;
  const nodeIds = flow.nodes.map((node) => node.id).filter((id) => id !== 'start');
  await measure(
    engine,
    `save one edit of a ${BIG_FLOW_VERBS.toLocaleString('en')}-verb flow (PUT, ${Math.round(bodyBytes / 1024)} KiB)`,
    { warmup: 5, runs: 30 },
    (run) => {
      // The edit and the client's JSON are the browser's work, not the server's.
      flow = updateNode(flow, nodeIds[run % nodeIds.length]!, { label: `Edited ${run}` });
      return JSON.stringify({ flow, baseRevision: run + 1 });
    },
    (body) => request('PUT', `/api/flows/${flow.id}`, body),
  );

  // The generated flow refuses calls after answering them here and there (an error that blocks
  // publishing): its Rejects become Hang ups, the rest is the same 1,000 verbs.
  const generated = generateFlow({ verbs: BIG_FLOW_VERBS, seed: 7 });
  const publishable: Flow = {
    ...generated,
    id: 'big-published-flow',
    nodes: generated.nodes.map((node) =>
      node.kind === 'reject' ? { ...node, kind: 'hangup', attributes: {} } : node,
    ),
  };
  await request('POST', '/api/flows', JSON.stringify({ flow: publishable }));
  await measure(
    engine,
    `publish a ${BIG_FLOW_VERBS.toLocaleString('en')}-verb flow (POST /api/flows/:id/publish: validate, serialize, route table, store, live)`,
    { warmup: 3, runs: 20 },
    () => JSON.stringify({ note: 'Bench', baseRevision: 1 }),
    (body) => request('POST', `/api/flows/${publishable.id}/publish`, body),
  );
  await measure(
    engine,
    `read two ${BIG_FLOW_VERBS.toLocaleString('en')}-verb versions (GET /api/flows/:id/versions/:n × 2, as Compare loads them)`,
    { warmup: 3, runs: 20 },
    (run) => [1 + (run % 10), 11 + (run % 10)] as const,
    async ([older, newer]) => {
      await Promise.all([
        request('GET', `/api/flows/${publishable.id}/versions/${older}`),
        request('GET', `/api/flows/${publishable.id}/versions/${newer}`),
      ]);
    },
  );

  const signIn = JSON.stringify({ email: user.email, password: PASSWORD });
  await measure(
    engine,
    'sign in (POST /api/sign-in, scrypt N=2^15)',
    { warmup: 2, runs: 10 },
    () => signIn,
    (body) => request('POST', '/api/sign-in', body),
  );
  await storage.close();
}

function report(): string {
  const lines = [
    `RCML Studio server (Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load ${LOAD_AT_START.toFixed(1)} → ${loadavg()[0]!.toFixed(1)})`,
    '',
    '| engine | measure | median | p95 | runs |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.engine} | ${row.measure} | ${row.median.toFixed(1)} ms | ${row.p95.toFixed(1)} ms | ${row.runs} |`,
    ),
    ...notes.map((note) => `\n${note}`),
  ];
  return lines.join('\n');
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SECONDS = Number(process.env.BENCH_SERVER_SECONDS ?? 10);
const CONNECTIONS = (process.env.BENCH_SERVER_CONNECTIONS ?? '10,50').split(',').map(Number);
const DRIVER = join(ROOT, 'bench/voice-load.mjs');
const pinnable = spawnSync('taskset', ['-c', '1', 'true']).status === 0;
const pin = (core: number) => (pinnable ? ['taskset', '-c', String(core)] : []);
const loadLines: string[] = [];

interface LoadResult {
  total: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  ok: number;
  notOk: number;
  errors: number;
  timeouts: number;
}

function drive(origin: string, connections: number, seconds: number, paths: readonly string[]) {
  const [program, ...args] = [
    ...pin(0),
    process.execPath,
    DRIVER,
    origin,
    String(seconds),
    String(connections),
    ...paths,
  ];
  const child = spawn(program!, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (out += text));
  return new Promise<LoadResult>((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').at(-1)!) as LoadResult)
        : reject(new Error(out)),
    ),
  );
}

/** Starts the built studio server on the data folder; resolves with its origin once it listens. */
function startStudio(bundle: string, dataDir: string, countCalls: boolean) {
  const [program, ...args] = [...pin(1), process.execPath, bundle];
  const child: ChildProcess = spawn(program!, args, {
    env: {
      PATH: process.env.PATH ?? '',
      RCML_DATA_DIR: dataDir,
      COUNT_CALLS: countCalls ? '1' : '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise<{ origin: string; stop: () => Promise<unknown> }>((resolve, reject) => {
    let head = '';
    const onData = (chunk: Buffer) => {
      head += chunk.toString();
      const port = /listening on 127\.0\.0\.1:(\d+)/.exec(head)?.[1];
      if (port === undefined) return;
      // The request lines are read and dropped, as a log collector would take them.
      child.stdout!.off('data', onData).on('data', () => undefined);
      resolve({
        origin: `http://127.0.0.1:${port}`,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
      });
    };
    child.stdout!.on('data', onData);
    void exited.then(() => reject(new Error(`The studio server stopped: ${head}`)));
  });
}

function loadLine(what: string, connections: number, result: LoadResult, load: readonly number[]) {
  const line =
    `| ${what} | ${connections} | ${Math.round(result.requestsPerSecond).toLocaleString('en')} | ` +
    `${result.p50} ms | ${result.p99} ms | ${result.max} ms | ${result.total.toLocaleString('en')} | ` +
    `${load[0]!.toFixed(2)} → ${load[1]!.toFixed(2)} |`;
  loadLines.push(line);
  expect(result.notOk + result.errors + result.timeouts).toBe(0);
}

describe('the RCML Studio server', () => {
  afterAll(() => {
    console.log(report());
    if (loadLines.length > 0) {
      console.log(
        [
          '',
          `Live calls, ${pinnable ? 'server on one core (taskset -c 1), autocannon on the other' : 'not pinned'}, ${SECONDS} s each, SQLite:`,
          '',
          '| server | connections | requests/s | p50 | p99 | max | requests | load average |',
          '| --- | --- | --- | --- | --- | --- | --- | --- |',
          ...loadLines,
        ].join('\n'),
      );
    }
  });

  it('on SQLite', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'rcml-studio-bench-'));
    try {
      await benchEngine('SQLite', openSqliteStorage(join(folder, 'rcml-studio.sqlite')));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('live calls on one core, SQLite, counting on and off', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'rcml-studio-voice-bench-'));
    // Inside the project, where the bundle's imports (hono, better-sqlite3) resolve.
    const outDir = join(ROOT, `dist-bench-studio-${process.pid}`);
    try {
      await build({
        configFile: join(ROOT, 'src/studio/build/vite.server.config.ts'),
        logLevel: 'silent',
        build: { ssr: 'bench/studio-voice-server.ts', outDir, sourcemap: false },
      });
      const bundle = join(outDir, 'studio-voice-server.js');
      const storage = openSqliteStorage(join(folder, 'rcml-studio.sqlite'));
      await storage.migrate();
      const user: UserRecord = {
        id: 'bench-editor',
        name: 'Bench Editor',
        email: 'editor@example.com',
        role: 'editor',
        passwordHash: 'not used',
        createdAt: Date.now(),
      };
      await storage.writeSetting('setupCodeHash', 'bench');
      await storage.createFirstOwner(user, 'bench');
      const flow = callerFlow();
      await storage.insertFlow({
        id: flow.id,
        name: flow.name,
        document: JSON.stringify(flow),
        revision: 1,
        updatedAt: Date.now(),
        updatedById: user.id,
        updatedByName: user.name,
        deletedAt: null,
      });
      await publish(storage, user, flow.id);
      const version = (await storage.readVersion(flow.id, 1))!;
      const parsed = parseRouteTable(JSON.parse(version.routeTable));
      if ('error' in parsed) throw new Error(parsed.error);
      const decision = Object.keys(parsed.table.routes).find(
        (path) => parsed.table.routes[path]!.kind === 'decision',
      )!;
      await storage.close();
      const studioPaths = [`/voice/${flow.id}`, `/voice/${flow.id}/v1`, decision];

      for (const countCalls of [true, false]) {
        const studio = await startStudio(bundle, folder, countCalls);
        try {
          await drive(studio.origin, 10, 3, studioPaths).catch(() => undefined);
          for (const connections of CONNECTIONS) {
            const before = loadavg()[0]!;
            const result = await drive(studio.origin, connections, SECONDS, studioPaths);
            loadLine(`studio /voice, counting ${countCalls ? 'on' : 'off'}`, connections, result, [
              before,
              loadavg()[0]!,
            ]);
          }
        } finally {
          await studio.stop();
        }
      }
      const counted = openSqliteStorage(join(folder, 'rcml-studio.sqlite'));
      const documents = (await counted.readCallCounts(flow.id, 0))
        .filter((count) => count.outlet === '')
        .reduce((sum, count) => sum + count.count, 0);
      await counted.close();
      notes.push(
        `Calls counted with counting on (documents served): ${documents.toLocaleString('en')}.`,
      );

      const runtime = await buildFlowServerRuntime();
      const downloaded = await startChildServer(
        flowServerFiles(parsed.table, flow.name, runtime),
        {},
        pin(1),
      );
      try {
        await drive(downloaded.origin, 10, 3, ['', '', decision]).catch(() => undefined);
        for (const connections of CONNECTIONS) {
          const before = loadavg()[0]!;
          const result = await drive(downloaded.origin, connections, SECONDS, ['', '', decision]);
          loadLine('flow-server.mjs of the same version', connections, result, [
            before,
            loadavg()[0]!,
          ]);
        }
      } finally {
        await downloaded.stop();
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  it('on PostgreSQL', async () => {
    let cluster: PostgresCluster;
    try {
      cluster = await startPostgresCluster();
    } catch (error) {
      notes.push(
        `PostgreSQL not measured: ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }
    try {
      await benchEngine('PostgreSQL', openPostgresStorage(await createDatabase(cluster.adminUrl)));
    } finally {
      cluster.stop();
    }
  });
});
