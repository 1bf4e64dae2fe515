/**
 * Compare two versions (src/versions), in Node: the changes in plain words and the line diff of
 * every document, for generated flows of 1,000 and 10,000 verbs (src/test/generateFlow.ts) and
 * a second version edited as a person edits between two publishes (texts, a reason, a number,
 * steps removed and inserted, 50 nodes moved). Issue 22 asks for ≤ 200 ms at 1,000 verbs.
 * Prints the median and fastest of several runs; nothing here asserts a time.
 *
 * kept documents: both versions' documents as the server keeps them (strings), flows as parsed
 *                 from their saved JSON: what Compare of two published versions computes.
 * draft vs live:  the draft's documents written in the timing (cold), the live one's kept.
 * both written:   both flows serialized cold inside the timing: the most Compare can cost.
 */
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { afterAll, describe, it } from 'vitest';
import {
  insertOnEdge,
  moveNodes,
  removeNodes,
  renameFlow,
  updateChild,
  updateNode,
} from '../src/model/operations';
import type { Flow, Position } from '../src/schema/flow';
import { generateFlow } from '../src/test/generateFlow';
import { compareVersions, describeChanges, diffDocuments } from '../src/versions';
import { serializeFlow } from '../src/xml/serialize';

const SIZES = [1_000, 10_000] as const;
const SEED = 20_240;
const RUNS: Readonly<Record<number, number>> = { 1_000: 31, 10_000: 11 };
const WARMUP = 3;

const gc = (globalThis as { gc?: (options?: { type: 'minor' | 'major' }) => void }).gc;

interface Row {
  readonly operation: string;
  readonly verbs: number;
  readonly ms: number;
  readonly min: number;
}

const rows: Row[] = [];
const notes: string[] = [];

/** The flow as opening its saved JSON gives it: new objects, every memo empty. */
const fresh = (flow: Flow) => {
  const saved = JSON.stringify(flow);
  return () => JSON.parse(saved) as Flow;
};

/** Kept documents: strings, as the server reads them back. */
const kept = (flow: Flow) =>
  serializeFlow(fresh(flow)()).map((d) => ({ fileName: d.fileName, xml: `${d.xml}` }));

