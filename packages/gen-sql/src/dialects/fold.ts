import type {
  AddForeignKeyNode,
  CommentNode,
  CreateIndexNode,
  CreateTableNode,
  DdlNode,
  QualifiedName,
} from "../ddl/nodes.js";

const key = (name: QualifiedName) => `${name.schema ?? ""}\u0000${name.name}`;

/** What a dialect folds into its tables instead of writing separate statements. */
export interface FoldOptions {
  readonly indexes: boolean;
  readonly foreignKeys: boolean;
  readonly comments: boolean;
  /** The keys of implicit join tables become this unique index (MySQL, SQLite): `_X_AB_unique`. */
  readonly joinKeyAsUniqueIndex: boolean;
}

/**
 * Moves indexes, foreign keys and comments into the `CREATE TABLE` of their table, and drops enum, schema and
 * extension statements (dialects without those fold enums into column types). The order of what is left is kept.
 */
export function foldIntoTables(nodes: readonly DdlNode[], options: FoldOptions): DdlNode[] {
  const tables = new Map<string, CreateTableNode>();
  for (const node of nodes) if (node.kind === "createTable") tables.set(key(node.table), node);
  const extra = new Map<
    string,
    { indexes: CreateIndexNode[]; foreignKeys: AddForeignKeyNode[]; comments: CommentNode[] }
  >();
  const bucket = (name: QualifiedName) => {
    const id = key(name);
    const entry = extra.get(id) ?? { indexes: [], foreignKeys: [], comments: [] };
    extra.set(id, entry);
    return entry;
  };
  const kept: DdlNode[] = [];
  // A join table's unique (A, B) index goes just before its other index when indexes stay separate statements.
  const pendingJoinKeys = new Map<string, CreateIndexNode>();
  for (const node of nodes) {
    if (node.kind === "createEnum" || node.kind === "createSchema" || node.kind === "createExtension") continue;
    if (node.kind === "createTable" && node.implicitJoin && options.joinKeyAsUniqueIndex) {
      const unique = joinUniqueIndex(node);
      if (options.indexes) bucket(node.table).indexes.push(unique);
      else pendingJoinKeys.set(key(node.table), unique);
    }
    const pending = node.kind === "createIndex" ? pendingJoinKeys.get(key(node.table)) : undefined;
    if (pending && !options.indexes) {
      kept.push(pending);
      pendingJoinKeys.delete(key(node.table));
    }
    if (node.kind === "createIndex" && options.indexes) bucket(node.table).indexes.push(node);
    else if (node.kind === "addForeignKey" && options.foreignKeys) bucket(node.table).foreignKeys.push(node);
    else if (node.kind === "comment" && options.comments) bucket(node.table).comments.push(node);
    else kept.push(node);
  }
  return kept.map((node) =>
    node.kind === "createTable" ? withFolded(node, extra.get(key(node.table)), options) : node,
  );
}

function joinUniqueIndex(table: CreateTableNode): CreateIndexNode {
  const columns = ["A", "B"].map((name) => ({ name, sort: undefined, length: undefined, ops: undefined }));
  return {
    kind: "createIndex",
    table: table.table,
    name: `${table.table.name}_AB_unique`,
    unique: true,
    fulltext: false,
    columns,
    algorithm: undefined,
    where: undefined,
  };
}

function withFolded(
  table: CreateTableNode,
  extra: { indexes: CreateIndexNode[]; foreignKeys: AddForeignKeyNode[]; comments: CommentNode[] } | undefined,
  options: FoldOptions,
): CreateTableNode {
  const comments = extra?.comments ?? [];
  const columnComment = (name: string) => comments.find((comment) => comment.column === name)?.text;
  return {
    ...table,
    primaryKey: table.implicitJoin && options.joinKeyAsUniqueIndex ? undefined : table.primaryKey,
    columns: table.columns.map((column) => ({ ...column, comment: columnComment(column.name) })),
    inlineIndexes: extra?.indexes ?? [],
    inlineForeignKeys: extra?.foreignKeys ?? [],
    comment: comments.find((comment) => comment.column === undefined)?.text,
  };
}
