import type { Diagnostic, GeneratedFile } from "@cardinal/core";

/** The dialects whose DDL the fuzz suite executes (MySQL is generated but not executed in process). */
export type ExecutedDialect = "postgresql" | "sqlite";

/** A dialect gen-sql may refuse. */
export type RefusedDialect = ExecutedDialect | "mysql";

const refusals: readonly { code: string; dialect: RefusedDialect; message: RegExp }[] = [
  {
    code: "E503",
    dialect: "mysql",
    message: /^No mysql\.sql: (model `[^`]+` \()?table `[^`]+`\)? is referenced by a foreign key, /,
  },
  { code: "E209", dialect: "sqlite", message: /^No sqlite\.sql: SQLite does not tell names apart by case, so / },
  {
    code: "E209",
    dialect: "postgresql",
    message:
      /^No postgresql\.sql: (in PostgreSQL (a table is also a type|tables and indexes share one namespace|a table's columns share one namespace), so |PostgreSQL keeps only the first 63 bytes of a name, so )/,
  },
  { code: "E503", dialect: "postgresql", message: /^No postgresql\.sql: PostgreSQL refuses enum values over 63 bytes/ },
  {
    code: "E503",
    dialect: "postgresql",
    message: /^No postgresql\.sql: the datasource's `schemas` lists an empty name/,
  },
  {
    code: "E209",
    dialect: "postgresql",
    message: /^No postgresql\.sql: two values of enum `[^`]+` \(type `[^`]+`\) have /,
  },
  {
    code: "E503",
    dialect: "mysql",
    message:
      /^No mysql\.sql: (MySQL and MariaDB refuse (names over 64 characters|table and column names that end with a space)|MySQL refuses enum values over 255 characters)/,
  },
  {
    code: "E209",
    dialect: "mysql",
    message: /^No mysql\.sql: (MySQL and MariaDB do not tell (columns|indexes) of a table apart by case|the values `)/,
  },
  {
    code: "E503",
    dialect: "postgresql",
    message:
      /^No postgresql\.sql: enum `[^`]+` \(type `[^`]+`\) has the name of PostgreSQL's built-in type `pg_catalog\./,
  },
];

/**
 * The dialect gen-sql refused because its engine cannot tell two of the schema's names apart (case-folded SQLite
 * names; PostgreSQL names cut to 63 bytes, an enum named like a table or a `pg_catalog` type; MySQL names folded by
 * case or collation), refuses a name (too long) or cannot reference a table (MySQL, a table named like a Windows
 * device); undefined for any other diagnostic.
 */
export function sqlRefusal(diagnostic: Diagnostic): RefusedDialect | undefined {
  if (diagnostic.severity !== "error") return undefined;
  return refusals.find((refusal) => refusal.code === diagnostic.code && refusal.message.test(diagnostic.message))
    ?.dialect;
}

/** Problems with refusals: a refused dialect must get no file. */
export function refusalProblems(refused: readonly RefusedDialect[], files: readonly GeneratedFile[]): string[] {
  return refused
    .filter((dialect) => files.some((file) => file.path === `${dialect}.sql`))
    .map((dialect) => `sql: refused ${dialect} but wrote ${dialect}.sql`);
}

/** gen-sql's diagnostic for a provider with no SQL at all (MongoDB, or no dialect for it yet): not a failure. */
export const noSqlForProvider = (diagnostic: Diagnostic): boolean =>
  diagnostic.code === "E503" && diagnostic.message.startsWith("No SQL generated.");
