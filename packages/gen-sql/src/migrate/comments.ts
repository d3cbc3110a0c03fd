import { qualify } from "../compile/dialect.js";
import { commentText } from "../compile/literals.js";
import type { CommentNode, CreateTableNode, DdlNode } from "../ddl/nodes.js";
import { postgresql } from "../dialects/postgresql.js";
import { keyOf, type NameMap } from "./state.js";

const keyOfComment = (node: CommentNode) => `${keyOf(node.table)}\u0001${node.column ?? ""}`;

function target(node: CommentNode): string {
  return node.column === undefined
    ? `TABLE ${qualify(postgresql, node.table)}`
    : `COLUMN ${qualify(postgresql, node.table)}.${postgresql.quote(node.column)}`;
}

/** A `from` comment with the names of `to`. */
function renamed(node: CommentNode, names: NameMap): CommentNode {
  const column =
    node.column === undefined ? undefined : (names.columns.get(keyOf(node.table))?.get(node.column) ?? node.column);
  return { ...node, table: names.tables.get(keyOf(node.table)) ?? node.table, column };
}

/**
 * PostgreSQL's `COMMENT ON` for `///` doc comments that are new or changed, and `IS NULL` for those removed from
 * tables and columns that stay (a dropped table or column takes its comment with it).
 */
export function commentStatements(from: readonly DdlNode[], to: readonly DdlNode[], names: NameMap): string[] {
  const before = new Map(
    from
      .filter((n): n is CommentNode => n.kind === "comment")
      .map((n) => [keyOfComment(renamed(n, names)), renamed(n, names)]),
  );
  const after = to.filter((n): n is CommentNode => n.kind === "comment");
  const columns = new Set(
    to
      .filter((n): n is CreateTableNode => n.kind === "createTable")
      .flatMap((t) => [`${keyOf(t.table)}\u0001`, ...t.columns.map((c) => `${keyOf(t.table)}\u0001${c.name}`)]),
  );
  const statements = after
    .filter((node) => before.get(keyOfComment(node))?.text !== node.text)
    .map((node) => `COMMENT ON ${target(node)} IS ${postgresql.literal(commentText(node.text))};`);
  const kept = new Set(after.map(keyOfComment));
  for (const [key, node] of before)
    if (!kept.has(key) && columns.has(key)) statements.push(`COMMENT ON ${target(node)} IS NULL;`);
  return statements;
}
