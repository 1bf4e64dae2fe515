/**
 * The storage, on both engines, through the one interface: what the services above rely on.
 * Each engine gets a new database for the file; records are made unique per test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flowRecord, T0, testFlow, userRecord } from '../test/records.fixture';
import { testEngines, type OpenedStorage } from '../test/engines.fixture';
import { openStorage } from './index';
import { MIGRATIONS } from './migrations';
import type { FlowChange, StudioStorage, UserRecord } from './types';

/** Adds `person` to the team the way the server does: through an invitation. */
async function join(storage: StudioStorage, person: UserRecord): Promise<void> {
  await storage.createInvitation({
    id: `inv-${person.id}`,
    codeHash: `code-${person.id}`,
    role: person.role,
    createdBy: 'someone',
    createdAt: T0,
    expiresAt: T0 + 1000,
  });
  expect((await storage.acceptInvitation(`code-${person.id}`, T0, person)).kind).toBe('accepted');
}

const change = (user: UserRecord, name: string, at = T0 + 1000): FlowChange => ({
  name,
  document: JSON.stringify({ name }),
  updatedAt: at,
  updatedById: user.id,
  updatedByName: user.name,
});

describe('the migrations', () => {
  it('are numbered in order, from 001', () => {
    const names = Object.keys(MIGRATIONS);
    expect(names[0]).toMatch(/^001_/);
    expect([...names].sort()).toEqual(names);
    names.forEach((name, index) =>
      expect(name.slice(0, 3)).toBe(String(index + 1).padStart(3, '0')),
    );
  });
});

