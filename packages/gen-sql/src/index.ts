export { generateSql } from "./generate-sql.js";
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
