/** How many items a diagnostic message lists before it says how many more there are. */
export const listedItemLimit = 10;

/**
 * Joins items for a message, listing at most `limit` of them: a schema with 2,000 ambiguous fields gets one
 * readable line per diagnostic, not 2,000 names in each of 2,000 diagnostics.
 * @example listItems(["`a`", "`b`", "`c`"], { limit: 2 }) // "`a`, `b` and 1 more"
 */
export function listItems(
  items: readonly string[],
  options: { readonly separator?: string; readonly limit?: number } = {},
): string {
  const { separator = ", ", limit = listedItemLimit } = options;
  if (items.length <= limit) return items.join(separator);
  return `${items.slice(0, limit).join(separator)} and ${formatCount(items.length - limit)} more`;
}

/** A count with thousands separators, the same in every locale: `1990` → `1,990`. */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
