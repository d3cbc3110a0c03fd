/**
 * Compares names as people read them: runs of digits by value (`M4` before `M10`), the rest by code unit, so
 * the order is the same on every machine (no locale).
 */
export function naturalCompare(a: string, b: string): number {
  const partsA = a.match(/\d+|\D+/g) ?? [];
  const partsB = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(partsA.length, partsB.length); i++) {
    const x = partsA[i] as string;
    const y = partsB[i] as string;
    if (x === y) continue;
    const bothNumbers = /^\d/.test(x) && /^\d/.test(y);
    if (bothNumbers && x.length !== y.length)
      return x.replace(/^0+/, "").length - y.replace(/^0+/, "").length || (x < y ? -1 : 1);
    return x < y ? -1 : 1;
  }
  return partsA.length - partsB.length || (a < b ? -1 : a > b ? 1 : 0);
}
