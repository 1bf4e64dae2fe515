/** The IANA time zones a picker offers, from the browser itself. */
import { isKnownTimeZone } from '../decisions';

export { supportedTimeZones } from '../decisions';

/**
 * The zones this browser knows, sorted, with UTC and the current value added when the list
 * leaves them out (Chromium lists neither `UTC` nor a newer name such as `Asia/Kolkata` that it
 * still accepts). A value the browser does not know is not offered: it is the field's problem.
 */
export function timeZoneChoices(current: string, supported: readonly string[]): string[] {
  const zones = new Set(supported);
  zones.add('UTC');
  const value = current.trim();
  if (value && isKnownTimeZone(value)) zones.add(value);
  return [...zones].sort();
}
