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
  { code: "E209", dialect: "postgresql", message: /^No postgresql\.sql: in PostgreSQL a table is also a type, so / },
  {
    code: "E503",
    dialect: "postgresql",
    message:
      /^No postgresql\.sql: enum `[^`]+` \(type `[^`]+`\) has the name of PostgreSQL's built-in type `pg_catalog\./,
  },
];

/**
 * The dialect gen-sql refused because its engine cannot tell two of the schema's names apart (case-folded SQLite
 * names, a PostgreSQL enum named like a table or a `pg_catalog` type) or cannot reference a table (MySQL, a table
 * named like a Windows device), or undefined for any other diagnostic.
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