describe.each(testEngines())('storage on $name', (engine) => {
  let opened: OpenedStorage;
  let storage: StudioStorage;
  let editor: UserRecord;

  beforeAll(async () => {
    opened = await engine.open();
    storage = opened.storage;
    editor = userRecord({ role: 'editor' });
  });
  afterAll(async () => {
    await opened?.close();
  });

  it('migrates again without change', async () => {
    await storage.migrate();
    expect(await storage.countUsers()).toBe(0);
  });

  describe('accounts', () => {
    it('creates the first owner only with the set-up code, and only once', async () => {
      await storage.writeSetting('setupCodeHash', 'hash-of-the-code');
      const owner = userRecord({ role: 'owner' });
      expect(await storage.createFirstOwner(owner, 'another-hash')).toBe('wrong-code');
      expect(await storage.countUsers()).toBe(0);
      expect(await storage.createFirstOwner(owner, 'hash-of-the-code')).toBe('created');
      expect(await storage.readSetting('setupCodeHash')).toBeUndefined();
      await storage.writeSetting('setupCodeHash', 'a-second-code');
      expect(await storage.createFirstOwner(userRecord({ role: 'owner' }), 'a-second-code')).toBe(
        'already-set-up',
      );
      expect(await storage.findUserById(owner.id)).toEqual(owner);
      expect(typeof (await storage.findUserByEmail(owner.email))?.createdAt).toBe('number');
    });

    it('keeps the last owner: no demotion, no removal', async () => {
      const [owner] = (await storage.listUsers()).filter((user) => user.role === 'owner');
      expect(await storage.changeRole(owner!.id, 'viewer')).toBe('last-owner');
      expect(await storage.removeUser(owner!.id)).toBe('last-owner');
      expect(await storage.changeRole('nobody', 'viewer')).toBe('not-found');
      expect(await storage.removeUser('nobody')).toBe('not-found');
    });

    it('lets two owners demote each other at once only one way', async () => {
      await join(storage, userRecord({ role: 'owner' }));
      const owners = (await storage.listUsers()).filter((user) => user.role === 'owner');
      expect(owners).toHaveLength(2);
      const outcomes = await Promise.all(
        owners.map((owner) => storage.changeRole(owner.id, 'editor')),
      );
      expect(outcomes.sort()).toEqual(['done', 'last-owner']);
      const left = (await storage.listUsers()).filter((user) => user.role === 'owner');
      expect(left).toHaveLength(1);
    });

    it('removes a person with their sessions and tokens', async () => {
      const person = userRecord({ role: 'viewer' });
      await join(storage, person);
      await storage.createSession({
        idHash: `s-${person.id}`,
        userId: person.id,
        createdAt: T0,
        lastUsedAt: T0,
      });
      await storage.createToken({
        id: `t-${person.id}`,
        userId: person.id,
        name: 'script',
        tokenHash: `th-${person.id}`,
        createdAt: T0,
        lastUsedAt: null,
      });
      expect((await storage.findSession(`s-${person.id}`))?.user.id).toBe(person.id);
      expect((await storage.findToken(`th-${person.id}`))?.user.id).toBe(person.id);
      expect(await storage.removeUser(person.id)).toBe('done');
      expect(await storage.findSession(`s-${person.id}`)).toBeUndefined();
      expect(await storage.findToken(`th-${person.id}`)).toBeUndefined();
      expect(await storage.findUserById(person.id)).toBeUndefined();
    });

    it('keeps sessions by their hash, touched and deleted', async () => {
      const person = userRecord();
      await join(storage, person);
      await storage.createSession({
        idHash: 'h1',
        userId: person.id,
        createdAt: T0,
        lastUsedAt: T0,
      });
      await storage.touchSession('h1', T0 + 5000);
      expect((await storage.findSession('h1'))?.session).toEqual({
        idHash: 'h1',
        userId: person.id,
        createdAt: T0,
        lastUsedAt: T0 + 5000,
      });
      await storage.deleteSession('h1');
      expect(await storage.findSession('h1')).toBeUndefined();
    });

    it('uses an invitation once, keeps it when the email is taken, and not after it expires', async () => {
      const invitation = {
        id: 'inv-once',
        codeHash: 'code-once',
        role: 'viewer' as const,
        createdBy: 'someone',
        createdAt: T0,
        expiresAt: T0 + 10_000,
      };
      await storage.createInvitation(invitation);
      expect(await storage.findInvitation('code-once', T0)).toEqual(invitation);
      expect(await storage.listInvitations(T0)).toContainEqual(invitation);
      const taken = (await storage.listUsers())[0]!;
      const newcomer = userRecord();
      expect(
        (await storage.acceptInvitation('code-once', T0, { ...newcomer, email: taken.email })).kind,
      ).toBe('email-taken');
      expect(await storage.findInvitation('code-once', T0)).toEqual(invitation);
      expect(await storage.acceptInvitation('code-once', T0 + 10_000, newcomer)).toEqual({
        kind: 'gone',
      });
      const twice = await Promise.all([
        storage.acceptInvitation('code-once', T0, newcomer),
        storage.acceptInvitation('code-once', T0, userRecord()),
      ]);
      expect(twice.map((outcome) => outcome.kind).sort()).toEqual(['accepted', 'gone']);
      expect(await storage.findInvitation('code-once', T0)).toBeUndefined();
    });

    it('counts sign-in failures per key within a window, and forgets old ones', async () => {
      await storage.recordSignInFailure(['account:a', 'address:1'], T0, T0 - 1);
      await storage.recordSignInFailure(['account:a', 'address:1'], T0 + 10, T0 - 1);
      expect(await storage.signInFailures('account:a', T0 - 1)).toEqual([T0, T0 + 10]);
      expect(await storage.signInFailures('account:a', T0)).toEqual([T0 + 10]);
      await storage.recordSignInFailure(['address:1'], T0 + 20, T0 + 5);
      expect(await storage.signInFailures('address:1', 0)).toEqual([T0 + 10, T0 + 20]);
      await storage.clearSignInFailures('account:a');
      expect(await storage.signInFailures('account:a', 0)).toEqual([]);
    });
  });

  describe('flows', () => {
    it('inserts a flow once per id, and lists it without its document', async () => {
      const flow = testFlow('Opening hours');
      const record = flowRecord(flow, editor);
      expect(await storage.insertFlow(record)).toBe('created');
      expect(await storage.insertFlow(record)).toBe('id-taken');
      expect(await storage.readFlow(flow.id)).toEqual(record);
      const listed = (await storage.listFlows()).find((summary) => summary.id === flow.id);
      expect(listed).toEqual({
        id: record.id,
        name: record.name,
        revision: 1,
        updatedAt: T0,
        updatedById: editor.id,
        updatedByName: editor.name,
        deletedAt: null,
      });
    });

    it('saves over the stored revision only: the second save from one base is refused', async () => {
      const record = flowRecord(testFlow(), editor);
      await storage.insertFlow(record);
      const first = await storage.saveFlow(record.id, 1, change(editor, 'First'));
      expect(first).toMatchObject({ kind: 'saved', summary: { revision: 2, name: 'First' } });
      const second = await storage.saveFlow(record.id, 1, change(editor, 'Second'));
      expect(second).toMatchObject({ kind: 'conflict', summary: { revision: 2, name: 'First' } });
      expect((await storage.readFlow(record.id))?.document).toBe(JSON.stringify({ name: 'First' }));
      expect(await storage.saveFlow('no-such-flow', 1, change(editor, 'x'))).toEqual({
        kind: 'not-found',
      });
    });

    it('lets exactly one of many concurrent saves from one base revision win', async () => {
      const record = flowRecord(testFlow(), editor);
      await storage.insertFlow(record);
      const outcomes = await Promise.all(
        ['A', 'B', 'C', 'D'].map((name) => storage.saveFlow(record.id, 1, change(editor, name))),
      );
      const kinds = outcomes.map((outcome) => outcome.kind).sort();
      expect(kinds).toEqual(['conflict', 'conflict', 'conflict', 'saved']);
      const winner = outcomes.find((outcome) => outcome.kind === 'saved');
      const stored = await storage.readFlow(record.id);
      expect(winner?.kind === 'saved' && winner.summary.name).toBe(stored?.name);
      expect(stored?.revision).toBe(2);
    });

    it('deletes softly, lists, restores, and purges after the keeping time', async () => {
      const record = flowRecord(testFlow(), editor);
      await storage.insertFlow(record);
      expect(await storage.deleteFlow(record.id, T0 + 100)).toBe(true);
      expect(await storage.deleteFlow(record.id, T0 + 200)).toBe(false);
      expect(await storage.readFlow(record.id)).toBeUndefined();
      expect((await storage.listFlows()).map((flow) => flow.id)).not.toContain(record.id);
      expect(await storage.saveFlow(record.id, 1, change(editor, 'x'))).toEqual({
        kind: 'not-found',
      });
      const deleted = (await storage.listDeletedFlows(T0)).find((flow) => flow.id === record.id);
      expect(deleted?.deletedAt).toBe(T0 + 100);
      expect(await storage.restoreFlow(record.id, T0 + 100)).toBeUndefined();
      expect(await storage.restoreFlow(record.id, T0)).toMatchObject({
        id: record.id,
        deletedAt: null,
      });
      await storage.deleteFlow(record.id, T0 + 300);
      expect(await storage.purgeDeletedFlows(T0 + 300)).toBeGreaterThanOrEqual(1);
      expect(await storage.listDeletedFlows(0)).not.toContainEqual(
        expect.objectContaining({ id: record.id }),
      );
      expect(await storage.insertFlow(record)).toBe('created');
    });

    it('lists newest change first', async () => {
      const older = flowRecord(testFlow('Older'), editor, T0 + 50_000);
      const newer = flowRecord(testFlow('Newer'), editor, T0 + 60_000);
      await storage.insertFlow(older);
      await storage.insertFlow(newer);
      const ids = (await storage.listFlows()).map((flow) => flow.id);
      expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    });
  });
});

describe('openStorage', () => {
  it('refuses a DATABASE_URL that is not postgres://', () => {
    expect(() => openStorage({ databaseUrl: 'mysql://db/rcml', dataDir: 'data' })).toThrow(
      /DATABASE_URL must start with postgres:\/\//,
    );
  });
});
