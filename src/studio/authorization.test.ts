/**
 * The authorization table: every API route × anonymous / viewer / editor / owner / API token
 * (the owner's, so that a refusal of a token is the token's, not its role's), with the status
 * each must get, on both engines. Every cell prepares what it acts on afresh (a flow, a person,
 * an invitation) and calls with a fresh session, so no cell depends on another. A route the app
 * serves without a row here fails the last test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudioApp } from './app';
import { openHarness, PASSWORD, type Harness } from './test/harness.fixture';
import { testEngines } from './test/engines.fixture';
import { flowRecord, testFlow } from './test/records.fixture';
import { publish, storedFlow } from './test/published.fixture';
import type { UserRecord } from './storage/types';

const CALLERS = ['anonymous', 'viewer', 'editor', 'owner', 'token'] as const;
type Caller = (typeof CALLERS)[number];
type Statuses = readonly [
  anonymous: number,
  viewer: number,
  editor: number,
  owner: number,
  token: number,
];

interface World {
  readonly harness: Harness;
  readonly users: Readonly<Record<Exclude<Caller, 'anonymous' | 'token'>, UserRecord>>;
  readonly ownerToken: string;
  /** Someone to sign in as, whose password is PASSWORD. */
  readonly signer: UserRecord;
}

interface Cell {
  readonly path: string;
  readonly body?: unknown;
}

interface Row {
  readonly route: string;
  readonly statuses: Statuses;
  /** Makes what the call acts on; `user` is the caller's account (the owner's for the token). */
  readonly prepare?: (world: World, user: UserRecord | undefined) => Promise<Cell>;
}

async function newFlow({ harness, users }: World, deleted = false): Promise<string> {
  const flow = testFlow('Table flow');
  await harness.storage.insertFlow(flowRecord(flow, users.editor));
  if (deleted) await harness.storage.deleteFlow(flow.id, harness.clock.now);
  return flow.id;
}

async function newInvitation({ harness, users }: World): Promise<{ id: string; code: string }> {
  const response = await harness.call('POST', '/api/invitations', {
    cookie: await harness.sessionCookie(users.owner),
    body: { role: 'viewer' },
  });
  return (await response.json()) as { id: string; code: string };
}

/** A flow with version 1 published (and live). */
async function publishedFlow({ harness, users }: World): Promise<string> {
  const flow = await storedFlow(harness.storage, users.editor);
  await publish(harness.storage, users.editor, flow.id);
  return flow.id;
}

const SIGNING_KEY = Buffer.alloc(64, 7).toString('base64');

const ANYONE: Statuses = [200, 200, 200, 200, 200];
const DESIGNER_ONLY = (ok: number): Statuses => [401, ok, ok, ok, 403];
const OWNER_ONLY = (ok: number): Statuses => [401, 403, 403, ok, 403];
const READERS = (ok: number): Statuses => [401, ok, ok, ok, ok];
const EDITORS = (ok: number): Statuses => [401, 403, ok, ok, ok];

