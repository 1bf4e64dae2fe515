/**
 * Builds the downloaded flow server's runtime (router + entry) into self-contained ES module
 * texts with Vite's own bundler, and offers them to the app as the lazy virtual module
 * `virtual:flow-server-runtime` (default export: `{ node, fetch }`), so that the first load of
 * the designer pays nothing for it. The tests and the benchmark call the same build.
 */
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import {
  entrySource,
  runtimeProblem,
  type FlowServerRuntime,
  type RuntimeEntry,
} from '../src/server/entries.ts';

export const FLOW_SERVER_RUNTIME_MODULE = 'virtual:flow-server-runtime';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVER_DIR = fileURLToPath(new URL('../src/server/', import.meta.url));
const ENTRY_ID = '\0flow-server-entry';

async function bundle(entry: RuntimeEntry): Promise<{ code: string; files: string[] }> {
  const entryPlugin: Plugin = {
    name: 'rcml-studio-flow-server-entry',
    resolveId: (id) => (id === ENTRY_ID ? id : undefined),
    load: (id) => (id === ENTRY_ID ? entrySource(entry, `${SERVER_DIR}${entry}.ts`) : undefined),
  };
  const result = await build({
    configFile: false,
    envFile: false,
    root: ROOT,
    publicDir: false,
    logLevel: 'silent',
    plugins: [entryPlugin],
    ssr: { noExternal: true, target: entry === 'node' ? 'node' : 'webworker' },
    build: {
      write: false,
      ssr: true,
      // Readable on purpose: a person may open flow-server.mjs to see what runs.
      minify: false,
      target: 'es2022',
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: ENTRY_ID,
        external: ['node:http'],
        output: { format: 'es', codeSplitting: false },
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunks = outputs.flatMap((output) =>
    'output' in output ? output.output.filter((item) => item.type === 'chunk') : [],
  );
  if (chunks.length !== 1)
    throw new Error(`The ${entry} runtime built into ${chunks.length} files.`);
  const { code, moduleIds } = chunks[0]!;
  const problem = runtimeProblem(entry, code);
  if (problem) throw new Error(problem);
  return { code, files: moduleIds.filter((id) => !id.startsWith('\0')) };
}

/** Both runtimes, and the source files they were built from (watched by the dev server). */
async function buildWithSources(): Promise<{ runtime: FlowServerRuntime; files: string[] }> {
  const node = await bundle('node');
  const fetch = await bundle('fetch');
  return {
    runtime: { node: node.code, fetch: fetch.code },
    files: [...new Set([...node.files, ...fetch.files])],
  };
}

/** Both runtimes, bundled and checked. */
export async function buildFlowServerRuntime(): Promise<FlowServerRuntime> {
  return (await buildWithSources()).runtime;
}

/** `import('virtual:flow-server-runtime')` in the app: the runtimes as strings. */
export function flowServerRuntime(): Plugin {
  const resolved = `\0${FLOW_SERVER_RUNTIME_MODULE}`;
  return {
    name: 'rcml-studio-flow-server-runtime',
    resolveId: (id) => (id === FLOW_SERVER_RUNTIME_MODULE ? resolved : undefined),
    async load(id) {
      if (id !== resolved) return undefined;
      const { runtime, files } = await buildWithSources();
      // The development server rebuilds the runtime when the router or an entry changes.
      for (const file of files) this.addWatchFile(file);
      return `export default ${JSON.stringify(runtime)};\n`;
    },
  };
}
