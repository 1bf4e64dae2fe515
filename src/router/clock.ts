/**
 * The weekday, date and time of day in an IANA time zone, from the platform's own time zone data
 * (`Intl.DateTimeFormat(…).formatToParts()`): right across daylight-saving changes, no library.
 */
import { DAYS, type DayId } from '../schema/decisions';

export interface ZonedTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly weekday: DayId;
  /** Minutes since local midnight. */
  readonly minutes: number;
}

const WEEKDAYS: Readonly<Record<string, DayId>> = {
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
  Sun: 'sun',
};

/**
 * Builds one formatter per time zone and keeps it: making one costs far more than using it.
 * Owned by whoever serves requests (the flow server, the simulator), never module-wide.
 */
export class ZoneClock {
  private readonly formatters = new Map<string, Intl.DateTimeFormat>();

  private formatter(timeZone: string): Intl.DateTimeFormat {
    let formatter = this.formatters.get(timeZone);
    if (!formatter) {
      // Throws a RangeError for a time zone the runtime does not know.
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        weekday: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        hourCycle: 'h23',
      });
      this.formatters.set(timeZone, formatter);
    }
    return formatter;
  }

  at(now: Date, timeZone: string): ZonedTime {
    const parts: Record<string, string> = {};
    for (const part of this.formatter(timeZone).formatToParts(now)) parts[part.type] = part.value;
    const weekday = WEEKDAYS[parts.weekday ?? ''];
    if (!weekday) throw new RangeError(`No weekday for ${now.toISOString()} in ${timeZone}`);
    return {
      year: Number(parts.year),
      month: Number(parts.month),
      day: Number(parts.day),
      weekday,
      // Some runtimes write midnight as 24 even with h23.
      minutes: (Number(parts.hour) % 24) * 60 + Number(parts.minute),
    };
  }
}

/** The calendar day before, and its weekday. */
export function dayBefore(time: ZonedTime): {
  year: number;
  month: number;
  day: number;
  weekday: DayId;
} {
  const date = new Date(Date.UTC(time.year, time.month - 1, time.day - 1));
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    weekday: DAYS[(DAYS.indexOf(time.weekday) + 6) % 7]!,
  };
}
