/**
 * Runs a downloaded `flow-server.mjs` as a person would (`node flow-server.mjs`) in a child
 * process on a loopback port, for the tests and the load benchmark. Test support, Node only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DownloadFile } from './package';

export interface ChildServer {
  readonly origin: string;
  readonly folder: string;
  readonly child: ChildProcess;
  /** Everything printed so far on stdout and stderr. */
  stdout(): string;
  stderr(): string;
  /** SIGTERM, then the exit code (or signal). */
  stop(): Promise<number | string | null>;
}

export function writeDownload(files: readonly DownloadFile[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'flow-server-'));
  for (const file of files) writeFileSync(join(folder, file.name), file.text);
  return folder;
}

const LISTENING = /listening on http:\/\/127\.0\.0\.1:(\d+)\//;

/** Starts the server (PORT=0 on 127.0.0.1 unless `env` says otherwise) and waits until it listens. */
export function startChildServer(
  files: readonly DownloadFile[],
  env: Record<string, string> = {},
  command: readonly string[] = [],
): Promise<ChildServer> {
  const folder = writeDownload(files);
  const [program, ...args] = [...command, process.execPath, 'flow-server.mjs'];
  const child = spawn(program!, args, {
    cwd: folder,
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (out += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (err += text));
  const exited = new Promise<number | string | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal)),
  );
  return new Promise((resolve, reject) => {
    const onData = () => {
      const port = LISTENING.exec(out)?.[1];
      if (!port) return;
      child.stdout.off('data', onData);
      resolve({
        origin: `http://127.0.0.1:${port}`,
        folder,
        child,
        stdout: () => out,
        stderr: () => err,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          const code = await exited;
          rmSync(folder, { recursive: true, force: true });
          return code;
        },
      });
    };
    child.stdout.on('data', onData);
    void exited.then((code) => {
      rmSync(folder, { recursive: true, force: true });
      reject(new Error(`flow-server.mjs exited (${code}) before listening: ${err || out}`));
    });
  });
}

/** Runs the server until it exits on its own (it should refuse to start); its output. */
export function runUntilExit(
  files: readonly DownloadFile[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const folder = writeDownload(files);
  const child = spawn(process.execPath, ['flow-server.mjs'], {
    cwd: folder,
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      rmSync(folder, { recursive: true, force: true });
      resolve({ code, stdout, stderr });
    }),
  );
}
