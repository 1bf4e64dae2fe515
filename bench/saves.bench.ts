/**
 * Local saves of big flows, in Node, into an in-memory key-value store (what localStorage costs
 * on top — the browser copying the string — is left out, and grows with the bytes written, which
 * are printed). For seeded flows (src/test/generateFlow.ts) of 1,000 to 10,000 verbs:
 *
 * whole flow: what every save did before: JSON.stringify of the flow's record and setItem.
 * changes:    what a save does now: FlowLibrary.save of a one-field edit, which writes the changes
 *             since the stored copy, the head and the list (src/persist/library.ts).
 * compaction: FlowLibrary.compact, rewriting the stored copy with the changes (after a pause).
 * reload:     a new FlowLibrary reading the flow: its copy with its changes applied (the
 *             patched flow is read again as any stored flow is), and its copy alone.
 *
 * Medians of several runs; nothing here asserts a time. Run with
 * `npx vitest run --config bench/vitest.config.ts bench/saves.bench.ts`.
 */
import { afterAll, describe, it } from 'vitest';
import { updateNode } from '../src/model/operations';
import { FlowLibrary } from '../src/persist/library';
import { changesKey, flowKey, headKey, INDEX_KEY } from '../src/persist/storageKeys';
import type { Flow } from '../src/schema/flow';
import { generateFlow } from '../src/test/generateFlow';
import { memoryStorage } from '../src/test/storage';

const SIZES = [1_000, 5_000, 10_000] as const;
const RUNS = 21;
const gc = (globalThis as { gc?: () => void }).gc;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median ms of `run` over RUNS runs (after two unmeasured ones), garbage collected between. */
function measure(prepare: (i: number) => () => void): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const run = prepare(i);
    gc?.();
    const started = performance.now();
    run();
    if (i >= 2) times.push(performance.now() - started);
  }
  return median(times);
}

/** The flow with one field of one node changed, different at every run. */
function edited(flow: Flow, i: number): Flow {
  const node = flow.nodes[Math.floor(flow.nodes.length / 2)]!;
  return updateNode(flow, node.id, { label: `Edited ${i}` });
}

const rows: Record<string, string | number>[] = [];
const round = (ms: number) => Math.round(ms * 100) / 100;

describe('saves of a one-field edit', () => {
  for (const verbs of SIZES) {
    it(`${verbs} verbs`, () => {
      const flow = generateFlow({ verbs, seed: 23 });

      // Before: the whole flow's record, every save.
      const plain = memoryStorage();
      let wholeBytes = 0;
      const whole = measure((i) => {
        const next = edited(flow, i);
        return () => {
          const text = JSON.stringify({ revision: i, savedAt: i, savedBy: 'tab', flow: next });
          plain.setItem(flowKey(flow.id), text);
          wholeBytes = text.length;
        };
      });

      // Now: the changes since the stored copy (and the head and the list).
      const storage = memoryStorage();
      const library = new FlowLibrary(storage, 'tab');
      let revision = (library.save(flow, null) as { revision: number }).revision;
      let changesBytes = 0;
      const changes = measure((i) => {
        const next = edited(flow, i);
        return () => {
          const result = library.save(next, revision);
          if (!result.ok) throw new Error('save failed');
          revision = result.revision;
          changesBytes = [changesKey(flow.id), headKey(flow.id), INDEX_KEY]
            .map((key) => storage.getItem(key)?.length ?? 0)
            .reduce((a, b) => a + b, 0);
        };
      });

      let copyBytes = 0;
      const compaction = measure((i) => {
        const result = library.save(edited(flow, i + 1_000), revision);
        if (result.ok) revision = result.revision;
        return () => {
          library.compact(flow.id);
          copyBytes = storage.getItem(flowKey(flow.id))?.length ?? 0;
        };
      });

      const reloadWithChanges = measure((i) => {
        const result = library.save(edited(flow, i + 2_000), revision);
        if (result.ok) revision = result.revision;
        return () => new FlowLibrary(storage, 'reload').load(flow.id);
      });

      library.compact(flow.id);
      const reloadCopyOnly = measure(() => () => new FlowLibrary(storage, 'reload').load(flow.id));

      rows.push({
        verbs,
        'whole flow ms': round(whole),
        'changes ms': round(changes),
        'compaction ms': round(compaction),
        'reload (copy + changes) ms': round(reloadWithChanges),
        'reload (copy only) ms': round(reloadCopyOnly),
        'whole flow bytes': wholeBytes,
        'changes bytes (changes+head+list)': changesBytes,
        'copy bytes': copyBytes,
      });
    });
  }
});

afterAll(() => {
  console.table(rows);
});
