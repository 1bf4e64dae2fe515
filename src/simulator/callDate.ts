/**
 * The date of a simulated call as people in the flow's zone write it: 31/12/2027 in London and
 * Paris, 12/31/2027 in New York, 2027-12-31 anywhere. A typed year is taken as typed; the field
 * is plain text, so no browser date control rewrites it under the user's fingers.
 */

export type DateOrder = 'day-first' | 'month-first';

/** Zones of the United States and its territories, which write the month first. */
const MONTH_FIRST =
  /^(America\/(New_York|Chicago|Denver|Phoenix|Los_Angeles|Anchorage|Juneau|Sitka|Metlakatla|Nome|Yakutat|Adak|Boise|Detroit|Menominee|Indiana\/.+|Kentucky\/.+|North_Dakota\/.+|Puerto_Rico)|Pacific\/(Honolulu|Guam|Saipan|Pago_Pago)|US\/.+)$/;

/** How dates are written where the zone is: the month first in the United States. */
export function dateOrderOf(timeZone: string): DateOrder {
  return MONTH_FIRST.test(timeZone) ? 'month-first' : 'day-first';
}

/** "dd/mm/yyyy" or "mm/dd/yyyy": the field's hint. */
export function dateHint(order: DateOrder): string {
  return order === 'month-first' ? 'mm/dd/yyyy' : 'dd/mm/yyyy';
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** `2027-12-31` as the zone writes it: "31/12/2027" or "12/31/2027". */
export function formatCallDate(iso: string, order: DateOrder): string {
  const [year, month, day] = iso.split('-');
  return order === 'month-first' ? `${month}/${day}/${year}` : `${day}/${month}/${year}`;
}

/**
 * A typed date as `YYYY-MM-DD`, or null when it is not a day of the calendar. Read in the
 * zone's order; a year written first (2027-12-31) is read as year, month, day everywhere. The
 * year is four digits, as typed: 27 is not guessed to be 2027.
 */
export function parseCallDate(text: string, order: DateOrder): string | null {
  const parts = text.trim().split(/[\s/.-]+/);
  if (parts.length !== 3 || !parts.every((part) => /^\d+$/.test(part))) return null;
  const numbers = parts.map(Number) as [number, number, number];
  let year: number, month: number, day: number;
  if (parts[0]!.length === 4) [year, month, day] = numbers;
  else if (parts[2]!.length !== 4) return null;
  else if (order === 'month-first') [month, day, year] = numbers;
  else [day, month, year] = numbers;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** "Friday, 31 December 2027" (day first) or "Friday, December 31, 2027" (month first). */
export function callDateInWords(iso: string, order: DateOrder): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return new Intl.DateTimeFormat(order === 'month-first' ? 'en-US' : 'en-GB', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}