const TABLE: readonly Row[] = [
  { route: 'GET /api/session', statuses: ANYONE },
  {
    route: 'POST /api/setup',
    statuses: [409, 409, 409, 409, 409],
    prepare: async () => ({
      path: '/api/setup',
      body: { code: 'any', name: 'Late', email: 'late@example.com', password: PASSWORD },
    }),
  },
  {
    route: 'POST /api/sign-in',
    statuses: ANYONE,
    prepare: async ({ signer }) => ({
      path: '/api/sign-in',
      body: { email: signer.email, password: PASSWORD },
    }),
  },
  { route: 'POST /api/sign-out', statuses: DESIGNER_ONLY(204) },
  { route: 'GET /api/people', statuses: DESIGNER_ONLY(200) },
  {
    route: 'PATCH /api/people/:id',
    statuses: OWNER_ONLY(200),
    prepare: async ({ harness }) => ({
      path: `/api/people/${(await harness.person('viewer')).id}`,
      body: { role: 'editor' },
    }),
  },
  {
    route: 'DELETE /api/people/:id',
    statuses: OWNER_ONLY(204),
    prepare: async ({ harness }) => ({
      path: `/api/people/${(await harness.person('viewer')).id}`,
    }),
  },
  {
    route: 'POST /api/invitations',
    statuses: OWNER_ONLY(201),
    prepare: async () => ({ path: '/api/invitations', body: { role: 'editor' } }),
  },
  {
    route: 'DELETE /api/invitations/:id',
    statuses: OWNER_ONLY(204),
    prepare: async (world) => ({ path: `/api/invitations/${(await newInvitation(world)).id}` }),
  },
  {
    route: 'GET /api/invitations/:code',
    statuses: ANYONE,
    prepare: async (world) => ({ path: `/api/invitations/${(await newInvitation(world)).code}` }),
  },
  {
    route: 'POST /api/invitations/:code/accept',
    statuses: [201, 201, 201, 201, 201],
    prepare: async (world) => ({
      path: `/api/invitations/${(await newInvitation(world)).code}/accept`,
      body: {
        name: 'Newcomer',
        email: `newcomer-${Math.random().toString(36).slice(2)}@example.com`,
        password: PASSWORD,
      },
    }),
  },
  { route: 'GET /api/tokens', statuses: DESIGNER_ONLY(200) },
  {
    route: 'POST /api/tokens',
    statuses: DESIGNER_ONLY(201),
    prepare: async () => ({ path: '/api/tokens', body: { name: 'deploy script' } }),
  },
  {
    route: 'DELETE /api/tokens/:id',
    statuses: DESIGNER_ONLY(204),
    prepare: async ({ harness, users }, user) => ({
      path: `/api/tokens/${(await harness.apiToken(user ?? users.owner)).id}`,
    }),
  },
  { route: 'GET /api/flows', statuses: READERS(200) },
  {
    route: 'GET /api/flows?deleted=1',
    statuses: READERS(200),
    prepare: async () => ({ path: '/api/flows?deleted=1' }),
  },
  {
    route: 'POST /api/flows',
    statuses: EDITORS(201),
    prepare: async () => ({ path: '/api/flows', body: { flow: testFlow('Created') } }),
  },
  {
    route: 'GET /api/flows/:id',
    statuses: READERS(200),
    prepare: async (world) => ({ path: `/api/flows/${await newFlow(world)}` }),
  },
  {
    route: 'PUT /api/flows/:id',
    statuses: EDITORS(200),
    prepare: async (world) => {
      const id = await newFlow(world);
      return {
        path: `/api/flows/${id}`,
        body: { flow: { ...testFlow('Saved'), id }, baseRevision: 1 },
      };
    },
  },
  {
    route: 'PATCH /api/flows/:id/draft',
    statuses: EDITORS(200),
    prepare: async (world) => ({
      path: `/api/flows/${await newFlow(world)}/draft`,
      body: { baseRevision: 1, patch: { fields: { name: 'Patched' } } },
    }),
  },
  {
    route: 'PATCH /api/flows/:id',
    statuses: EDITORS(200),
    prepare: async (world) => ({
      path: `/api/flows/${await newFlow(world)}`,
      body: { name: 'Renamed' },
    }),
  },
  {
    route: 'POST /api/flows/:id/duplicate',
    statuses: EDITORS(201),
    prepare: async (world) => ({ path: `/api/flows/${await newFlow(world)}/duplicate` }),
  },
  {
    route: 'DELETE /api/flows/:id',
    statuses: EDITORS(204),
    prepare: async (world) => ({ path: `/api/flows/${await newFlow(world)}` }),
  },
  {
    route: 'POST /api/flows/:id/restore',
    statuses: EDITORS(200),
    prepare: async (world) => ({ path: `/api/flows/${await newFlow(world, true)}/restore` }),
  },
  {
    route: 'POST /api/flows/:id/publish',
    statuses: EDITORS(201),
    prepare: async ({ harness, users }) => ({
      path: `/api/flows/${(await storedFlow(harness.storage, users.editor)).id}/publish`,
      body: { note: 'First version', baseRevision: 1 },
    }),
  },
  {
    route: 'GET /api/flows/:id/versions',
    statuses: READERS(200),
    prepare: async (world) => ({ path: `/api/flows/${await publishedFlow(world)}/versions` }),
  },
  {
    route: 'GET /api/flows/:id/versions/:n',
    statuses: READERS(200),
    prepare: async (world) => ({ path: `/api/flows/${await publishedFlow(world)}/versions/1` }),
  },
  {
    route: 'PUT /api/flows/:id/live',
    statuses: EDITORS(200),
    prepare: async (world) => ({
      path: `/api/flows/${await publishedFlow(world)}/live`,
      body: { version: 1 },
    }),
  },
  {
    route: 'PUT /api/flows/:id/signing-key',
    statuses: EDITORS(204),
    prepare: async (world) => ({
      path: `/api/flows/${await newFlow(world)}/signing-key`,
      body: { key: SIGNING_KEY },
    }),
  },
  {
    route: 'GET /api/flows/:id/calls',
    statuses: READERS(200),
    prepare: async (world) => ({ path: `/api/flows/${await publishedFlow(world)}/calls?days=7` }),
  },
  { route: 'GET /api/settings', statuses: DESIGNER_ONLY(200) },
  {
    route: 'PUT /api/settings',
    statuses: OWNER_ONLY(200),
    prepare: async () => ({ path: '/api/settings', body: { callDetails: false } }),
  },
];

const CELLS = TABLE.flatMap((row) =>
  CALLERS.map((caller, index) => ({ ...row, caller, expected: row.statuses[index]! })),
);

describe.each(testEngines())(
  `the authorization table on $name: ${TABLE.length} routes × ${CALLERS.length} callers = ${CELLS.length} cells`,
  (engine) => {
    let world: World;

    beforeAll(async () => {
      const harness = await openHarness(engine);
      const owner = await harness.person('owner');
      world = {
        harness,
        users: {
          owner,
          editor: await harness.person('editor'),
          viewer: await harness.person('viewer'),
        },
        ownerToken: (await harness.apiToken(owner)).token,
        signer: await harness.person('viewer'),
      };
    });
    afterAll(async () => {
      await world?.harness.close();
    });

    it.each(CELLS)(
      '$route as $caller → $expected',
      async ({ route, caller, expected, prepare }) => {
        const { harness, users, ownerToken } = world;
        const user =
          caller === 'anonymous' ? undefined : caller === 'token' ? users.owner : users[caller];
        const [method, path] = route.split(' ') as [string, string];
        const cell = prepare ? await prepare(world, user) : { path };
        const credentials =
          caller === 'anonymous'
            ? {}
            : caller === 'token'
              ? { token: ownerToken }
              : { cookie: await harness.sessionCookie(user!) };
        const response = await harness.call(method, cell.path, { ...credentials, body: cell.body });
        expect(response.status, await response.clone().text()).toBe(expected);
      },
    );
  },
);

describe('the authorization table', () => {
  it('has a row for every API route the app serves, and no other', () => {
    const app = createStudioApp({ storage: undefined as never, staticDir: '/nonexistent' });
    const served = new Set(
      app.routes
        .filter((route) => route.method !== 'ALL' && route.path.startsWith('/api/'))
        .map((route) => `${route.method} ${route.path}`),
    );
    const rows = new Set(TABLE.map((row) => row.route.replace(/\?.*$/, '')));
    expect([...rows].sort()).toEqual([...served].sort());
  });
});
