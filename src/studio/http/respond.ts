/**
 * The one place a refusal becomes a response: its kind gives the status, its sentence the body
 * `{ error }`. Nothing else about the server (no stack, no SQL, no engine) is ever sent.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Failure, FailureKind } from '../services/failure';
import { isFailure } from '../services/failure';
import type { StudioHttpContext } from './env';

const STATUS: Readonly<Record<FailureKind, ContentfulStatusCode>> = {
  invalid: 400,
  'not-signed-in': 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'too-large': 413,
  'not-json': 415,
  'too-many-attempts': 429,
  unprocessable: 422,
};

export function refuse(c: StudioHttpContext, failure: Failure): Response {
  if (failure.retryAfterSeconds !== undefined) {
    c.header('Retry-After', String(failure.retryAfterSeconds));
  }
  return c.json(
    {
      error: failure.message,
      ...(failure.summary ? { summary: failure.summary } : {}),
      ...(failure.problems ? { problems: failure.problems } : {}),
    },
    STATUS[failure.failure],
  );
}

/** `value` as JSON with `status`, or the refusal it is. */
export function answer<T extends object>(
  c: StudioHttpContext,
  value: T | Failure,
  status: ContentfulStatusCode = 200,
): Response {
  return isFailure(value) ? refuse(c, value) : c.json(value, status);
}

/** 204, or the refusal. */
export function done(c: StudioHttpContext, outcome: undefined | Failure): Response {
  return outcome === undefined ? c.body(null, 204) : refuse(c, outcome);
}
