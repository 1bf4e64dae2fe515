import { describe, expect, it } from 'vitest';
import { run, saveCase } from '../platform';
import { BLOCKED, frontDesk } from '../test/frontDesk';
import { call } from '../test/simulate';
import { testCallsKey } from '../persist/storageKeys';
import { loadTestCalls, storeTestCalls, type TestCallStorage } from './testCallStorage';

function memory(): TestCallStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

const desk = frontDesk();
const blocked = saveCase('Blocked caller', run(call(desk.flow, { from: BLOCKED })));
const welcome = saveCase('Welcome', run(call(desk.flow)));

describe('saved test calls in the browser’s storage', () => {
  it('are kept per flow and read back as they were saved', () => {
    const storage = memory();
    expect(storeTestCalls(storage, 'flow-a', [blocked, welcome])).toEqual({ ok: true });
    expect(loadTestCalls(storage, 'flow-a')).toEqual({ cases: [blocked, welcome] });
    expect(loadTestCalls(storage, 'flow-b')).toEqual({ cases: [] });
  });

  it('leave no entry once the last one is deleted', () => {
    const storage = memory();
    storeTestCalls(storage, 'flow-a', [blocked]);
    storeTestCalls(storage, 'flow-a', []);
    expect(storage.items.has(testCallsKey('flow-a'))).toBe(false);
  });

  it('leave a damaged case out, and say so', () => {
    const storage = memory();
    storeTestCalls(storage, 'flow-a', [blocked, welcome]);
    const stored = JSON.parse(storage.items.get(testCallsKey('flow-a'))!);
    stored.cases[1].inputs = [{ kind: 'keys', keys: 7 }];
    storage.setItem(testCallsKey('flow-a'), JSON.stringify(stored));
    expect(loadTestCalls(storage, 'flow-a')).toEqual({
      cases: [blocked],
      problem: '1 saved test call is damaged and left out.',
    });
  });

  it('say so when the entry is not theirs or not JSON', () => {
    const storage = memory();
    storage.setItem(testCallsKey('flow-a'), '{"cases": [');
    expect(loadTestCalls(storage, 'flow-a').problem).toMatch(/damaged/);
    storage.setItem(testCallsKey('flow-a'), '[]');
    expect(loadTestCalls(storage, 'flow-a').problem).toMatch(/damaged/);
  });

  it('report a browser that refuses to store them', () => {
    const full: TestCallStorage = {
      ...memory(),
      setItem() {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(storeTestCalls(full, 'flow-a', [blocked])).toMatchObject({ ok: false });
  });
});
