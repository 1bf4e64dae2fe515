/**
 * The `<Reject>` facts of /work/shared/reference/reject-dialects.md, transcribed by hand.
 * Tests compare the code with these tables; they never read the code's own dialect tables.
 */
import type { DialectId } from '../schema/flow';

export interface RejectFacts {
  /** XML attribute name of the reason, with its case. */
  readonly reasonAttribute: string;
  /** XML attribute name of the error message, when the dialect has one. */
  readonly errorMessageAttribute?: string;
  readonly errorMessageMax?: number;
  /** Reason -> SIP response code. */
  readonly reasons: Readonly<Record<string, number>>;
  /** The only reason that may carry a body (FlexML's Call-Info message). */
  readonly bodyReason?: string;
}

export const DEFAULT_REASON = 'rejected';

export const REJECT_FACTS: Readonly<Record<DialectId, RejectFacts>> = {
  rcml: {
    reasonAttribute: 'reason',
    reasons: {
      rejected: 603,
      busy: 486,
      forbidden: 403,
      anonymity_disallowed: 433,
      address_incomplete: 484,
      no_route: 404,
      service_unavailable: 503,
      unwanted: 607,
    },
  },
  flexml: {
    reasonAttribute: 'reason',
    bodyReason: 'intermediary-rejected',
    reasons: {
      redirect: 302,
      forbidden: 403,
      rejected: 403,
      'not-found': 404,
      'busy-here': 486,
      'bad-gateway': 502,
      unavailable: 503,
      busy: 600,
      decline: 603,
      'does-not-exist': 604,
      unwanted: 607,
      'intermediary-rejected': 608,
    },
  },
  voiceml: {
    reasonAttribute: 'Reason',
    errorMessageAttribute: 'ErrorMessage',
    errorMessageMax: 64,
    reasons: {
      'not-found': 404,
      busy: 486,
      rejected: 603,
      'no-answer': 480,
      'subscriber-absent': 480,
      'invalid-number-format': 484,
      'service-unavailable': 503,
    },
  },
};

export const DIALECTS: readonly DialectId[] = ['rcml', 'flexml', 'voiceml'];

/** Every ordered pair of different dialects. */
export const DIALECT_PAIRS: readonly (readonly [DialectId, DialectId])[] = DIALECTS.flatMap(
  (from) => DIALECTS.filter((to) => to !== from).map((to) => [from, to] as const),
);

export function reasonsOf(dialect: DialectId): string[] {
  return Object.keys(REJECT_FACTS[dialect].reasons);
}

export function sipOf(dialect: DialectId, reason: string): number | undefined {
  return REJECT_FACTS[dialect].reasons[reason];
}

/** The reasons of `dialect` whose SIP code is `sip`. */
export function reasonsWithSip(dialect: DialectId, sip: number): string[] {
  return reasonsOf(dialect).filter((reason) => sipOf(dialect, reason) === sip);
}
