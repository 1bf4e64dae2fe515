/**
 * The RCML Studio server as the voice load benchmark runs it (bench/studio.bench.ts builds this
 * file like `npm run build:server` builds main.ts): the same app and node:http server as main.ts,
 * on the SQLite file in RCML_DATA_DIR, every request line written to stdout as main.ts writes
 * it; COUNT_CALLS=0 leaves counting out, to measure what it costs. Prints the port it listens on.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createStudio } from '../src/studio/app';
import { createStudioServer } from '../src/studio/server';
import { openSqliteStorage } from '../src/studio/storage/sqlite';

const storage = openSqliteStorage(join(process.env.RCML_DATA_DIR ?? 'data', 'rcml-studio.sqlite'));
await storage.migrate();
const studio = createStudio({
  storage,
  staticDir: '/nonexistent',
  countCalls: process.env.COUNT_CALLS !== '0',
  log: (line) => process.stdout.write(`${line}\n`),
});
const server = createStudioServer(studio);
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening on 127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
process.once('SIGTERM', () => {
  server.close(() => {
    void studio
      .flushCalls()
      .then(() => storage.close())
      .then(() => process.exit(0));
  });
  server.closeAllConnections();
});
