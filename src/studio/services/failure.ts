/**
 * A refusal as data: services return one instead of throwing, and the HTTP layer turns its kind
 * into a status in one place (http/respond.ts). The message is one plain sentence for the person.
 */
import type { FlowSummary } from './flowSummary';

export type FailureKind =
  | 'invalid'
  | 'not-signed-in'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'too-many-attempts'
  | 'too-large'
  | 'not-json'
  /** The request is understood but its subject cannot be used (a flow with errors): 422. */
  | 'unprocessable';

/** A problem validation found, as the API gives it (publishing a flow with errors). */
export interface ProblemSummary {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly nodeId?: string;
}

export interface Failure {
  readonly failure: FailureKind;
  readonly message: string;
  /** For 'too-many-attempts': when to try again. */
  readonly retryAfterSeconds?: number;
  /** For a revision conflict: the flow as it is stored now. */
  readonly summary?: FlowSummary;
  /** For 'unprocessable': what is wrong, errors first. */
  readonly problems?: readonly ProblemSummary[];
}

export const fail = (
  failure: FailureKind,
  message: string,
  extra: Pick<Failure, 'retryAfterSeconds' | 'summary' | 'problems'> = {},
): Failure => ({ failure, message, ...extra });

export const isFailure = (value: unknown): value is Failure =>
  typeof value === 'object' && value !== null && 'failure' in value && 'message' in value;
