/**
 * One request to the RCML Studio server and its answer as an ApiResult: what StudioApi's calls
 * share, and all that the page needs before it knows whether a server is there (the static
 * designer never loads the rest of the client).
 */
export type ApiResult<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      /** HTTP status, or 0 when the server could not be reached. */
      readonly status: number;
      readonly message: string;
      /** The answer's JSON, for refusals that carry data (a conflict's summary). */
      readonly body?: unknown;
    };

export const UNREACHABLE_MESSAGE = 'The server cannot be reached.';

export function isUnreachable(result: ApiResult<unknown>): boolean {
  return !result.ok && result.status === 0;
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export async function callApi<T>(
  fetchImpl: Fetch,
  url: string,
  method: string,
  body?: unknown,
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, message: UNREACHABLE_MESSAGE };
  }
  const json = await response
    .text()
    .then((text) => (text ? (JSON.parse(text) as unknown) : undefined))
    .catch(() => undefined);
  if (response.ok) return { ok: true, value: json as T };
  // A gateway's error page (the server behind it is down) reads as unreachable too.
  if (json === undefined && response.status >= 502 && response.status <= 504) {
    return { ok: false, status: 0, message: UNREACHABLE_MESSAGE };
  }
  const error =
    typeof json === 'object' && json !== null && 'error' in json ? String(json.error) : '';
  return {
    ok: false,
    status: response.status,
    message: error || `The server answered ${response.status}.`,
    body: json,
  };
}
