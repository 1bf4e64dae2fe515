/**
 * The RCML Studio server's entry (`npm start` builds it into dist-server/ and runs it): reads
 * the settings, migrates the database, prints the set-up link while nobody is set up, serves,
 * and on SIGTERM or SIGINT closes the server and the database and exits 0.
 *
 * Settings (environment): PORT (5173), HOST (127.0.0.1), RCML_DATA_DIR (data: the SQLite file),
 * DATABASE_URL (postgres://…: PostgreSQL instead), PUBLIC_ORIGIN, RCML_STATIC_DIR (dist),
 * RCML_CALL_DAYS (30). Calls counted and not yet written are written before the exit.
 */
import type { AddressInfo } from 'node:net';
import { createStudio } from './app';
import { createStudioServer } from './server';
import { issueSetupCode } from './services/setup';
import { listeningAddress, settingsFrom } from './settings';
import { openStorage } from './storage';

const write = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const settings = settingsFrom(process.env);
  const storage = openStorage(settings);
  await storage.migrate();
  const studio = createStudio({
    storage,
    publicOrigin: settings.publicOrigin,
    staticDir: settings.staticDir,
    callDays: settings.callDays,
    log: write,
  });
  const server = createStudioServer(studio);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve).once('error', reject);
    server.listen(settings.port, settings.host);
  });
  const { port } = server.address() as AddressInfo;
  const listening = listeningAddress(settings, port);

  const code = await issueSetupCode({ storage, now: Date.now });
  if (code !== undefined) {
    const origin = settings.publicOrigin ?? listening;
    write(`RCML Studio: create the first account at ${origin}/setup?code=${code}`);
  }
  write(`RCML Studio is running at ${listening} (storage: ${storage.description})`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close(() => {
      // Every request is answered (and counted) by now: the counts go to the database first.
      studio
        .flushCalls()
        .then(() => storage.close())
        .then(
          () => process.exit(0),
          () => process.exit(1),
        );
    });
    // Keep-alive connections would hold close() open: end the idle ones now, the rest soon.
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 2_000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `RCML Studio could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
