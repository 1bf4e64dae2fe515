/** Records for the storage and API suites, with made-up but well-formed values. */
import { randomUUID } from 'node:crypto';
import { createFlow } from '../../model/flow';
import type { Flow } from '../../schema/flow';
import type { FlowRecord, Role, UserRecord } from '../storage/types';

export const T0 = Date.UTC(2026, 11, 1, 9, 0, 0);

export function userRecord(overrides: Partial<UserRecord> = {}): UserRecord {
  const id = overrides.id ?? randomUUID();
  return {
    id,
    name: `Person ${id.slice(0, 4)}`,
    email: `${id}@example.com`,
    role: 'editor' as Role,
    passwordHash: 'scrypt$not-a-real-hash',
    createdAt: T0,
    ...overrides,
  };
}

/** A small real flow (the designer's own empty flow), with a fresh id. */
export function testFlow(name = 'Front desk'): Flow {
  return createFlow({ name, id: `flow-${randomUUID()}` });
}

export function flowRecord(flow: Flow, user: UserRecord, at = T0): FlowRecord {
  return {
    id: flow.id,
    name: flow.name,
    document: JSON.stringify(flow),
    revision: 1,
    updatedAt: at,
    updatedById: user.id,
    updatedByName: user.name,
    deletedAt: null,
  };
}
