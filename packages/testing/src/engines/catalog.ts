/** A column as the database reports it. */
export interface CatalogColumn {
  readonly name: string;
  readonly type: string;
  readonly nullable: boolean;
  readonly default: string | null;
  /** SQLite only: the table was declared with AUTOINCREMENT on this primary key. */
  readonly autoIncrement?: boolean;
}

/** An index (primary key, unique or plain) with its definition as the database prints it. */
export interface CatalogIndex {
  readonly name: string;
  readonly primary: boolean;
  readonly unique: boolean;
  readonly columns: readonly string[];
  /** The engine's own text for the index (PostgreSQL `pg_get_indexdef`), or undefined. */
  readonly definition?: string;
}

/** A foreign key with its target and actions. */
export interface CatalogForeignKey {
  /** Constraint name; SQLite does not keep one, so there it is the empty string. */
  readonly name: string;
  readonly columns: readonly string[];
  readonly referencedTable: string;
  readonly referencedColumns: readonly string[];
  readonly onDelete: string;
  readonly onUpdate: string;
}

/** One table. Lists are sorted by name so that two catalogs compare with `toEqual`. */
export interface CatalogTable {
  readonly name: string;
  readonly columns: readonly CatalogColumn[];
  readonly indexes: readonly CatalogIndex[];
  readonly foreignKeys: readonly CatalogForeignKey[];
}

/** An installed extension (PostgreSQL), with the schema it lives in and its version. */
export interface CatalogExtension {
  readonly name: string;
  readonly schema: string;
  readonly version: string;
}

/**
 * What a database holds after a DDL script ran: tables (qualified `schema.table` on PostgreSQL), enums and, on
 * PostgreSQL, extensions (other than the built-in `plpgsql`).
 */
export interface Catalog {
  readonly tables: readonly CatalogTable[];
  readonly enums: readonly { readonly name: string; readonly values: readonly string[] }[];
  readonly extensions?: readonly CatalogExtension[];
}

/** Sorts by `name`, byte-wise. */
export function byName<T extends { readonly name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
