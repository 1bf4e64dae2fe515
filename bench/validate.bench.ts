/**
 * Validation after an edit, in Node (issue 23): a check after a one-field edit, as a store makes
 * it (its analysis and validation follow the flow, so the graph and plan carry over and node
 * rules run on the edited node only), against every rule run over the whole flow with that same
 * analysis (what each check cost before node rules were kept) and a fresh validation of a flow
 * never seen (cold: graph, plan and every rule). Seeded flows of 1,000 to 10,000 verbs; the
 * median of several runs (and the fastest: on a shared machine, the least disturbed), interleaved
 * so that each row sees the same stretches of the machine.
 * Prints figures; asserts no time.
 *
 * `npx vitest run --config bench/vitest.config.ts bench/validate.bench.ts`
 */
import { describe, it } from 'vitest';
import { FlowAnalysis } from '../src/model/documents';
import { updateNode } from '../src/model/operations';
import type { Flow } from '../src/schema/flow';
import { generateFlow } from '../src/test/generateFlow';
import { FlowValidation, validateFlow } from '../src/validate';

const SIZES = [1_000, 5_000, 10_000] as const;
const SEED = 20_240;
const RUNS = 15;
const WARMUP = 3;

/** What one run of a row measures, given the flow it follows and the edited flow (or a copy). */
type Check = (follower: Follower, edited: Flow) => unknown;

/** A store's analysis and validation, following the flow through its edits. */
interface Follower {
  readonly analysis: FlowAnalysis;
  readonly validation: FlowValidation;
}

const ROWS: Readonly<Record<string, Check>> = {
  'check after a one-field edit (incremental)': ({ validation }, edited) =>
    validation.problems(edited),
  'every rule over the whole flow, same analysis': ({ analysis }, edited) =>
    new FlowValidation(analysis).problems(edited),
  'fresh validation (cold)': (_, copy) => validateFlow(copy),
};

/** Rows that check a copy of the edited flow: new objects throughout, as a flow just opened. */
const COLD = new Set(['fresh validation (cold)']);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

describe('validation after an edit', () => {
  it('prints the median check time per size', () => {
    const lines: string[] = [];
    for (const verbs of SIZES) {
      let flow = generateFlow({ verbs, seed: SEED });
      const analysis = new FlowAnalysis();
      const follower: Follower = { analysis, validation: new FlowValidation(analysis) };
      analysis.plan(flow);
      follower.validation.problems(flow);
      const says = flow.nodes.filter((n) => n.kind === 'say');
      const times: Record<string, number[]> = {};
      for (let run = 0; run < WARMUP + RUNS; run++) {
        for (const [row, check] of Object.entries(ROWS)) {
          // A new edit for each measurement: typing in one Say in the middle of the flow.
          const say = says[Math.floor(says.length / 2) + (run % 5)]!;
          const edited = updateNode(flow, say.id, { text: `Hello ${run} ${row.length}` });
          analysis.plan(edited); // as the store does within the change, before the check
          const input = COLD.has(row) ? structuredClone(edited) : edited;
          globalThis.gc?.();
          const started = performance.now();
          check(follower, input);
          const ms = performance.now() - started;
          follower.validation.problems(edited); // the store has checked it, whatever the row
          flow = edited;
          if (run >= WARMUP) (times[row] ??= []).push(ms);
        }
      }
      for (const [row, list] of Object.entries(times)) {
        lines.push(
          `${String(verbs).padStart(6)} verbs  ${row.padEnd(48)} ${median(list).toFixed(2)} ms (fastest ${Math.min(...list).toFixed(2)})`,
        );
      }
    }
    console.log(
      `\nValidation after a one-field edit (median of ${RUNS} runs)\n${lines.join('\n')}`,
    );
  });
});
