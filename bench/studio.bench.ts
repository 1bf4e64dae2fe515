/**
 * The RCML Studio server, in Node, on SQLite and on PostgreSQL (a throwaway cluster, as the
 * tests start one): server time of the Flows list with 1,000 flows (GET /api/flows), of saving
 * one edit of a 1,000-verb flow (PUT /api/flows/:id: body read, flow checked, revision-checked
 * UPDATE, answer), and of a sign-in (scrypt's cost, by design). Each request goes through the
 * whole app (cookie, session lookup, routing) in-process, without a socket; the time ends when
 * the response body is read. Prints medians and p95; asserts no time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { updateNode } from '../src/model/operations';
import type { Flow } from '../src/model/types';
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

describe('the RCML Studio server', () => {
  afterAll(() => {
    console.log(report());
  });

  it('on SQLite', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'rcml-studio-bench-'));
    try {
      await benchEngine('SQLite', openSqliteStorage(join(folder, 'rcml-studio.sqlite')));
    } finally {
      rmSync(folder, { recursive: true, force: true });
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
