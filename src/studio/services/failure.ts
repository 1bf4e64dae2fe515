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
  | 'not-json';

export interface Failure {
  readonly failure: FailureKind;
  readonly message: string;
  /** For 'too-many-attempts': when to try again. */
  readonly retryAfterSeconds?: number;
  /** For a revision conflict: the flow as it is stored now. */
  readonly summary?: FlowSummary;
}

export const fail = (
  failure: FailureKind,
  message: string,
  extra: Pick<Failure, 'retryAfterSeconds' | 'summary'> = {},
): Failure => ({ failure, message, ...extra });

export const isFailure = (value: unknown): value is Failure =>
  typeof value === 'object' && value !== null && 'failure' in value && 'message' in value;
