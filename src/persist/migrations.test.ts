/**
 * Numbered migrations: one step per older version, each raising the version by one, so a file
 * of any older version reaches the current one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { giveFlowAnId, migrate, migrations, nameNodeKinds, type FlowData } from './migrations';
import { restoreFlow } from './flowFile';
import { FLOW_FORMAT, FLOW_VERSION } from '../schema/flow';
import { deepFreeze } from '../test/builders';

const V1 = (): FlowData =>
  JSON.parse(
    readFileSync(new URL('./__fixtures__/flow-v1.rcmlflow.json', import.meta.url), 'utf8'),
  ) as FlowData;

const CONTEXT = { flowId: 'flow-from-the-caller' };

const OLDER_VERSIONS = Array.from({ length: FLOW_VERSION - 1 }, (_, i) => i + 1);

describe('migrations', () => {
  it('has a step for every older version and none beyond', () => {
    expect(OLDER_VERSIONS.length).toBeGreaterThan(0);
    for (const version of OLDER_VERSIONS) expect(migrations[version]).toBeTypeOf('function');
    expect(Object.keys(migrations).map(Number).sort()).toEqual(OLDER_VERSIONS);
  });

  it.each(OLDER_VERSIONS)('the step from version %i raises the version by one', (version) => {
    const data = deepFreeze({ ...V1(), version });
    const next = migrations[version]!(data, CONTEXT);
    expect(next.version).toBe(version + 1);
    expect(next.format).toBe(FLOW_FORMAT);
  });

  it.each(OLDER_VERSIONS)('a version-%i file reaches the current version', (version) => {
    const data = deepFreeze({ ...V1(), version });
    const result = restoreFlow(data);
    expect(result).toMatchObject({ ok: true, migratedFrom: version });
    expect(result.ok && result.flow.version).toBe(FLOW_VERSION);
  });

  it('version 1 → 2 (giveFlowAnId) gives the flow the caller’s id and keeps everything else', () => {
    const data = deepFreeze(V1());
    expect(migrations[1]).toBe(giveFlowAnId);
    const migrated = migrate(data, 1, 2, CONTEXT);
    expect(migrated).toEqual({ ...data, version: 2, id: 'flow-from-the-caller' });
    // Pure: the same data and id give the same flow.
    expect(giveFlowAnId(data, CONTEXT)).toEqual(migrated);
  });

  it('restoring an old file asks the caller for the id, once per file', () => {
    let made = 0;
    const newId = () => `new-${(made += 1)}`;
    const first = restoreFlow(V1(), { newId });
    const second = restoreFlow(V1(), { newId });
    expect(first.ok && first.flow.id).toBe('new-1');
    expect(second.ok && second.flow.id).toBe('new-2');
    // A current file needs none.
    const current = restoreFlow({ ...V1(), version: FLOW_VERSION, id: 'flow-1' }, { newId });
    expect(current.ok && current.flow.id).toBe('flow-1');
    expect(made).toBe(2);
  });

  it('version 4 → 5 (nameNodeKinds) names each node’s and nested element’s kind `kind`', () => {
    const v4 = deepFreeze({
      ...V1(),
      version: 4,
      id: 'flow-1',
      nodes: [
        { id: 'start', verb: 'start', attributes: {}, position: { x: 0, y: 0 } },
        {
          id: 'dial-1',
          verb: 'dial',
          attributes: {},
          position: { x: 0, y: 150 },
          children: [{ id: 'number-1', verb: 'number', attributes: {}, text: '+14155550100' }],
        },
        { id: 'note-1', verb: 'note', attributes: {}, text: 'Ask Sam', position: { x: 9, y: 9 } },
        // Damaged or already named parts are left for restoreFlow to judge.
        'not a node',
        { id: 'both', verb: 'say', kind: 'pause', attributes: {}, position: { x: 0, y: 0 } },
      ],
    });
    const v5 = nameNodeKinds(v4, CONTEXT);
    expect(v5.version).toBe(5);
    expect(v5.nodes).toEqual([
      { id: 'start', kind: 'start', attributes: {}, position: { x: 0, y: 0 } },
      {
        id: 'dial-1',
        kind: 'dial',
        attributes: {},
        position: { x: 0, y: 150 },
        children: [{ id: 'number-1', kind: 'number', attributes: {}, text: '+14155550100' }],
      },
      { id: 'note-1', kind: 'note', attributes: {}, text: 'Ask Sam', position: { x: 9, y: 9 } },
      'not a node',
      { id: 'both', verb: 'say', kind: 'pause', attributes: {}, position: { x: 0, y: 0 } },
    ]);
    // And a version-4 file opens with every part it had.
    const read = restoreFlow(v4);
    expect(read.ok && read.flow.nodes.map((n) => n.kind)).toEqual([
      'start',
      'dial',
      'note',
      'pause',
    ]);
    expect(read.ok && read.migratedFrom).toBe(4);
  });

  it('migrating from the current version changes nothing', () => {
    const data = { ...V1(), version: FLOW_VERSION, id: 'flow-1' };
    expect(migrate(data, FLOW_VERSION, FLOW_VERSION, CONTEXT)).toBe(data);
  });

  it('a version without a step is an error, which restoreFlow reports instead of throwing', () => {
    expect(() => migrate(V1(), 0, FLOW_VERSION, CONTEXT)).toThrow(/No migration from version 0/);
    const result = restoreFlow({ ...V1(), version: 0 });
    expect(result.ok).toBe(false);
  });
});
