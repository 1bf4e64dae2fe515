/**
 * The downloaded flow server under load: `node flow-server.mjs` pinned to one core (`taskset -c
 * 1` where it exists), driven on loopback by autocannon (bench/server-load.mjs, pinned to the
 * other core) for a bounded time, with a mix of requests through every decision kind in every
 * body format. Prints requests per second and latency percentiles with the load average at the
 * time, since the machine is shared. Goal (issue 11): ≥ 5,000 requests/s and p99 ≤ 10 ms.
 * Nothing here asserts a time; it checks only that every answer was a 200.
 */
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFlowServerRuntime } from '../vite/flowServerPlugin';
import { startChildServer, type ChildServer } from '../src/server/childServer';
import { everyDecisionTable } from '../src/server/everyDecision.fixture';
import { flowServerFiles } from '../src/server/package';

const SECONDS = Number(process.env.BENCH_SERVER_SECONDS ?? 10);
const CONNECTIONS = (process.env.BENCH_SERVER_CONNECTIONS ?? '10,50').split(',').map(Number);
const DRIVER = fileURLToPath(new URL('./server-load.mjs', import.meta.url));
const BASELINE = fileURLToPath(new URL('./server-baseline.mjs', import.meta.url));
const pinnable = spawnSync('taskset', ['-c', '1', 'true']).status === 0;
const pin = (core: number) => (pinnable ? ['taskset', '-c', String(core)] : []);

interface LoadResult {
  connections: number;
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

function drive(origin: string, connections: number, seconds = SECONDS): Promise<LoadResult> {
  const [program, ...args] = [
    ...pin(0),
    process.execPath,
    DRIVER,
    origin,
    String(seconds),
    String(connections),
  ];
  const child = spawn(program!, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (out += text));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').at(-1)!) as LoadResult)
        : reject(new Error(out)),
    ),
  );
}

let server: ChildServer | undefined;
afterAll(async () => {
  await server?.stop();
});

/** Node's bare http on the same core, same driver: what this machine allows at all. */
async function baseline(connections: number): Promise<LoadResult> {
  const [program, ...args] = [...pin(1), process.execPath, BASELINE];
  const child = spawn(program!, args, {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const port = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (text: string) => {
        out += text;
        const found = /127\.0\.0\.1:(\d+)/.exec(out)?.[1];
        if (found) resolve(found);
      });
      child.once('exit', () => reject(new Error(`The baseline server stopped: ${out}`)));
    });
    return await drive(`http://127.0.0.1:${port}`, connections);
  } finally {
    child.kill('SIGTERM');
  }
}

describe('flow server under load', () => {
  it('answers a mix of requests through every decision kind', async () => {
    const runtime = await buildFlowServerRuntime();
    const files = flowServerFiles(everyDecisionTable(), 'Load test', runtime);
    server = await startChildServer(files, {}, pin(1));
    // Warm-up, so the first measured second is not the JIT's.
    await drive(server.origin, 10, 3).catch(() => undefined);
    for (const connections of CONNECTIONS) {
      const [before] = loadavg();
      const result = await drive(server.origin, connections);
      const [after] = loadavg();
      console.log(
        `flow server, ${pinnable ? 'one core (taskset -c 1)' : 'not pinned'}, ${connections} connections, ${SECONDS} s: ` +
          `${Math.round(result.requestsPerSecond).toLocaleString('en')} requests/s, p50 ${result.p50} ms, ` +
          `p99 ${result.p99} ms, max ${result.max} ms (${result.total.toLocaleString('en')} requests; ` +
          `load average ${before!.toFixed(2)} → ${after!.toFixed(2)} on ${availableParallelism()} cores)`,
      );
      expect(result.notOk + result.errors + result.timeouts).toBe(0);
    }
    const floor = await baseline(CONNECTIONS[0]!);
    console.log(
      `baseline (node:http, one constant answer), ${CONNECTIONS[0]} connections, ${SECONDS} s: ` +
        `${Math.round(floor.requestsPerSecond).toLocaleString('en')} requests/s, p50 ${floor.p50} ms, p99 ${floor.p99} ms`,
    );
  });
});
