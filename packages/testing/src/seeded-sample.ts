/**
 * A few items picked by a seed, for a test that cannot afford all of them on every run: `count` items in an order
 * the seed decides (printed with `label`, and replayed with CARDINAL_SEED), or every item when the environment
 * variable `allVariable` is set. Over a few runs every item comes round.
 * @example const schemas = seededSample(loadRealisticSchemas(), 3, "formatter matrix", "CARDINAL_FORMATTERS_ALL");
 */
export function seededSample<T>(items: readonly T[], count: number, label: string, allVariable: string): readonly T[] {
  if (process.env[allVariable]) return items;
  const seed = Number(process.env.CARDINAL_SEED ?? Math.floor(Math.random() * 2 ** 31));
  const keyed = items.map((item, i) => ({ item, key: (Math.imul(seed ^ (i + 1), 2654435761) >>> 0) % 1_000_003 }));
  const picked = keyed
    .sort((a, b) => a.key - b.key)
    .slice(0, count)
    .map(({ item }) => item);
  console.log(`${label}: seed ${seed} (CARDINAL_SEED=${seed} replays; ${allVariable}=1 runs all ${items.length})`);
  return picked;
}
