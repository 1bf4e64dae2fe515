/** Opening hours in words, for the inspector: "Mon–Fri 09:00–17:30, Europe/Paris; closed 25 Dec". */
import { formatClosure } from './closures';
import { DAY_SHORT, formatRange } from './hours';
import { isKnownTimeZone } from './timeZone';
import {
  DAYS,
  type Closure,
  type DayId,
  type TimeRange,
  type WeeklyHours,
} from '../schema/decisions';

const sameRanges = (a: readonly TimeRange[], b: readonly TimeRange[]): boolean =>
  a.length === b.length &&
  a.every((range, i) => range.start === b[i]!.start && range.end === b[i]!.end);

/** Runs of consecutive days (Monday to Sunday) with the same ranges, open days only. */
function dayGroups(
  week: WeeklyHours,
): { first: DayId; last: DayId; ranges: readonly TimeRange[] }[] {
  const groups: { first: DayId; last: DayId; ranges: readonly TimeRange[] }[] = [];
  DAYS.forEach((day, index) => {
    const ranges = week[day];
    const previous = groups.at(-1);
    if (ranges.length === 0) return;
    if (previous && previous.last === DAYS[index - 1] && sameRanges(previous.ranges, ranges)) {
      previous.last = day;
    } else {
      groups.push({ first: day, last: day, ranges });
    }
  });
  return groups;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function describeHours(
  week: WeeklyHours,
  timeZone: string,
  closures: readonly Closure[] = [],
): string {
  const groups = dayGroups(week);
  const days = groups.length
    ? groups
        .map(({ first, last, ranges }) => {
          const span = first === last ? DAY_SHORT[first] : `${DAY_SHORT[first]}–${DAY_SHORT[last]}`;
          return `${span} ${list(ranges.map(formatRange))}`;
        })
        .join(', ')
    : 'Closed every day';
  // A name the platform would not take ("London") is not shown as if it were the zone.
  const typed = timeZone.trim();
  const zone = !typed ? '' : isKnownTimeZone(typed) ? `, ${typed}` : ', time zone to fix';
  const closed = closures.length ? `; closed ${list(closures.map(formatClosure))}` : '';
  return `${days}${zone}${closed}`;
}
