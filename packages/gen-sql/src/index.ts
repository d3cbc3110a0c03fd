export { generateSql } from "./generate-sql.js";
export { type DiffSqlResult, diffSql, type Migration, migrationHeader } from "./migrate/diff-sql.js";
export type { MigrationWarning } from "./migrate/warnings.js";
export {
  dialectOfProvider,
  type ResolvedSqlOptions,
  resolveSqlOptions,
  type SqlDialect,
  type SqlOptions,
  sqlDialects,
} from "./options.js";
export { sqlOptionsSchema } from "./options-schema.js";
export { sqlGenerator } from "./plugin.js";
