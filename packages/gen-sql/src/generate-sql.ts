import type { Diagnostic, GeneratedFile, GeneratorResult, Model, SchemaModel, SourceLocation } from "@cardinal/core";
import { compileDdl } from "./compile/compile-ddl.js";
import type { Dialect } from "./compile/dialect.js";
import { sqlNameClashes } from "./ddl/name-clashes.js";
import type { DdlNode } from "./ddl/nodes.js";
import { planSchema, tablelessModels } from "./ddl/plan-schema.js";
import { mysql } from "./dialects/mysql.js";
import { postgresql } from "./dialects/postgresql.js";
import { sqlite } from "./dialects/sqlite.js";
import { resolveSqlOptions, type SqlDialect, type SqlOptions, whyNoSql } from "./options.js";

const dialects: Readonly<Record<SqlDialect, Dialect>> = { postgresql, mysql, sqlite };

/**
 * SQL DDL for a valid relation model: one file per dialect (`postgresql.sql`, `mysql.sql`, `sqlite.sql`), in
 * Prisma's naming (`_pkey`, `_key`, `_idx`, `_fkey`), with foreign keys that enforce every relation, implicit
 * many-to-many join tables, and `///` doc comments kept as database comments. Pure: same model, same bytes.
 *
 * A MongoDB schema gets a diagnostic instead of SQL, and so does a dialect whose engine cannot tell two of the
 * schema's names apart (`sqlNameClashes`): no file for it, the other dialects still get theirs.
 * @example
 * const { files } = generateSql(model, { dialects: ["postgresql", "sqlite"] });
 */
export function generateSql(model: SchemaModel, options: SqlOptions = {}): GeneratorResult {
  const provider = model.datasource?.provider;
  const noSqlBecause = whyNoSql(model, options);
  if (noSqlBecause === "mongodb")
    return {
      files: [],
      diagnostics: [
        noSql(
          model,
          "MongoDB has no tables or foreign keys, so there is no SQL to generate; the other generators work for it.",
        ),
      ],
    };
  if (noSqlBecause === "no-dialect") {
    return {
      files: [],
      diagnostics: [
        noSql(
          model,
          `There is no SQL dialect for the ${provider} provider yet; choose one with the \`dialects\` option (postgresql, mysql, sqlite).`,
        ),
      ],
    };
  }
  const resolved = resolveSqlOptions(model, options);
  const diagnostics: Diagnostic[] = [];
  const files: GeneratedFile[] = [];
  for (const name of resolved.dialects) {
    const dialect = dialects[name];
    const planned = planSchema(model, { provider: dialect.provider, comments: resolved.comments });
    diagnostics.push(...tablelessModels(model, dialect.provider).map((table) => tableless(table, name)));
    const clashes = sqlNameClashes(planned, model, name);
    diagnostics.push(...clashes);
    if (clashes.length > 0) continue;
    const nodes = name === "mysql" ? withoutPartialIndexes(planned, model, diagnostics) : planned;
    files.push({ path: `${name}.sql`, content: compileDdl(nodes, dialect) });
  }
  return { files, diagnostics };
}

/**
 * MySQL has no partial indexes: rather than a full index (a partial unique would then forbid duplicates among all
 * rows), a partial index is left out of `mysql.sql`, with an error saying so.
 */
function withoutPartialIndexes(nodes: readonly DdlNode[], model: SchemaModel, diagnostics: Diagnostic[]): DdlNode[] {
  return nodes.filter((node) => {
    if (node.kind !== "createIndex" || node.where === undefined) return true;
    const table = model.models.find((candidate) => candidate.dbName === node.table.name);
    diagnostics.push(
      diagnosticAt(
        table?.location,
        `No partial index in mysql.sql: MySQL has no \`where:\` on indexes, so \`${node.name}\` on \`${node.table.name}\` is left out.`,
      ),
    );
    return false;
  });
}

function tableless(model: Model, dialect: SqlDialect): Diagnostic {
  const at = model.location;
  const message = `No table for model \`${model.name}\` in ${dialect}.sql: it has no columns, and ${dialect === "sqlite" ? "SQLite" : "MySQL"} cannot create a table without one.`;
  return { code: "W007", severity: "warning", message, file: at.file, range: at.range };
}

function noSql(model: SchemaModel, why: string): Diagnostic {
  return diagnosticAt(model.models[0]?.location, `No SQL generated. ${why}`);
}

function diagnosticAt(location: SourceLocation | undefined, message: string): Diagnostic {
  const at = location ?? {
    file: "schema.prisma",
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
  return { code: "E503", severity: "error", message, file: at.file, range: at.range };
}
