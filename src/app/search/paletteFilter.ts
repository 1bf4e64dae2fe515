/** The palette's filter: an item stays when its name or its line of description has the words. */
export function paletteItemMatches(
  query: string,
  item: { readonly label: string; readonly description: string },
): boolean {
  const needle = query.trim().toLowerCase();
  if (!needle) return true;
  return `${item.label}\n${item.description}`.toLowerCase().includes(needle);
}
