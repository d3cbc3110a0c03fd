/**
 * The closest candidate to a misspelt name (case-insensitive edit distance at most 2, and less than half the
 * name), for "Did you mean ...?" hints. Ties go to the first candidate in sorted order, so hints are stable.
 * Work is linear in the names' lengths: candidates whose length is too far off are skipped, and the distance is
 * computed only in the band that can stay within the limit.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.min(2, Math.floor(name.length / 2));
  const near = [...candidates].filter((candidate) => Math.abs(candidate.length - name.length) <= limit);
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = limit;
  for (const candidate of near.sort()) {
    const distance = editDistanceWithin(lower, candidate.toLowerCase(), limit);
    if (distance < bestDistance || (distance === 0 && candidate !== name)) {
      best = candidate;
      bestDistance = distance;
    } else if (distance === bestDistance && best === undefined && distance > 0) {
      best = candidate;
    }
  }
  return best === name ? undefined : best;
}

/**
 * Levenshtein distance when it is at most `max`, else `max + 1`: only the diagonal band of width `2 * max + 1`
 * can hold such distances, so the work is O(length × max).
 */
export function editDistanceWithin(a: string, b: string, max: number): number {
  const over = max + 1;
  if (Math.abs(a.length - b.length) > max) return over;
  const width = 2 * max + 1;
  // previous[k] is the distance between a[0, i-1) and b[0, j) for j = i - 1 - max + k.
  let previous = Array.from({ length: width }, (_, k) => (k >= max && k - max <= b.length ? k - max : over));
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(width).fill(over);
    let rowMin = over;
    for (let k = 0; k < width; k++) {
      const j = i - max + k;
      if (j < 0 || j > b.length) continue;
      const diagonal = j === 0 ? over : (previous[k] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const above = (k + 1 < width ? (previous[k + 1] as number) : over) + 1;
      const left = (k > 0 ? (current[k - 1] as number) : over) + 1;
      current[k] = Math.min(j === 0 ? i : diagonal, above, left, over);
      rowMin = Math.min(rowMin, current[k] as number);
    }
    if (rowMin > max) return over;
    previous = current;
  }
  return previous[b.length - a.length + max] as number;
}
