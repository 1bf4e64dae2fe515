/**
 * Dated closures ("Closed on"), one a line: a single date `2026-12-24`, or a day every year
 * `25 Dec` (also `Dec 25`, `25 December`), each optionally followed by a name ("25 Dec Christmas").
 */
import type { Closure, FieldProblem } from '../schema/decisions';

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
/** Longest day of each month; 29 Feb is allowed every year and simply happens in leap years. */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "Dec", "dec", "Decem" or "December" (at least three letters of the month's name). */
function monthOf(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((name) => name.startsWith(lower));
  return index >= 0 ? index + 1 : undefined;
}

function dayExists(month: number, day: number, year?: number): boolean {
  if (day < 1 || day > (MONTH_DAYS[month - 1] ?? 0)) return false;
  if (year === undefined || month !== 2 || day !== 29) return true;
  return new Date(Date.UTC(year, 1, 29)).getUTCDate() === 29;
}

const NAME = /(?:\s*[-–—:]\s*|\s+)?(.*)$/;

/** The closure a line names, or undefined when it does not start with a date. */
export function parseClosure(line: string): Closure | undefined {
  const text = line.trim();
  let match = /^(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  let closure: Closure | undefined;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month >= 1 && month <= 12 && dayExists(month, day, year)) closure = { year, month, day };
  } else if ((match = /^(\d{1,2})\s+([a-z]+)\.?(?=[\s:,–—-]|$)/i.exec(text))) {
    const month = monthOf(match[2]!);
    const day = Number(match[1]);
    if (month && dayExists(month, day)) closure = { month, day };
  } else if ((match = /^([a-z]+)\.?\s+(\d{1,2})\b/i.exec(text))) {
    const month = monthOf(match[1]!);
    const day = Number(match[2]);
    if (month && dayExists(month, day)) closure = { month, day };
  }
  if (!closure || !match) return undefined;
  const name = NAME.exec(text.slice(match[0].length))?.[1]?.trim();
  return name ? { ...closure, name } : closure;
}

export interface ParsedClosures {
  readonly closures: readonly Closure[];
  readonly problems: readonly FieldProblem[];
}

export function parseClosures(text: string, field = 'closedOn'): ParsedClosures {
  const closures: Closure[] = [];
  const problems: FieldProblem[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    if (!raw.trim()) return;
    const closure = parseClosure(raw);
    if (closure) closures.push(closure);
    else
      problems.push({
        field,
        line: index + 1,
        message: `“${raw.trim()}” does not start with a date. Write a date such as 2026-12-24, or a day every year such as 25 Dec, then a name if you like.`,
      });
  });
  return { closures, problems };
}

/** "25 Dec" for every year, "24 Dec 2026" for one date. */
export function formatClosure(closure: Closure): string {
  const date = `${closure.day} ${MONTH_SHORT[closure.month - 1]}`;
  return closure.year === undefined ? date : `${date} ${closure.year}`;
}

/** Whether a closure falls on a calendar date (month 1–12). */
export function closureFallsOn(
  closure: Closure,
  year: number,
  month: number,
  day: number,
): boolean {
  return (
    closure.month === month &&
    closure.day === day &&
    (closure.year === undefined || closure.year === year)
  );
}
