/**
 * The route table: a flow as the flow server and the simulator run it. Plain JSON (embedded as
 * data in flow-server.mjs, never as code): every path is a static document or a decision whose
 * outlets lead to other paths. `route` follows decisions until it reaches a document.
 */
import type { Decision, DecisionKind } from '../schema/decisions';
import type { DecideContext } from './decide';
import { decide } from './decide';
import { insertRequestValues } from './requestValues';
import type { CallRequest } from './request';

export interface DocumentRoute {
  readonly kind: 'document';
  /** The exact bytes the preview shows and the export writes. */
  readonly xml: string;
  /** The document's name in the preview ("welcome.xml"), for logs. */
  readonly name?: string;
  /** Request parameters whose `{Name}` markers take the request's values when served (requestValues.ts). */
  readonly requestValues?: readonly string[];
}

export interface DecisionRoute {
  readonly kind: 'decision';
  readonly decision: Decision;
  /** Outlet id → path. An outlet missing here is not connected. */
  readonly outlets: Readonly<Record<string, string>>;
  /** The node's label, for logs. */
  readonly name?: string;
}

export type Route = DocumentRoute | DecisionRoute;

export interface RouteTable {
  readonly routes: Readonly<Record<string, Route>>;
  /** The path the phone number's voice URL (the server's root, `/`) is served from. */
  readonly entry: string;
}

/** One decision taken on the way, for logs and the simulator's path on the canvas. */
export interface DecisionStep {
  readonly path: string;
  readonly kind: DecisionKind;
  readonly outlet: string;
  /** Where the outlet leads; null when it is not connected. */
  readonly target: string | null;
}

export type RouteResult =
  | {
      readonly ok: true;
      /** The document's path; null when an unconnected outlet ended the call. */
      readonly path: string | null;
      readonly xml: string;
      readonly steps: readonly DecisionStep[];
    }
  | {
      readonly ok: false;
      readonly status: 404 | 500;
      /** One plain sentence, no stack. */
      readonly message: string;
      readonly steps: readonly DecisionStep[];
    };

/** Decisions followed in a row before giving up: a flow that loops never answers otherwise. */
export const MAX_DECISIONS = 16;

/**
 * What the caller gets from an unconnected outlet: an empty document, on which every dialect
 * ends the call (the same bytes as the serializer's empty flow). Validation warns about it.
 */
export const UNCONNECTED_DOCUMENT = '<?xml version="1.0" encoding="UTF-8"?>\n<Response/>\n';

function find(table: RouteTable, path: string): [string, Route] | undefined {
  if (Object.hasOwn(table.routes, path)) return [path, table.routes[path]!];
  if ((path === '/' || path === '') && Object.hasOwn(table.routes, table.entry)) {
    return [table.entry, table.routes[table.entry]!];
  }
  return undefined;
}

/** Whether `path` names a route of the table (`/` names the entry). */
export function hasPath(table: RouteTable, path: string): boolean {
  return find(table, path) !== undefined;
}

/** The document to answer `request` at `path` with, and the decisions taken on the way. Never throws. */
export function route(
  table: RouteTable,
  path: string,
  request: CallRequest,
  now: Date,
  context: DecideContext = {},
): RouteResult {
  const steps: DecisionStep[] = [];
  let found: [string, Route] | undefined = find(table, path);
  if (!found) return { ok: false, status: 404, message: `No page at ${path} in this flow.`, steps };
  for (;;) {
    const [at, current]: [string, Route] = found;
    if (current.kind === 'document') {
      const xml = current.requestValues
        ? insertRequestValues(current.xml, current.requestValues, request.params)
        : current.xml;
      return { ok: true, path: at, xml, steps };
    }
    if (steps.length === MAX_DECISIONS) {
      const message = `The flow goes through more than ${MAX_DECISIONS} decisions in a row; it probably loops.`;
      return { ok: false, status: 500, message, steps };
    }
    let outlet: string;
    try {
      outlet = decide(current.decision, request, now, context);
    } catch {
      const zone = current.decision.kind === 'checkHours' ? current.decision.timeZone : '';
      const message = zone
        ? `The time zone “${zone}” of the flow is not known to this server.`
        : 'The flow could not decide where this call goes.';
      return { ok: false, status: 500, message, steps };
    }
    const target: string | null = Object.hasOwn(current.outlets, outlet)
      ? current.outlets[outlet]!
      : null;
    steps.push({ path: at, kind: current.decision.kind, outlet, target });
    if (target === null) return { ok: true, path: null, xml: UNCONNECTED_DOCUMENT, steps };
    found = Object.hasOwn(table.routes, target) ? [target, table.routes[target]!] : undefined;
    if (!found) {
      const message = `The flow leads to ${target}, which it does not have.`;
      return { ok: false, status: 500, message, steps };
    }
  }
}

/**
 * The table of a flow without decisions: every document at `/<file name>`, calls starting at
 * the first (main.xml). The serializer's table for flows with decisions adds decision routes.
 */
export function tableFromDocuments(
  documents: readonly { readonly fileName: string; readonly xml: string }[],
): RouteTable {
  const routes: Record<string, Route> = {};
  for (const { fileName, xml } of documents)
    routes[`/${fileName}`] = { kind: 'document', xml, name: fileName };
  return { routes, entry: documents.length ? `/${documents[0]!.fileName}` : '/' };
}