/** A second version: what a person changes between two publishes. */
function edited(flow: Flow): Flow {
  let next = renameFlow(flow, `${flow.name} (v2)`);
  const says = next.nodes.filter((n) => n.kind === 'say');
  for (const [i, say] of says.slice(0, 5).entries()) {
    next = updateNode(next, say.id, { text: `New words, take ${i + 1}.` });
  }
  const reject = next.nodes.find((n) => n.kind === 'reject');
  if (reject) next = updateNode(next, reject.id, { attributes: { reason: 'busy' } });
  const dial = next.nodes.find((n) => n.kind === 'dial' && n.children?.length);
  if (dial) next = updateChild(next, dial.id, dial.children![0]!.id, { text: '+14155550177' });
  const plain = next.nodes.filter((n) => n.kind === 'pause' || n.kind === 'play');
  next = removeNodes(next, new Set(plain.slice(0, 2).map((n) => n.id)));
  const edge = next.edges.find((e) => e.outlet === 'next' && e.source !== 'start');
  if (edge) next = insertOnEdge(next, edge.id, 'say', { x: 0, y: 0 }).flow;
  const moved = new Map<string, Position>();
  for (const node of next.nodes.filter((_, i) => i % 20 === 7)) {
    moved.set(node.id, { x: node.position.x + 40, y: node.position.y + 10 });
  }
  return moveNodes(next, moved);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `run(prepare())` several times, `prepare` untimed; records the median and fastest. */
function measure<T>(
  operation: string,
  verbs: number,
  prepare: () => T,
  run: (input: T) => unknown,
) {
  const times: number[] = [];
  for (let i = 0; i < WARMUP + RUNS[verbs]!; i++) {
    const input = prepare();
    gc?.({ type: 'minor' });
    gc?.({ type: 'minor' });
    const started = performance.now();
    run(input);
    const ms = performance.now() - started;
    if (i >= WARMUP) times.push(ms);
  }
  rows.push({ operation, verbs, ms: median(times), min: Math.min(...times) });
}

describe('versions', () => {
  afterAll(() => {
    console.log(report());
  });

  it('compares two versions at 1,000 and 10,000 verbs', () => {
    for (const verbs of SIZES) {
      const v1 = generateFlow({ verbs, seed: SEED });
      const v2 = edited(v1);
      const [open1, open2] = [fresh(v1), fresh(v2)];
      const [docs1, docs2] = [kept(v1), kept(v2)];
      const sample = describeChanges(v1, v2);
      const diffs = diffDocuments(docs1, docs2);
      const changedDocs = diffs.filter((d) => d.status !== 'same');
      notes.push(
        `${verbs.toLocaleString('en-US')} verbs: ${docs1.length} documents, ` +
          `${docs1.reduce((n, d) => n + d.xml.split('\n').length, 0).toLocaleString('en-US')} lines; ` +
          `v2 gives ${sample.changes.length} changes, ${sample.moves.length} moves, ` +
          `${changedDocs.length} documents not the same (+${changedDocs.reduce((n, d) => n + d.added, 0)} ` +
          `−${changedDocs.reduce((n, d) => n + d.removed, 0)} lines)`,
      );

      const versions = () => ({
        before: { flow: open1(), documents: docs1 },
        after: { flow: open2(), documents: docs2 },
      });
      measure('compare, kept documents', verbs, versions, ({ before, after }) =>
        compareVersions(before, after),
      );
      measure('  changes in words only', verbs, versions, ({ before, after }) =>
        describeChanges(before.flow, after.flow),
      );
      measure('  line diff only', verbs, versions, ({ before, after }) =>
        diffDocuments(before.documents, after.documents),
      );
      measure(
        'compare, draft vs live (draft written)',
        verbs,
        () => ({ live: { flow: open1(), documents: docs1 }, draft: { flow: open2() } }),
        ({ live, draft }) => compareVersions(live, draft),
      );
      measure(
        'compare, both written cold',
        verbs,
        () => ({ before: { flow: open1() }, after: { flow: open2() } }),
        ({ before, after }) => compareVersions(before, after),
      );
      // Two unrelated flows of the same size: nearly every line differs (the worst case).
      const other = generateFlow({ verbs, seed: SEED + 1 });
      const [openOther, docsOther] = [fresh(other), kept(other)];
      measure(
        'compare two unrelated flows, kept documents',
        verbs,
        () => ({
          before: { flow: open1(), documents: docs1 },
          after: { flow: openOther(), documents: docsOther },
        }),
        ({ before, after }) => compareVersions(before, after),
      );
    }
  });
});

function report(): string {
  const operations = [...new Set(rows.map((r) => r.operation))];
  const head = ['operation', ...SIZES.map((n) => `${n.toLocaleString('en-US')} verbs`)];
  const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
  const table = operations.map((operation) => [
    operation,
    ...SIZES.map((n) => {
      const row = rows.find((r) => r.operation === operation && r.verbs === n);
      return row ? `${ms(row.ms)} ms (min ${ms(row.min)})` : '–';
    }),
  ]);
  const widths = head.map((_, i) => Math.max(...[head, ...table].map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ');
  const cpu = cpus();
  return [
    '',
    'RCML Studio: compare two versions (src/versions)',
    `machine: ${type()} ${release()}, ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}; load average ${loadavg()[0]!.toFixed(2)}`,
    `median (and fastest) of ${SIZES.map((n) => RUNS[n]).join(' / ')} runs after ${WARMUP} warm-up runs; flows parsed from their saved JSON before each run, untimed`,
    ...notes.map((n) => `note: ${n}`),
    '',
    line(head),
    line(head.map((h) => '-'.repeat(h.length))),
    ...table.map(line),
    '',
  ].join('\n');
}
