/**
 * Zip import, in Node: the time to unpack or refuse honest and hostile zips, with the reader the
 * app used before (fflate's unzipSync, trusting the sizes the zip declares) beside the one it
 * uses now (src/app/import/unzip.ts, counting the bytes it produces). In the app the work runs
 * in a worker, so the page never waits for it; these figures are what the worker spends.
 * Nothing here asserts a time.
 */
import { unzipSync } from 'fflate';
import { describe, it } from 'vitest';
import { unzipDocuments } from '../src/app/import/unzip';
import { bomb, sharingOneStream, zipOf } from '../src/test/hostileZips';
import { MAX_TOTAL_SIZE } from '../src/xml/parse/limits';

const RUNS = 5;
/**
 * The reader before spends about two minutes on the 200 entries sharing a 64 MB stream (129 s
 * here on 30 Nov 2026, on a loaded machine); it is measured only when asked for.
 */
const SLOW_BEFORE = process.env.BENCH_UNZIP_BEFORE === '1';

/** The reader before: it decided from the declared sizes, then inflated all it let through. */
function unzipBefore(zip: Uint8Array): number {
  let declared = 0;
  let count = 0;
  const entries = unzipSync(zip, {
    filter: (file) => {
      count += 1;
      declared += file.originalSize;
      return count <= 200 && declared <= MAX_TOTAL_SIZE;
    },
  });
  return Object.keys(entries).length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(runs: number, run: () => unknown): { ms: number; min: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return { ms: median(times), min: Math.min(...times) };
}

describe('unzip', () => {
  it('honest and hostile zips, before and after', () => {
    const honest = zipOf(
      Object.fromEntries(
        Array.from({ length: 50 }, (_, i) => [
          `doc${i}.xml`,
          `<Response>\n${'  <Say>Thanks for calling, please hold.</Say>\n'.repeat(200)}</Response>\n`,
        ]),
      ),
    );
    const bomb64 = bomb(64);
    const zips = [
      { name: 'honest: 50 documents of 9 KB', zip: honest, beforeRuns: RUNS },
      { name: 'one entry claiming 0 bytes, unpacking to 64 MB', zip: bomb64, beforeRuns: RUNS },
      {
        name: '200 entries claiming 0 bytes, sharing one 4 MB stream',
        zip: sharingOneStream(bomb(4), 200),
        beforeRuns: 1,
      },
      {
        name: '200 entries claiming 0 bytes, sharing one 64 MB stream',
        zip: sharingOneStream(bomb64, 200),
        beforeRuns: SLOW_BEFORE ? 1 : 0,
      },
    ];
    const rows: string[] = [];
    for (const { name, zip, beforeRuns } of zips) {
      const after = time(RUNS, () => unzipDocuments('bench.zip', zip));
      const before = beforeRuns
        ? `${time(beforeRuns, () => unzipBefore(zip)).ms.toFixed(0)} (${beforeRuns} run${beforeRuns > 1 ? 's' : ''})`
        : 'skipped: BENCH_UNZIP_BEFORE=1';
      const outcome = unzipDocuments('bench.zip', zip);
      rows.push(
        `| ${name} (${(zip.length / 1024).toFixed(0)} KB) | ${before} | ${after.ms.toFixed(1)} (min ${after.min.toFixed(1)}) | ${outcome.ok ? 'unpacked' : 'refused'}, ${(outcome.inflated / 1024 / 1024).toFixed(1)} MB inflated |`,
      );
    }
    console.log(
      [
        '',
        '| zip | before: unzipSync, ms | now: unzipDocuments, ms (median) | now |',
        '| --- | ---: | ---: | --- |',
        ...rows,
      ].join('\n'),
    );
  });
});
