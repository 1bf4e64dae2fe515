/**
 * One shape for what every platform sends with a request (reference/call-requests.md): RCML's
 * query strings and form bodies, FlexML's flat JSON, VoiceML's `{ call, parameters }` JSON.
 * Values are kept as sent; `decide` reads them (e.g. `From` through readCaller).
 */

export type RequestFormat = 'none' | 'query' | 'form' | 'multipart' | 'flexml' | 'voiceml';

export interface CallRequest {
  /** The caller: `+14155550199`, `14155550199`, `sip:…@host`, `client:alice`, or empty. */
  readonly from: string;
  readonly to: string;
  /** Keys pressed at the last Gather (VoiceML: Input), without the finish key. */
  readonly digits: string;
  /** How the last Dial went (RCML `DialCallStatus`); empty when not sent. */
  readonly dialCallStatus: string;
  /** The state of the call itself (RCML `CallStatus`, VoiceML `call.state`). */
  readonly callStatus: string;
  /** Every parameter as sent, flattened (VoiceML's call fields as `call.<name>`). */
  readonly params: Readonly<Record<string, string>>;
  readonly format: RequestFormat;
}

/** A request with only the given fields, for the simulator and tests. */
export function callRequest(fields: Partial<CallRequest> = {}): CallRequest {
  return {
    from: '',
    to: '',
    digits: '',
    dialCallStatus: '',
    callStatus: '',
    params: {},
    format: 'none',
    ...fields,
  };
}

/** Names compared without case or underscores: `DialCallStatus`, `dial_call_status`. */
const keyOf = (name: string) => name.replace(/_/g, '').toLowerCase();

function lookup(params: Readonly<Record<string, string>>): (...names: string[]) => string {
  const byKey = new Map<string, string>();
  for (const [name, value] of Object.entries(params)) byKey.set(keyOf(name), value);
  return (...names) => {
    for (const name of names) {
      const value = byKey.get(keyOf(name));
      if (value !== undefined) return value;
    }
    return '';
  };
}

/** RCML and FlexML name their parameters alike (`From`, `Digits`, `DialCallStatus`). */
export function requestFromParams(
  entries: Iterable<readonly [string, string]>,
  format: RequestFormat,
): CallRequest {
  const params: Record<string, string> = {};
  for (const [name, value] of entries) params[name] = value;
  const get = lookup(params);
  return {
    from: get('From'),
    to: get('To'),
    digits: get('Digits'),
    dialCallStatus: get('DialCallStatus'),
    callStatus: get('CallStatus'),
    params,
    format,
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Strings, numbers and booleans as text; nested objects and arrays are not parameters. */
function scalars(value: Record<string, unknown>, prefix = ''): [string, string][] {
  return Object.entries(value).flatMap(([name, item]): [string, string][] =>
    typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean'
      ? [[`${prefix}${name}`, String(item)]]
      : [],
  );
}

/**
 * A parsed JSON body: VoiceML when it has a `call` object, else FlexML's flat fields.
 * Anything but an object is refused with a plain message.
 */
export function requestFromJson(body: unknown): CallRequest | { readonly error: string } {
  if (!isRecord(body)) return { error: 'The JSON body is not an object of call parameters.' };
  if (!isRecord(body.call)) return requestFromParams(scalars(body), 'flexml');
  const call = scalars(body.call);
  const parameters = isRecord(body.parameters) ? scalars(body.parameters) : [];
  const fromCall = lookup(Object.fromEntries(call));
  const fromParameters = lookup(Object.fromEntries(parameters));
  return {
    from: fromCall('from'),
    to: fromCall('to'),
    digits: fromParameters('digits'),
    // The documented parameters of <Call>'s NextUri were not found: read the usual names.
    dialCallStatus: fromParameters('dialCallStatus', 'callState', 'state', 'status'),
    callStatus: fromCall('state'),
    params: Object.fromEntries([
      ...call.map(([n, v]): [string, string] => [`call.${n}`, v]),
      ...parameters,
    ]),
    format: 'voiceml',
  };
}
