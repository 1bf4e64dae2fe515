/**
 * The time of a simulated call, as the user enters it: a wall-clock date and time
 * (`2026-11-30T10:00`, a datetime-local field's value) in the time zone the flow's opening
 * hours are written in, or the browser's own when the flow checks no hours. No library: the
 * zone's offset comes from Intl, checked again at the result so summer-time changes land right.
 */
import { localTimeZone } from '../model/flow';
import { hoursTimeZone } from '../platform';
import type { RouteTable } from '../router';

/** The zone the call's time is entered in, and where that choice comes from. */
export interface CallZone {
  readonly timeZone: string;
  readonly from: 'check-hours' | 'browser';
}

/**
 * The zone of the first Check hours a call reaches (the one the engine tells the call's time
 * in), else the browser's.
 */
export function callZoneOf(table: RouteTable, browserZone = localTimeZone()): CallZone {
  const hours = hoursTimeZone(table);
  return hours
    ? { timeZone: hours, from: 'check-hours' }
    : { timeZone: browserZone, from: 'browser' };
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The instant a wall-clock time names in `timeZone`; null when the text is not one. */
export function wallClockToDate(text: string, timeZone: string): Date | null {
  const match = WALL_CLOCK.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(asUtc)) return null;
  // The wall clock read as UTC, moved by the zone's offset there; then by the offset at the
  // result, which differs when a summer-time change lies between the two.
  let instant = asUtc - offsetAt(asUtc, timeZone);
  instant = asUtc - offsetAt(instant, timeZone);
  return new Date(instant);
}

/** The wall-clock time of `date` in `timeZone`, as a datetime-local field shows it. */
export function dateToWallClock(date: Date, timeZone: string): string {
  const parts = zonedParts(date.getTime(), timeZone);
  const pad = (value: number, length = 2) => String(value).padStart(length, '0');
  return `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}T${pad(parts.hour)}:${pad(parts.minute)}`;
}

/** Milliseconds the zone's clock is ahead of UTC at `instant`. */
function offsetAt(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

function zonedParts(instant: number, timeZone: string) {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}
