import type {
  AddForeignKeyNode,
  ColumnNode,
  CreateEnumNode,
  CreateIndexNode,
  CreateTableNode,
  DdlNode,
  QualifiedName,
} from "../ddl/nodes.js";

/** One table of a planned schema with everything that hangs off it. */
export interface TableState {
  readonly node: CreateTableNode;
  readonly indexes: readonly CreateIndexNode[];
  readonly foreignKeys: readonly AddForeignKeyNode[];
}

/** A planned schema, grouped by table (key: `schema\0name`). */
export interface SchemaState {
  readonly tables: ReadonlyMap<string, TableState>;
  readonly enums: readonly CreateEnumNode[];
  /** Schema and extension statements, kept as they are (created when new, never dropped). */
  readonly preamble: readonly DdlNode[];
}

/** The map key of a table or type name. */
export function keyOf(name: QualifiedName): string {
  return `${name.schema ?? ""}\u0000${name.name}`;
}

/** Groups planned (and dialect-arranged) nodes by table. */
export function groupNodes(nodes: readonly DdlNode[]): SchemaState {
  const tables = new Map<
    string,
    { node: CreateTableNode; indexes: CreateIndexNode[]; foreignKeys: AddForeignKeyNode[] }
  >();
  const enums: CreateEnumNode[] = [];
  const preamble: DdlNode[] = [];
  for (const node of nodes)
    if (node.kind === "createTable") tables.set(keyOf(node.table), { node, indexes: [], foreignKeys: [] });
  for (const node of nodes) {
    if (node.kind === "createIndex") tables.get(keyOf(node.table))?.indexes.push(node);
    else if (node.kind === "addForeignKey") tables.get(keyOf(node.table))?.foreignKeys.push(node);
    else if (node.kind === "createEnum") enums.push(node);
    else if (node.kind === "createSchema" || node.kind === "createExtension") preamble.push(node);
  }
  return { tables, enums, preamble };
}

/** How names of `from` become names of `to`: tables, columns per (from) table, enum types. */
export interface NameMap {
  /** From table key → to table name. */
  readonly tables: ReadonlyMap<string, QualifiedName>;
  /** From table key → (from column → to column). */
  readonly columns: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** From enum key → to enum name. */
  readonly enums: ReadonlyMap<string, QualifiedName>;
}

function mapColumn(map: NameMap, table: QualifiedName, column: string): string {
  return map.columns.get(keyOf(table))?.get(column) ?? column;
}

function mapTable(map: NameMap, table: QualifiedName): QualifiedName {
  return map.tables.get(keyOf(table)) ?? table;
}

function renameColumnNode(column: ColumnNode, table: QualifiedName, map: NameMap): ColumnNode {
  const name = mapColumn(map, table, column.name);
  const enumType = column.enumType && { ...column.enumType, ...map.enums.get(keyOf(column.enumType)) };
  return { ...column, name, enumType };
}

function renameIndex(node: CreateIndexNode, map: NameMap): CreateIndexNode {
  const columns = node.columns.map((c) => ({ ...c, name: mapColumn(map, node.table, c.name) }));
  const where =
    node.where?.kind === "conditions"
      ? {
          ...node.where,
          conditions: node.where.conditions.map((c) => ({ ...c, column: mapColumn(map, node.table, c.column) })),
        }
      : node.where;
  return { ...node, table: mapTable(map, node.table), columns, where };
}

function renameForeignKey(node: AddForeignKeyNode, map: NameMap): AddForeignKeyNode {
  return {
    ...node,
    table: mapTable(map, node.table),
    columns: node.columns.map((c) => mapColumn(map, node.table, c)),
    referencedTable: mapTable(map, node.referencedTable),
    referencedColumns: node.referencedColumns.map((c) => mapColumn(map, node.referencedTable, c)),
  };
}

/**
 * A `from` table seen with the names of `to`: the table, its columns, the tables and columns its keys point at.
 * Constraint and index names stay as they are, so that a renamed table's default names show up as changes.
 */
export function renameTable(state: TableState, map: NameMap): TableState {
  const { node } = state;
  const pk = node.primaryKey && {
    ...node.primaryKey,
    columns: node.primaryKey.columns.map((c) => mapColumn(map, node.table, c)),
  };
  return {
    node: {
      ...node,
      table: mapTable(map, node.table),
      columns: node.columns.map((column) => renameColumnNode(column, node.table, map)),
      primaryKey: pk,
      inlineIndexes: node.inlineIndexes.map((index) => renameIndex(index, map)),
      inlineForeignKeys: node.inlineForeignKeys.map((fk) => renameForeignKey(fk, map)),
    },
    indexes: state.indexes.map((index) => renameIndex(index, map)),
    foreignKeys: state.foreignKeys.map((fk) => renameForeignKey(fk, map)),
  };
}
