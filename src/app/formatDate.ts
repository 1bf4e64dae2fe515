const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * A stored time as people read it, or "unknown date": stored data can hold anything, and
 * formatting a time no Date can hold (Infinity, 1e300) throws, which would blank the page.
 */
export function formatDate(time: number | null | undefined): string {
  if (typeof time !== 'number' || !Number.isFinite(time)) return 'unknown date';
  try {
    return dateFormat.format(time);
  } catch {
    return 'unknown date';
  }
}
