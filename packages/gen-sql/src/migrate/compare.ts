import type { Dialect } from "../compile/dialect.js";
import type {
  AddForeignKeyNode,
  ColumnNode,
  CreateEnumNode,
  CreateIndexNode,
  DdlNode,
  QualifiedName,
} from "../ddl/nodes.js";
import { keyOf, type NameMap, renameTable, type SchemaState, type TableState } from "./state.js";

/** A column kept across the migration whose definition changes. */
export interface ColumnChange {
  readonly from: ColumnNode;
  readonly to: ColumnNode;
  readonly type: boolean;
  readonly notNull: boolean;
  readonly default: boolean;
}

/** A table present before and after (maybe renamed), with what changes in it. */
export interface TableDiff {
  /** Its name before the migration. */
  readonly fromName: QualifiedName;
  /** The table before, with the names of `to` (columns renamed). */
  readonly from: TableState;
  readonly to: TableState;
  /** Column renames, old → new. */
  readonly renamedColumns: readonly (readonly [string, string])[];
  readonly added: readonly ColumnNode[];
  readonly dropped: readonly ColumnNode[];
  readonly altered: readonly ColumnChange[];
  readonly primaryKey: "same" | "renamed" | "changed";
}

/** An index kept under a new name: `from` as it was named before, `to` as it is after. */
export interface IndexRename {
  readonly from: CreateIndexNode;
  readonly to: CreateIndexNode;
}

/** An enum present before and after. */
export interface EnumDiff {
  readonly from: CreateEnumNode;
  readonly to: CreateEnumNode;
  readonly valuesChanged: boolean;
}

