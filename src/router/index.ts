/**
 * The router: one engine for the flow server, the simulator and the tests. Framework-free and
 * web-standard only (no `node:` modules), so it runs in Node, browsers and serverless runtimes.
 */
export { decide, type DecideContext } from './decide';
export { ZoneClock } from './clock';
export { callRequest, requestFromJson, requestFromParams } from './request';
export type { CallRequest, RequestFormat } from './request';
export { MAX_DECISIONS, UNCONNECTED_DOCUMENT, hasPath, route, tableFromDocuments } from './table';
export type {
  DecisionRoute,
  DecisionStep,
  DocumentRoute,
  Route,
  RouteResult,
  RouteTable,
} from './table';
export { parseRouteTable } from './tableSchema';
export { hasDecisions, routePath, tableFromFlow } from './flowTable';
export { collectBytes, parseParameters, type BodyError } from './body';
export { MAX_BODY_BYTES, answer, createHandler, handle, incomingRequest, serve } from './http';
export type { Answer, HandleOptions, IncomingCall, RequestLog } from './http';
export { enfonicaSignature, importEnfonicaKey, verifyEnfonicaSignature } from './signature';
