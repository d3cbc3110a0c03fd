import type { Provider, SchemaModel } from "@cardinal/core";

/** The SQL dialects Cardinal writes. */
export type SqlDialect = "postgresql" | "mysql" | "sqlite";

/** All dialects, in a fixed order. */
export const sqlDialects: readonly SqlDialect[] = ["postgresql", "mysql", "sqlite"];

/** Options of `generateSql`. */
export interface SqlOptions {
  /**
   * The dialects to write, one file each (`postgresql.sql`, ...).
   * @default the datasource's provider (CockroachDB is written as PostgreSQL)
   * @example { dialects: ["postgresql", "sqlite"] }
   */
  readonly dialects?: readonly SqlDialect[];
  /**
   * Keep `///` doc comments in the database: `COMMENT ON` (PostgreSQL), `COMMENT` (MySQL). SQLite has no
   * comments, so there they become SQL comments above the table.
   * @default true
   */
  readonly comments?: boolean;
}

/** Options with every default filled in. */
export interface ResolvedSqlOptions {
  readonly dialects: readonly SqlDialect[];
  readonly comments: boolean;
}

/** The dialect of a provider, or undefined when SQL makes no sense for it (MongoDB, SQL Server for now). */
export function dialectOfProvider(provider: Provider | undefined): SqlDialect | undefined {
  switch (provider) {
    case "postgresql":
    case "cockroachdb":
      return "postgresql";
    case "mysql":
      return "mysql";
    case "sqlite":
      return "sqlite";
    default:
      return undefined;
  }
}

/**
 * Why no SQL can be written for a schema with these options, or undefined when there is a dialect to write: MongoDB
 * has no tables, and a provider without a dialect of its own (SQL Server) needs `dialects` to name one. The plugin's
 * `notApplicable` and `generateSql` both decide by this.
 */
export function whyNoSql(model: SchemaModel, options: SqlOptions = {}): "mongodb" | "no-dialect" | undefined {
  if (model.datasource?.provider === "mongodb") return "mongodb";
  return resolveSqlOptions(model, options).dialects.length === 0 ? "no-dialect" : undefined;
}

/** Fills in defaults: without `dialects`, the datasource's dialect, or PostgreSQL when there is no datasource. */
export function resolveSqlOptions(model: SchemaModel, options: SqlOptions = {}): ResolvedSqlOptions {
  const fromDatasource = model.datasource ? dialectOfProvider(model.datasource.provider) : "postgresql";
  return {
    dialects: options.dialects ?? (fromDatasource ? [fromDatasource] : []),
    comments: options.comments ?? true,
  };
}
