/**
 * From a node's fields (strings, as the inspector stores them) to the typed `Decision` the router
 * evaluates, with every problem found on the way, for the inspector and validation.
 */
import { parseClosures } from './closures';
import { neverOpen, overlapProblems, parseRanges } from './hours';
import { parseKeys } from './keys';
import { tidyNumberList, tidyPrefixList } from './phone';
import { isKnownTimeZone, suggestTimeZone } from './timeZone';
import {
  DAYS,
  type Decision,
  type DecisionKind,
  type DayId,
  type FieldProblem,
  type TimeRange,
  type WeeklyHours,
} from '../schema/decisions';

type Attributes = Readonly<Record<string, string>>;

export interface ReadDecision {
  readonly decision: Decision;
  readonly problems: readonly FieldProblem[];
}

function readCheckCaller(attributes: Attributes): ReadDecision {
  const numbers = tidyNumberList(attributes.numbers ?? '');
  const prefixes = tidyPrefixList(attributes.prefixes ?? '');
  const withheld = attributes.withheld === 'true';
  const problems = [...numbers.problems, ...prefixes.problems];
  if (!numbers.values.length && !prefixes.values.length && !withheld) {
    problems.push({
      field: 'numbers',
      message:
        'No caller can match: add numbers, a “Starts with” prefix, or turn on “Withheld or anonymous caller”.',
    });
  }
  return {
    decision: { kind: 'checkCaller', numbers: numbers.values, prefixes: prefixes.values, withheld },
    problems,
  };
}

function readCheckHours(attributes: Attributes): ReadDecision {
  const problems: FieldProblem[] = [];
  const week = {} as Record<DayId, readonly TimeRange[]>;
  for (const day of DAYS) {
    const parsed = parseRanges(attributes[day] ?? '', day);
    week[day] = [...parsed.ranges].sort((a, b) => a.start - b.start);
    problems.push(...parsed.problems);
  }
  const hours: WeeklyHours = week;
  problems.push(...overlapProblems(hours));
  if (neverOpen(hours)) {
    problems.push({
      field: 'mon',
      message:
        'No day has opening hours, so every caller goes to “Closed”. Add hours to at least one day.',
    });
  }
  const timeZone = (attributes.timeZone ?? '').trim();
  if (!isKnownTimeZone(timeZone)) {
    problems.push({
      field: 'timeZone',
      message: timeZoneProblem(timeZone),
    });
  }
  const closed = parseClosures(attributes.closedOn ?? '');
  problems.push(...closed.problems);
  return {
    decision: { kind: 'checkHours', timeZone, week: hours, closures: closed.closures },
    problems,
  };
}

/** What is wrong with a zone name, with the zone meant when a city was typed ("London"). */
function timeZoneProblem(timeZone: string): string {
  if (!timeZone) return 'Choose the time zone the opening hours apply in.';
  const meant = suggestTimeZone(timeZone);
  return meant
    ? `“${timeZone}” is a place, not a time zone name: use ${meant}.`
    : `“${timeZone}” is not a time zone this browser knows. Choose one from the list, such as Europe/Paris.`;
}

function readMenu(attributes: Attributes): ReadDecision {
  const parsed = parseKeys(attributes.keys ?? '');
  const problems = [...parsed.problems];
  if (!parsed.keys.length) {
    problems.push({
      field: 'keys',
      message: 'List the keys callers may press (for example 1 2 3): each gets its own branch.',
    });
  }
  return { decision: { kind: 'menu', keys: parsed.keys }, problems };
}

export function readDecision(kind: DecisionKind, attributes: Attributes): ReadDecision {
  switch (kind) {
    case 'checkCaller':
      return readCheckCaller(attributes);
    case 'checkHours':
      return readCheckHours(attributes);
    case 'menu':
      return readMenu(attributes);
    case 'callOutcome':
      return { decision: { kind: 'callOutcome' }, problems: [] };
  }
}
