import type { QualifiedName } from "../ddl/nodes.js";
import type { TableDiff } from "./compare.js";
import { keyOf } from "./state.js";

/** One rename, with the statement it takes. */
interface Rename<T> {
  readonly from: T;
  readonly to: T;
}

/**
 * Renames in an order that never collides: when a new name is still taken by an old one (a swap, a cycle),
 * everything goes through a temporary name first.
 */
export function orderedRenames<T>(
  renames: readonly Rename<T>[],
  key: (item: T) => string,
  temporary: (item: T) => T,
): Rename<T>[] {
  const taken = new Set(renames.map((r) => key(r.from)));
  const collides = renames.some((r) => taken.has(key(r.to)));
  if (!collides) return [...renames];
  return [
    ...renames.map((r) => ({ from: r.from, to: temporary(r.to) })),
    ...renames.map((r) => ({ from: temporary(r.to), to: r.to })),
  ];
}

/** The table renames of a migration. */
export function tableRenames(kept: readonly TableDiff[]): Rename<QualifiedName>[] {
  const renames = kept
    .filter((t) => keyOf(t.fromName) !== keyOf(t.to.node.table))
    .map((t) => ({ from: t.fromName, to: t.to.node.table }));
  return orderedRenames(renames, keyOf, (name) => ({ schema: name.schema, name: `_cardinal_tmp_${name.name}` }));
}

/** The column renames of one table. */
export function columnRenames(table: TableDiff): Rename<string>[] {
  const renames = table.renamedColumns.map(([from, to]) => ({ from, to }));
  return orderedRenames(
    renames,
    (name) => name,
    (name) => `_cardinal_tmp_${name}`,
  );
}
