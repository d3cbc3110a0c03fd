/**
 * A frozen lookup table without a prototype, for tables indexed by text from a schema: `table["constructor"]`
 * or `table["__proto__"]` is `undefined`, never a property inherited from `Object.prototype`.
 * @example const aliases = lookupTable({ postgres: "postgresql" }); aliases["toString"] // undefined
 */
export function lookupTable<K extends string, V>(entries: Readonly<Record<K, V>>): Readonly<Record<K, V>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<K, V>, entries));
}
