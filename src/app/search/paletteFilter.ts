interface Named {
  readonly label: string;
  readonly description: string;
}

/** The palette's filter: an item stays when its name or its line of description has the words. */
export function paletteItemMatches(query: string, item: Named): boolean {
  const needle = query.trim().toLowerCase();
  if (!needle) return true;
  return `${item.label}\n${item.description}`.toLowerCase().includes(needle);
}

/**
 * How well an item's name answers the filter: 2 when the name starts with the words, 1 when it
 * has them, 0 when only the description does ("record": Record before Play's "recording").
 */
export function nameMatchRank(query: string, item: Named): number {
  const needle = query.trim().toLowerCase();
  const name = item.label.toLowerCase();
  return name.startsWith(needle) ? 2 : name.includes(needle) ? 1 : 0;
}

/** The item the filter means most: the first with the best name match (in the order given). */
export function bestPaletteMatch<T extends Named>(
  query: string,
  items: readonly T[],
): T | undefined {
  let best: T | undefined;
  let bestRank = -1;
  for (const item of items) {
    const rank = nameMatchRank(query, item);
    if (rank > bestRank) [best, bestRank] = [item, rank];
  }
  return best;
}
