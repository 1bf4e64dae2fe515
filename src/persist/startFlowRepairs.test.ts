/**
 * A stored flow with a name XML cannot carry (autosaved before flows were checked where they
 * enter) once blanked every reload. Start-up now opens it repaired, and says what was repaired.
 */
import { expect, it } from 'vitest';
import { FlowLibrary } from './library';
import { flowKey } from './storageKeys';
import { chooseStartFlow } from './startFlow';
import { buildFlow, say } from '../test/builders';
import { memoryStorage } from '../test/storage';
import { serializeFlow } from '../xml/serialize';

it('opens a stored flow with a bad attribute name, repaired, and says so', () => {
  const storage = memoryStorage();
  const library = new FlowLibrary(storage, 'tab-a');
  const { flow, ids } = buildFlow('rcml', say('Hello'));
  expect(library.save({ ...flow, name: 'Front desk' }, null).ok).toBe(true);
  const record = JSON.parse(storage.data.get(flowKey(flow.id))!) as {
    flow: { nodes: { id: string; attributes: Record<string, string> }[] };
  };
  record.flow.nodes.find((n) => n.id === ids[0])!.attributes['a b'] = 'x';
  storage.data.set(flowKey(flow.id), JSON.stringify(record));

  const start = chooseStartFlow(new FlowLibrary(storage, 'tab-b'), flow.id);
  expect(start.stored?.flow.id).toBe(flow.id);
  expect(() => serializeFlow(start.stored!.flow)).not.toThrow();
  expect(start.problem).toMatch(/^Opened “Front desk”\. Repaired so that it can be shown/);
  expect(start.problem).toContain('“a b”');
  // The stored copy is not rewritten by reading it.
  expect(storage.data.get(flowKey(flow.id))).toBe(JSON.stringify(record));
});
