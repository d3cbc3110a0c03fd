import type { OperatorClass, Provider } from "@cardinal/core";
import type { ColumnNode, DdlNode, QualifiedName } from "../ddl/nodes.js";
import type { SqlDialect } from "../options.js";

/** Renders one node kind; undefined drops the node. */
type Renderer<K extends DdlNode["kind"]> = (
  node: Extract<DdlNode, { kind: K }>,
  dialect: Dialect,
) => string | undefined;

/** A renderer for every node kind: adding a kind fails to compile until each dialect can render it. */
export type Renderers = { readonly [K in DdlNode["kind"]]: Renderer<K> };

/** What differs between databases. The default compiler does the rest. */
export interface Dialect {
  readonly name: SqlDialect;
  /** The provider whose identifier limits apply to default constraint names. */
  readonly provider: Provider;
  /** A quoted identifier (reserved words and any character are safe). */
  quote(identifier: string): string;
  /** A quoted string literal. */
  literal(text: string): string;
  /** The column's SQL type, from the dialect's type table. */
  columnType(column: ColumnNode): string;
  /** The column's `DEFAULT` expression, or undefined when the database has none (e.g. `uuid()`, client-side). */
  columnDefault(column: ColumnNode): string | undefined;
  /** The SQL operator class of an index column's `ops:`, or undefined where the dialect has none. */
  operatorClass(ops: OperatorClass | undefined): string | undefined;
  /** Moves constraints to where the dialect declares them (inside tables, folded into types...). */
  arrange(nodes: readonly DdlNode[]): DdlNode[];
  readonly renderers: Renderers;
}

/** A table or type name, qualified with its schema when it has one. */
export function qualify(dialect: Dialect, name: QualifiedName): string {
  return name.schema ? `${dialect.quote(name.schema)}.${dialect.quote(name.name)}` : dialect.quote(name.name);
}

/** Quotes with `quote`, doubling it inside: `"a""b"`. */
export function quoteWith(quote: string): (identifier: string) => string {
  return (identifier) => `${quote}${identifier.replaceAll(quote, quote + quote)}${quote}`;
}
