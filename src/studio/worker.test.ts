/**
 * Still portable (issue 22, item 7): a published version downloads as the same flow server, and
 * its `flow-worker.mjs` runs in Cloudflare's own runtime (workerd, through Miniflare) answering
 * byte for byte what the studio answers at the version's addresses.
 */
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFlowServerRuntime } from '../../vite/flowServerPlugin';
import { parseRouteTable } from '../router';
import { FETCH_SERVER_FILE, flowServerFiles } from '../server/package';
import { sqliteEngine } from './test/engines.fixture';
import { openHarness, type Harness } from './test/harness.fixture';
import { BLOCKED, publish, storedFlow } from './test/published.fixture';

let harness: Harness;
let worker: Miniflare;
let flowId: string;
let decision: string;

beforeAll(async () => {
  harness = await openHarness(sqliteEngine);
  const editor = await harness.person('editor');
  const flow = await storedFlow(harness.storage, editor);
  flowId = flow.id;
  await publish(harness.storage, editor, flow.id);
  const stored = (await harness.storage.readVersion(flow.id, 1))!;
  const parsed = parseRouteTable(JSON.parse(stored.routeTable));
  if ('error' in parsed) throw new Error(parsed.error);
  decision = Object.keys(parsed.table.routes).find(
    (path) => parsed.table.routes[path]!.kind === 'decision',
  )!;
  const files = flowServerFiles(parsed.table, flow.name, await buildFlowServerRuntime());
  const script = files.find((file) => file.name === FETCH_SERVER_FILE)!.text;
  worker = new Miniflare({
    modules: true,
    script,
    compatibilityDate: '2025-09-01',
    // The worker's one log line per request is read and dropped, as a log collector takes it.
    handleRuntimeStdio: (stdout, stderr) => {
      stdout.resume();
      stderr.resume();
    },
  });
}, 60_000);

afterAll(async () => {
  await worker?.dispose();
  await harness?.close();
});

const form = (from: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ From: from, To: '+15550001' }).toString(),
});

describe('flow-worker.mjs of a published version, in workerd', () => {
  it.each([
    ['a blocked caller at the entry', () => '/', form(BLOCKED)],
    ['another caller at the entry', () => '/', form('+33612345678')],
    [
      'the decision, JSON',
      () => decision,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ From: BLOCKED }),
      },
    ],
    ['a document', () => '/welcome.xml', {}],
    ['an address it does not have', () => '/nowhere.xml', {}],
  ])('answers %s as the studio does', async (_name, path, init) => {
    const inWorker = await worker.dispatchFetch(`http://flows.example.com${path()}`, init);
    const inStudio = await harness.app.request(`/voice/${flowId}/v1${path()}`, init);
    expect({ status: inWorker.status, body: await inWorker.text() }).toEqual({
      status: inStudio.status,
      body: await inStudio.text(),
    });
  });
});
