/**
 * The requests a platform sends for the next document, in each dialect's own form
 * (reference/call-requests.md): RCML a form body (or a query string for GET) with Twilio-style
 * names; FlexML a flat JSON body; VoiceML a JSON `{ call, parameters }`. The router then reads
 * them with the functions the flow server uses, so a decision sees exactly what it would.
 */
import type { DialectId } from '../schema/flow';
import { requestFromJson, requestFromParams, type CallRequest } from '../router';
import type { PlatformRequest, SessionSetup } from './types';

/** One call's identifier, the same in every request (deterministic: no randomness). */
export const SIMULATED_CALL_SID = 'CA00000000000000000000000000000001';
/** RCML's account identifier: the simulator has no account. */
export const SIMULATED_ACCOUNT_SID = 'AC00000000000000000000000000000000';
/** The Restcomm API version platforms report. */
const RCML_API_VERSION = '2012-04-24';
/** What a platform sends as `From` for a withheld number. */
export const WITHHELD_FROM = 'anonymous';

export interface RequestParts {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly path: string;
  /** Whether the call has been answered (RCML CallStatus, VoiceML call.state). */
  readonly answered: boolean;
  /** What the verb reports: Digits, DialCallStatus… */
  readonly results: Readonly<Record<string, string>>;
  /** The URL of the document that made the request (FlexML's RequestUrl); empty at first. */
  readonly requestUrl: string;
}

type Params = [string, string][];

export function platformRequest(setup: SessionSetup, parts: RequestParts): PlatformRequest {
  const build = BUILDERS[setup.dialect];
  return build(setup, parts);
}

/** The request as the router reads it, from what was sent: the flow server's own readers. */
export function routerRequest(request: PlatformRequest): CallRequest {
  if (request.body === null) {
    const at = request.url.indexOf('?');
    const query = at < 0 ? '' : request.url.slice(at + 1);
    return requestFromParams(new URLSearchParams(query), query ? 'query' : 'none');
  }
  if (request.format === 'form')
    return requestFromParams(new URLSearchParams(request.body), 'form');
  const parsed = requestFromJson(JSON.parse(request.body));
  return 'error' in parsed ? requestFromParams([], 'none') : parsed;
}

const BUILDERS: Readonly<
  Record<DialectId, (setup: SessionSetup, parts: RequestParts) => PlatformRequest>
> = {
  rcml: rcmlRequest,
  flexml: flexmlRequest,
  voiceml: voicemlRequest,
};

function withResults(params: Params, results: Readonly<Record<string, string>>): Params {
  return [...params, ...Object.entries(results)];
}

/** GET puts the parameters in the query string; POST in a body of `contentType`. */
function send(
  parts: RequestParts,
  params: Params,
  format: { query: 'query'; body: 'form' | 'flexml' },
  body: () => string,
  contentType: string,
): PlatformRequest {
  if (parts.method === 'GET') {
    const query = new URLSearchParams(params).toString();
    return {
      method: 'GET',
      url: query ? `${parts.url}?${query}` : parts.url,
      path: parts.path,
      format: format.query,
      headers: {},
      params,
      results: parts.results,
      body: null,
    };
  }
  return {
    method: 'POST',
    url: parts.url,
    path: parts.path,
    format: format.body,
    headers: { 'content-type': contentType },
    params,
    results: parts.results,
    body: body(),
  };
}

function rcmlRequest(setup: SessionSetup, parts: RequestParts): PlatformRequest {
  const params = withResults(
    [
      ['CallSid', SIMULATED_CALL_SID],
      ['AccountSid', SIMULATED_ACCOUNT_SID],
      ['From', setup.from ?? WITHHELD_FROM],
      ['To', setup.to],
      ['CallStatus', parts.answered ? 'in-progress' : 'ringing'],
      ['ApiVersion', RCML_API_VERSION],
      ['Direction', 'inbound'],
      ['CallerName', ''],
    ],
    parts.results,
  );
  return send(
    parts,
    params,
    { query: 'query', body: 'form' },
    () => new URLSearchParams(params).toString(),
    'application/x-www-form-urlencoded',
  );
}

/**
 * CarrierX's documented fields. ApiVersion and CallStatus are left out: the values it sends
 * there are not documented to us. AccountSid is documented as always blank.
 */
function flexmlRequest(setup: SessionSetup, parts: RequestParts): PlatformRequest {
  const from = setup.from ?? WITHHELD_FROM;
  const params = withResults(
    [
      ['AccountSid', ''],
      ['CallSid', SIMULATED_CALL_SID],
      ['CallerName', ''],
      ['Direction', 'inbound'],
      ['ForwardedFrom', ''],
      ['From', from],
      ['OriginalFrom', from],
      ['OriginalTo', setup.to],
      ['RequestUrl', parts.requestUrl],
      ['To', setup.to],
    ],
    parts.results,
  );
  return send(
    parts,
    params,
    { query: 'query', body: 'flexml' },
    () => JSON.stringify(Object.fromEntries(params)),
    'application/json',
  );
}

/**
 * Enfonica always POSTs JSON: the call resource (a private caller has no `from`, and
 * `isPrivate`), and the results of the last action. The request is also signed
 * (X-Enfonica-Signature) with the project's key, which the simulator does not have.
 */
function voicemlRequest(setup: SessionSetup, parts: RequestParts): PlatformRequest {
  const call: Record<string, string | boolean> = {
    name: `projects/simulator/calls/${SIMULATED_CALL_SID}`,
    to: setup.to,
    ...(setup.from === null ? { isPrivate: true } : { from: setup.from }),
    direction: 'INCOMING',
    state: parts.answered ? 'IN_PROGRESS' : 'STARTING',
  };
  const body = { call, parameters: { ...parts.results } };
  const params: Params = [
    ...Object.entries(call).map(([name, value]): [string, string] => [
      `call.${name}`,
      String(value),
    ]),
    ...Object.entries(parts.results),
  ];
  return {
    method: 'POST',
    url: parts.url,
    path: parts.path,
    format: 'voiceml',
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-enfonica-event': 'CALL' },
    params,
    results: parts.results,
    body: JSON.stringify(body),
  };
}
