/**
 * What the two entries of the downloaded flow server share: the flow embedded as JSON data, the
 * settings read from the environment, and the one log line per request. Web-standard only, so the
 * fetch entry can run where Node's modules do not exist.
 */
import { isKnownTimeZone } from '../decisions/timeZone';
import { parseRouteTable, type HandleOptions, type RequestLog, type RouteTable } from '../router';

/** The flow as the download embeds it: JSON text and the flow's name, never code. */
export interface EmbeddedFlow {
  readonly tableJson: string;
  readonly name: string;
}

/** The route table, or one plain sentence saying why the server cannot start. */
export function loadFlowTable(tableJson: string): { table: RouteTable } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(tableJson);
  } catch {
    return { error: 'The flow written into this file is damaged (it is not valid JSON).' };
  }
  const parsed = parseRouteTable(value);
  if ('error' in parsed)
    return { error: `The flow written into this file is damaged: ${parsed.error}` };
  // Found now rather than as an error on every call that reaches the decision.
  for (const [path, route] of Object.entries(parsed.table.routes)) {
    if (route.kind !== 'decision' || route.decision.kind !== 'checkHours') continue;
    if (!isKnownTimeZone(route.decision.timeZone)) {
      return {
        error: `The time zone “${route.decision.timeZone}” of the decision at ${path} is not one this server knows.`,
      };
    }
  }
  return parsed;
}

/** Settings a person sets in the environment; everything optional. */
export interface ServerSettings {
  readonly basePath?: string;
  readonly enfonicaSigningKey?: string;
  readonly publicOrigin?: string;
  readonly logCallerData: boolean;
}

export function settingsFrom(get: (name: string) => string | undefined): ServerSettings {
  const value = (name: string) => {
    const text = get(name)?.trim();
    return text ? text : undefined;
  };
  const basePath = value('BASE_PATH');
  const enfonicaSigningKey = value('ENFONICA_SIGNING_KEY');
  const publicOrigin = value('PUBLIC_ORIGIN');
  return {
    ...(basePath ? { basePath } : {}),
    ...(enfonicaSigningKey ? { enfonicaSigningKey } : {}),
    ...(publicOrigin ? { publicOrigin } : {}),
    logCallerData: /^(1|true|yes)$/i.test(value('LOG_CALLER_DATA') ?? ''),
  };
}

/** The handler options for these settings (the signing key is imported by the entry). */
export function handleOptions(settings: ServerSettings): HandleOptions {
  return {
    ...(settings.basePath ? { basePath: settings.basePath } : {}),
    ...(settings.publicOrigin ? { publicOrigin: settings.publicOrigin } : {}),
    logCallerData: settings.logCallerData,
  };
}

/** Control characters (a newline in a flow's name or a header) must not forge log lines. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
}

/**
 * One line per request: time, method, path, status, each decision taken (route, kind, outlet,
 * where it led) and the document served or the error. Caller data only when the log asks for it.
 */
export function logLine(log: RequestLog, now: Date): string {
  const parts = [now.toISOString(), log.method, log.path || '-', String(log.status)];
  for (const step of log.decisions) {
    parts.push(`${step.path} ${step.kind}=${step.outlet} → ${step.target ?? 'not connected'}`);
  }
  if (log.error) parts.push(`error: ${log.error}`);
  else if (log.document !== undefined)
    parts.push(`served ${log.document ?? 'an empty document (call ends)'}`);
  if (log.caller) {
    const { from, to, digits, dialCallStatus } = log.caller;
    const fields = { from, to, digits, dialCallStatus };
    for (const [name, value] of Object.entries(fields))
      parts.push(`${name}=${JSON.stringify(value)}`);
  }
  return printable(parts.join(' '));
}
