/**
 * Which outlet a decision takes for one request, at one instant. Pure: the same decision,
 * request and time always give the same outlet, in the flow server, the simulator and tests.
 */
import { closureFallsOn } from '../decisions/closures';
import { isOvernight } from '../decisions/hours';
import { keyOutletId } from '../decisions/keys';
import { readCaller } from '../decisions/phone';
import type { Closure, Decision } from '../schema/decisions';
import { ZoneClock, dayBefore } from './clock';
import type { CallRequest } from './request';

export interface DecideContext {
  /** Reused across requests by a long-running server; a fresh one otherwise. */
  readonly clock?: ZoneClock;
}

type Of<K extends Decision['kind']> = Extract<Decision, { kind: K }>;

function checkCaller(decision: Of<'checkCaller'>, request: CallRequest): string {
  const caller = readCaller(request.from);
  if (caller.kind === 'withheld') return decision.withheld ? 'matches' : 'otherwise';
  if (caller.kind !== 'number') return 'otherwise';
  const listed =
    decision.numbers.includes(caller.e164) ||
    decision.prefixes.some((prefix) => caller.e164.startsWith(prefix));
  return listed ? 'matches' : 'otherwise';
}

const closedOn = (
  closures: readonly Closure[],
  date: { year: number; month: number; day: number },
) => closures.some((closure) => closureFallsOn(closure, date.year, date.month, date.day));

/**
 * A listed date is a holiday all day long, and so is the part after midnight of a range that
 * started on it; a range that started the day before runs past midnight and counts to that day.
 */
function checkHours(decision: Of<'checkHours'>, now: Date, clock: ZoneClock): string {
  const today = clock.at(now, decision.timeZone);
  const yesterday = dayBefore(today);
  if (closedOn(decision.closures, today)) return 'holiday';
  const spill = decision.week[yesterday.weekday].some(
    (range) => isOvernight(range) && today.minutes < range.end,
  );
  if (spill && closedOn(decision.closures, yesterday)) return 'holiday';
  const open =
    spill ||
    decision.week[today.weekday].some((range) =>
      isOvernight(range)
        ? today.minutes >= range.start
        : today.minutes >= range.start && today.minutes < range.end,
    );
  return open ? 'open' : 'closed';
}

function menu(decision: Of<'menu'>, request: CallRequest): string {
  const digits = request.digits.trim();
  return decision.keys.includes(digits) ? keyOutletId(digits) : 'other';
}

/** `DialCallStatus`, also spelled `NO_ANSWER` or `No-Answer` (VoiceML states are upper case). */
function callOutcome(request: CallRequest): string {
  const status = request.dialCallStatus.trim().toLowerCase().replace(/[_\s]/g, '-');
  switch (status) {
    case 'completed':
    case 'answered':
    case 'in-progress':
      return 'answered';
    case 'busy':
      return 'busy';
    case 'no-answer':
      return 'noAnswer';
    // failed, canceled, cancelled, and a missing or unknown status: the call did not happen.
    default:
      return 'failed';
  }
}

/** The outlet id the decision takes. Throws a RangeError only for an unknown time zone. */
export function decide(
  decision: Decision,
  request: CallRequest,
  now: Date,
  context: DecideContext = {},
): string {
  switch (decision.kind) {
    case 'checkCaller':
      return checkCaller(decision, request);
    case 'checkHours':
      return checkHours(decision, now, context.clock ?? new ZoneClock());
    case 'menu':
      return menu(decision, request);
    case 'callOutcome':
      return callOutcome(request);
  }
}