/** Everything that differs between two planned schemas, dialect-neutral. */
export interface SchemaDiff {
  /** The schema before the migration, with its own names. */
  readonly before: SchemaState;
  readonly preamble: readonly DdlNode[];
  readonly createdEnums: readonly CreateEnumNode[];
  readonly droppedEnums: readonly CreateEnumNode[];
  readonly keptEnums: readonly EnumDiff[];
  readonly created: readonly TableState[];
  readonly dropped: readonly TableState[];
  readonly kept: readonly TableDiff[];
  /** Indexes to drop, with their names before the migration (their table's old name). */
  readonly dropIndexes: readonly CreateIndexNode[];
  /** Indexes to create on kept tables. */
  readonly createIndexes: readonly CreateIndexNode[];
  /** Indexes whose name alone changes. */
  readonly renameIndexes: readonly IndexRename[];
  /** Foreign keys to drop (names before the migration). */
  readonly dropForeignKeys: readonly AddForeignKeyNode[];
  /** Foreign keys to add on kept tables. */
  readonly addForeignKeys: readonly AddForeignKeyNode[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function diffColumns(from: TableState, to: TableState, dialect: Dialect, changedEnums: ReadonlySet<string>) {
  const byName = new Map(from.node.columns.map((c) => [c.name, c]));
  const toNames = new Set(to.node.columns.map((c) => c.name));
  const altered: ColumnChange[] = [];
  const added: ColumnNode[] = [];
  for (const column of to.node.columns) {
    const old = byName.get(column.name);
    if (!old) {
      added.push(column);
      continue;
    }
    const enumChanged = column.enumType !== undefined && changedEnums.has(keyOf(column.enumType));
    const type =
      dialect.columnType(old) !== dialect.columnType(column) ||
      old.autoIncrement !== column.autoIncrement ||
      enumChanged;
    const notNull = old.notNull !== column.notNull;
    const defaultChanged = dialect.columnDefault(old) !== dialect.columnDefault(column);
    if (type || notNull || defaultChanged || old.comment !== column.comment)
      altered.push({ from: old, to: column, type, notNull, default: defaultChanged });
  }
  const dropped = from.node.columns.filter((c) => !toNames.has(c.name));
  return { added, dropped, altered };
}

function primaryKeyChange(from: TableState, to: TableState): TableDiff["primaryKey"] {
  const a = from.node.primaryKey;
  const b = to.node.primaryKey;
  if (!a && !b) return "same";
  if (!a || !b || !same(a.columns, b.columns) || !same(a.lengths, b.lengths)) return "changed";
  return a.name === b.name ? "same" : "renamed";
}

/**
 * Compares two planned schemas through the name map: tables, columns, keys, indexes, foreign keys, enums. A
 * foreign key is dropped and added again when its definition changes or when something it depends on does
 * (a column type, the referenced key or index).
 */
export function compareStates(from: SchemaState, to: SchemaState, names: NameMap, dialect: Dialect): SchemaDiff {
  const enumTarget = (node: CreateEnumNode) => names.enums.get(keyOf(node.type)) ?? node.type;
  const toEnums = new Map(to.enums.map((e) => [keyOf(e.type), e]));
  const keptEnums: EnumDiff[] = [];
  const droppedEnums: CreateEnumNode[] = [];
  for (const node of from.enums) {
    const target = toEnums.get(keyOf(enumTarget(node)));
    if (!target) droppedEnums.push(node);
    else
      keptEnums.push({
        from: node,
        to: target,
        valuesChanged: !same(
          node.type.values.map((v) => v.dbName),
          target.type.values.map((v) => v.dbName),
        ),
      });
  }
  const keptEnumKeys = new Set(keptEnums.map((e) => keyOf(e.to.type)));
  const createdEnums = to.enums.filter((e) => !keptEnumKeys.has(keyOf(e.type)));
  const changedEnums = new Set(keptEnums.filter((e) => e.valuesChanged).map((e) => keyOf(e.to.type)));

  const fromOf = new Map<string, string>();
  for (const [fromKey, toName] of names.tables) if (from.tables.has(fromKey)) fromOf.set(keyOf(toName), fromKey);
  const kept: TableDiff[] = [];
  const created: TableState[] = [];
  for (const [toKey, target] of to.tables) {
    const fromKey = fromOf.get(toKey) ?? (from.tables.has(toKey) && !names.tables.has(toKey) ? toKey : undefined);
    const original = fromKey !== undefined ? from.tables.get(fromKey) : undefined;
    if (!original || fromKey === undefined) {
      created.push(target);
      continue;
    }
    const renamed = renameTable(original, names);
    const columnMap = names.columns.get(fromKey) ?? new Map<string, string>();
    kept.push({
      fromName: original.node.table,
      from: renamed,
      to: target,
      renamedColumns: [...columnMap].filter(([a, b]) => a !== b && original.node.columns.some((c) => c.name === a)),
      ...diffColumns(renamed, target, dialect, changedEnums),
      primaryKey: primaryKeyChange(renamed, target),
    });
  }
  const keptFrom = new Set(kept.map((k) => keyOf(k.fromName)));
  const dropped = [...from.tables].filter(([key]) => !keptFrom.has(key)).map(([, state]) => state);
  return {
    before: from,
    preamble: to.preamble.filter((node) => !from.preamble.some((old) => same(old, node))),
    createdEnums,
    droppedEnums,
    keptEnums,
    created,
    dropped,
    kept,
    ...diffKeys(kept, dropped, from, names),
  };
}

function diffKeys(kept: readonly TableDiff[], dropped: readonly TableState[], from: SchemaState, names: NameMap) {
  const dropIndexes: CreateIndexNode[] = [];
  const createIndexes: CreateIndexNode[] = [];
  const touchedColumns = new Set<string>();
  const rekeyedTables = new Set<string>();
  const droppedIndexColumns = new Set<string>();
  const droppedIndexLists: string[] = [];
  const renameIndexes: IndexRename[] = [];
  for (const table of kept) {
    const fromTable = from.tables.get(keyOf(table.fromName)) as TableState;
    const oldIndexes = new Map(
      table.from.indexes.map((index, i) => [
        index.name,
        { renamed: index, original: fromTable.indexes[i] as CreateIndexNode },
      ]),
    );
    const created = table.to.indexes.filter((index) => {
      const old = oldIndexes.get(index.name);
      return !(old && same(old.renamed, index));
    });
    const gone = [...oldIndexes.values()].filter(({ renamed }) => {
      const target = table.to.indexes.find((i) => i.name === renamed.name);
      return !(target && same(renamed, target));
    });
    for (const index of created) {
      // Only the name changes (a renamed table's default names): the index is renamed, not rebuilt.
      const twin = gone.findIndex((old) => same({ ...old.renamed, name: index.name }, index));
      const [old] = twin >= 0 ? gone.splice(twin, 1) : [];
      if (old) renameIndexes.push({ from: old.original, to: index });
      else createIndexes.push(index);
    }
    for (const old of gone) {
      dropIndexes.push(old.original);
      const columns = `${keyOf(table.to.node.table)}\u0001${old.renamed.columns.map((c) => c.name).join(",")}`;
      droppedIndexColumns.add(columns);
      droppedIndexLists.push(`${columns},`);
    }
    const tableKey = keyOf(table.to.node.table);
    for (const change of table.altered) if (change.type) touchedColumns.add(`${tableKey}\u0001${change.to.name}`);
    if (table.primaryKey === "changed") rekeyedTables.add(tableKey);
  }
  const dependsOnChange = (fk: AddForeignKeyNode) => {
    const refKey = keyOf(fk.referencedTable);
    return (
      rekeyedTables.has(refKey) ||
      droppedIndexColumns.has(`${refKey}\u0001${fk.referencedColumns.join(",")}`) ||
      // MySQL needs an index on a foreign key's columns: one that goes takes the key with it, to be added again.
      droppedIndexLists.some((list) => list.startsWith(`${keyOf(fk.table)}\u0001${fk.columns.join(",")},`)) ||
      fk.columns.some((c) => touchedColumns.has(`${keyOf(fk.table)}\u0001${c}`)) ||
      fk.referencedColumns.some((c) => touchedColumns.has(`${refKey}\u0001${c}`))
    );
  };
  const dropForeignKeys: AddForeignKeyNode[] = [];
  const addForeignKeys: AddForeignKeyNode[] = [];
  for (const table of kept) {
    const fromTable = from.tables.get(keyOf(table.fromName)) as TableState;
    table.to.foreignKeys.forEach((fk) => {
      const i = table.from.foreignKeys.findIndex((old) => same(old, fk));
      if (i < 0 || dependsOnChange(fk)) addForeignKeys.push(fk);
    });
    table.from.foreignKeys.forEach((old, i) => {
      const target = table.to.foreignKeys.find((fk) => same(old, fk));
      if (!target || dependsOnChange(target)) dropForeignKeys.push(fromTable.foreignKeys[i] as AddForeignKeyNode);
    });
  }
  // Keys of dropped tables go first too, so that no table is dropped while another still points at it.
  for (const table of dropped) dropForeignKeys.push(...table.foreignKeys);
  void names;
  return { dropIndexes, createIndexes, renameIndexes, dropForeignKeys, addForeignKeys };
}
