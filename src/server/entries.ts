/**
 * The two entries of the downloaded flow server, as the build bundles them. The flow itself is
 * not in them: `package.ts` declares `FLOW_TABLE_JSON` and `FLOW_NAME` as two JSON string
 * literals at the top of each file, and the entries read those names. Shared by the build
 * (vite/flowServerPlugin.ts) and the packaging so that the names cannot drift apart.
 */

/** The names the packaging declares and the entries read. */
export const EMBEDDED_NAMES = { table: 'FLOW_TABLE_JSON', name: 'FLOW_NAME' } as const;

export type RuntimeEntry = 'node' | 'fetch';

/** What the build produces: one self-contained ES module text per entry. */
export interface FlowServerRuntime {
  /** Imports `node:http` only. */
  readonly node: string;
  /** Imports nothing. */
  readonly fetch: string;
}

const flow = `{ tableJson: ${EMBEDDED_NAMES.table}, name: ${EMBEDDED_NAMES.name} }`;

/** The entry module's code, given where `node.ts` / `fetch.ts` are for the bundler. */
export function entrySource(entry: RuntimeEntry, modulePath: string): string {
  const from = JSON.stringify(modulePath);
  return entry === 'node'
    ? `import { runNodeServer } from ${from};\nvoid runNodeServer(${flow}, process.env);\n`
    : `import { createFlowFetch } from ${from};\nconst flowFetch = createFlowFetch(${flow});\n` +
        // Not named `fetch` inside the module, where it would hide the global one.
        `const flowServerFetch = (request, env) => flowFetch.fetch(request, env);\n` +
        `export default { fetch: flowServerFetch };\n` +
        `export { flowServerFetch as fetch };\n`;
}

/** Every import a runtime may keep: the bundle must be self-contained otherwise. */
const ALLOWED_IMPORTS: Readonly<Record<RuntimeEntry, readonly string[]>> = {
  node: ['node:http'],
  fetch: [],
};

/** Why a built runtime is not self-contained, or undefined when it is. */
export function runtimeProblem(entry: RuntimeEntry, code: string): string | undefined {
  const specifiers = [
    ...code.matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*(['"])([^'"]+)\1/gm),
    ...code.matchAll(/^\s*import\s*(['"])([^'"]+)\1/gm),
  ].map((match) => match[2]!);
  const stray = specifiers.find((specifier) => !ALLOWED_IMPORTS[entry].includes(specifier));
  if (stray !== undefined) return `The ${entry} runtime imports “${stray}”.`;
  if (/\bimport\s*\(|\brequire\s*\(/.test(code))
    return `The ${entry} runtime loads modules at run time.`;
  for (const name of Object.values(EMBEDDED_NAMES)) {
    if (!code.includes(name)) return `The ${entry} runtime does not read ${name}.`;
    if (new RegExp(`\\b(?:const|let|var|function|class)\\s+${name}\\b`).test(code)) {
      return `The ${entry} runtime declares ${name} itself.`;
    }
  }
  return undefined;
}
