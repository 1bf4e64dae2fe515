import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The built server (`npm run build:server`) and the built designer it serves. */
const SERVER_ENTRY = resolve(process.env.E2E_SERVER_ENTRY ?? 'dist-server/main.js');
const STATIC_DIR = resolve(process.env.E2E_OUT_DIR ?? 'dist');

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/**
 * The RCML Studio server as a user runs it: the built file, started as its own process on a
 * free port, with its SQLite file in a folder of its own. It can be stopped (SIGTERM, as a
 * service manager does) and started again on the same port and data.
 */
export class StudioServer {
  /** The one-time set-up link the server printed, while nobody is set up. */
  setupUrl: string | undefined;
  /** Everything the server printed (to check that no password or token is ever logged). */
  readonly output: string[] = [];
  private child: ChildProcess | undefined;

  private constructor(
    readonly port: number,
    readonly dataDir: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  static async start(): Promise<StudioServer> {
    if (!existsSync(SERVER_ENTRY)) {
      throw new Error(`${SERVER_ENTRY} is missing: run npm run build:server first`);
    }
    const server = new StudioServer(await freePort(), mkdtempSync(join(tmpdir(), 'rcml-e2e-')));
    await server.resume();
    return server;
  }

  /** Starts the process (again) and waits until it says it is running. */
  async resume(): Promise<void> {
    const child = spawn(process.execPath, [SERVER_ENTRY], {
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        RCML_DATA_DIR: this.dataDir,
        RCML_STATIC_DIR: STATIC_DIR,
        DATABASE_URL: '',
        PUBLIC_ORIGIN: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    await new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error('the server did not start in 20 s')), 20_000);
      let pending = '';
      child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
        pending += chunk;
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
          this.output.push(line);
          const setup = /create the first account at (\S+)/.exec(line);
          if (setup) this.setupUrl = setup[1];
          if (line.startsWith('RCML Studio is running at')) {
            clearTimeout(timer);
            done();
          }
        }
      });
      child.stderr!.setEncoding('utf8').on('data', (chunk: string) => this.output.push(chunk));
      child.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`the server exited (${code}): ${this.output.join('\n')}`));
      });
    });
  }

  /** Stops the process as a service manager does, and waits for it to exit. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    this.child = undefined;
    await new Promise<void>((done) => {
      child.removeAllListeners('exit');
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
