// Bundle benchmark: gzipped size of the JavaScript the browser loads before first paint (the
// entry script and what index.html preloads), and of every lazily loaded chunk.
// Run after `vite build`; `npm run bench:bundle` does both.
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const html = await readFile(new URL('index.html', dist), 'utf8');
const initial = new Set(
  [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1]),
);
const files = (await readdir(new URL('assets/', dist))).filter((f) => f.endsWith('.js'));

const kb = (bytes) => (bytes / 1024).toFixed(1);
const rows = [];
let firstPaint = 0;
for (const file of files.sort()) {
  const bytes = await readFile(new URL(`assets/${file}`, dist));
  const gzipped = gzipSync(bytes, { level: 9 }).length;
  const eager = initial.has(`assets/${file}`);
  if (eager) firstPaint += gzipped;
  rows.push({
    chunk: file.replace(/-[\w-]{8}\.js$/, '.js'),
    loaded: eager ? 'before first paint' : 'lazily',
    'raw KB': kb(bytes.length),
    'gzip KB': kb(gzipped),
  });
}
console.log('\nBundle (production build, gzip -9)');
console.table(rows);
console.log(`JavaScript before first paint: ${kb(firstPaint)} KB gzipped (target ≤ 200 KB)`);
