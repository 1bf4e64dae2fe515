/**
 * Time zone names as people type them: "London" means Europe/London, "new york" America/New_York.
 * The flow stores only IANA names; a city is suggested, never stored as if it were one.
 */

/** Whether the running JavaScript knows an IANA time zone name. */
export function isKnownTimeZone(name: string): boolean {
  if (!name.trim()) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Every zone name the running JavaScript lists (empty where it cannot list them). */
export function supportedTimeZones(): readonly string[] {
  return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
}

const key = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '_');

/**
 * The zone a typed name most likely means, when it is not a zone itself: the whole name in
 * another case ("europe/london"), or a city ("London", "new york", "Sao_Paulo"). Undefined when
 * nothing matches, or when the typed name is already a zone.
 */
export function suggestTimeZone(
  typed: string,
  zones: readonly string[] = supportedTimeZones(),
): string | undefined {
  const wanted = key(typed);
  if (!wanted || isKnownTimeZone(typed.trim())) return undefined;
  return (
    zones.find((zone) => key(zone) === wanted) ??
    zones.find((zone) => key(zone.slice(zone.lastIndexOf('/') + 1)) === wanted)
  );
}
