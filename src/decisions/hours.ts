/**
 * Opening hours: a day's ranges as typed ("09:00–12:00, 13:00–17:30"), their checks, and the
 * week-wide checks (overlaps, also across midnight). A range includes its start and excludes its
 * end; an end before its start runs overnight and belongs to the day it starts; 24:00 ends a day.
 */
import {
  DAYS,
  type DayId,
  type FieldProblem,
  type TimeRange,
  type WeeklyHours,
} from '../schema/decisions';

const MINUTES_A_DAY = 1440;
const MINUTES_A_WEEK = 7 * MINUTES_A_DAY;

export const DAY_NAMES: Readonly<Record<DayId, string>> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

export const DAY_SHORT: Readonly<Record<DayId, string>> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

/** "9:00", "09:00", "9.00" or "9h00", from 00:00 to 24:00; minutes since midnight. */
export function parseTime(text: string): number | undefined {
  const match = /^(\d{1,2})[:.h](\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return undefined;
  return hours * 60 + minutes;
}

export function formatTime(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function formatRange(range: TimeRange): string {
  return `${formatTime(range.start)}–${formatTime(range.end)}`;
}

export function formatRanges(ranges: readonly TimeRange[]): string {
  return ranges.map(formatRange).join(', ');
}

export const isOvernight = (range: TimeRange): boolean => range.end < range.start;

export interface ParsedRanges {
  readonly ranges: readonly TimeRange[];
  readonly problems: readonly FieldProblem[];
}

/**
 * A day's ranges, separated by commas, semicolons or new lines; a range is two times joined by
 * a hyphen, an en dash or "to". Empty text is a closed day.
 */
export function parseRanges(text: string, field: string): ParsedRanges {
  const ranges: TimeRange[] = [];
  const problems: FieldProblem[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const piece = part.trim();
    if (!piece) continue;
    const ends = piece.split(/\s*(?:-|–|—|\bto\b)\s*/i);
    const start = ends.length === 2 ? parseTime(ends[0]!) : undefined;
    const end = ends.length === 2 ? parseTime(ends[1]!) : undefined;
    if (start === undefined || end === undefined || start === MINUTES_A_DAY) {
      problems.push({
        field,
        message: `“${piece}” is not a range of hours. Write the opening and closing times, for example 09:00–17:30.`,
      });
    } else if (start === end) {
      problems.push({
        field,
        message: `“${piece}” opens and closes at the same time, so it is never open. For a whole day write 00:00–24:00.`,
      });
    } else {
      ranges.push({ start, end });
    }
  }
  return { ranges, problems };
}

/** Minutes of the week (Monday 00:00 = 0) a day's range covers; overnight ones run past midnight. */
function weekSpan(day: DayId, range: TimeRange): [number, number] {
  const base = DAYS.indexOf(day) * MINUTES_A_DAY;
  const end = isOvernight(range) ? range.end + MINUTES_A_DAY : range.end;
  return [base + range.start, base + end];
}

function intersects(a: [number, number], b: [number, number]): boolean {
  // Sunday's overnight range runs into Monday: compare each span also shifted by a week.
  return [-MINUTES_A_WEEK, 0, MINUTES_A_WEEK].some(
    (shift) => a[0] < b[1] + shift && b[0] + shift < a[1],
  );
}

/** Ranges that overlap, within a day or across midnight into the next day. */
export function overlapProblems(week: WeeklyHours): FieldProblem[] {
  const spans = DAYS.flatMap((day) =>
    week[day].map((range) => ({ day, range, span: weekSpan(day, range) })),
  );
  const problems: FieldProblem[] = [];
  spans.forEach((a, i) => {
    for (const b of spans.slice(i + 1)) {
      if (!intersects(a.span, b.span)) continue;
      if (a.day === b.day) {
        problems.push({
          field: a.day,
          message: `On ${DAY_NAMES[a.day]}, ${formatRange(a.range)} and ${formatRange(b.range)} overlap. Merge them into one range.`,
        });
        continue;
      }
      const [runner, other] = isOvernight(a.range) ? [a, b] : [b, a];
      problems.push({
        field: other.day,
        message: `${DAY_NAMES[runner.day]}’s ${formatRange(runner.range)} runs past midnight into ${DAY_NAMES[other.day]}’s ${formatRange(other.range)}. Shorten one of them.`,
      });
    }
  });
  return problems;
}

/** True when no day has a range: such a line is closed all the time. */
export function neverOpen(week: WeeklyHours): boolean {
  return DAYS.every((day) => week[day].length === 0);
}
