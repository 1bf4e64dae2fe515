/**
 * The web-standard entry of the downloaded flow server: `fetch(Request) → Response`, as
 * Cloudflare Workers, Deno, Bun, Vercel and Netlify call it. No imports beyond the router, which
 * is web-standard itself. The download exports it twice from `flow-worker.mjs`:
 * `export default { fetch }` (Workers, Deno, Bun) and `export { fetch }` (Vercel, Netlify).
 */
import { createHandler } from '../router';
import { handleOptions, loadFlowTable, logLine, settingsFrom, type EmbeddedFlow } from './runtime';

/** Workers pass settings as `env`; elsewhere they are in `process.env` or `Deno.env`. */
type Environment = Readonly<Record<string, unknown>> | undefined;

interface Runtimes {
  readonly process?: { readonly env?: Readonly<Record<string, string | undefined>> };
  readonly Deno?: { readonly env?: { get(name: string): string | undefined } };
}

function environmentValue(env: Environment, name: string): string | undefined {
  const given = env && typeof env === 'object' ? env[name] : undefined;
  if (typeof given === 'string') return given;
  const runtimes = globalThis as Runtimes;
  try {
    return runtimes.process?.env?.[name] ?? runtimes.Deno?.env?.get(name);
  } catch {
    // Deno without --allow-env: the setting is simply absent.
    return undefined;
  }
}

export interface FlowFetch {
  fetch(request: Request, env?: Environment): Promise<Response>;
}

/**
 * The fetch handler of an embedded flow. A damaged flow throws at start-up with one plain
 * sentence, so that a deployment fails at once instead of on some caller's request.
 */
export function createFlowFetch(flow: EmbeddedFlow): FlowFetch {
  const loaded = loadFlowTable(flow.tableJson);
  if ('error' in loaded) throw new Error(loaded.error);
  const { table } = loaded;
  // One handler (one clock, one imported key) per set of settings; Workers pass the same env.
  let current: { key: string; handler: (request: Request) => Promise<Response> } | undefined;
  return {
    fetch(request, env) {
      const settings = settingsFrom((name) => environmentValue(env, name));
      const key = JSON.stringify(settings);
      if (current?.key !== key) {
        const handler = createHandler(table, {
          ...handleOptions(settings),
          ...(settings.enfonicaSigningKey
            ? { enfonicaSigningKey: settings.enfonicaSigningKey }
            : {}),
          onLog: (log) => console.log(logLine(log, new Date())),
        });
        current = { key, handler };
      }
      return current.handler(request);
    },
  };
}
