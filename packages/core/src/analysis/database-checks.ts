import type { Enum } from "../model/types.js";
import type { EnumBlock } from "../parser/ast.js";
import type { AnalysisContext, Located } from "./context.js";
import type { AnalyzedModel } from "./models.js";

/** Two fields of a model, or two models of a schema, mapped to the same database name (E209). */
export function checkDatabaseNames(models: readonly AnalyzedModel[]): void {
  const tables = new Map<string, AnalyzedModel>();
  for (const model of models) {
    const { node, report } = model.located;
    const key = `${model.schema ?? ""}\u0000${model.dbName}`;
    const other = tables.get(key);
    if (other && !model.isIgnored) {
      report(
        "E209",
        `The ${node.kind} \`${node.name.text}\` maps to the database name "${model.dbName}", which \`${other.located.node.name.text}\` already uses. Change one \`@@map\`.`,
        node.name,
      );
    } else tables.set(key, model);
    const columns = new Map<string, string>();
    for (const field of model.fields) {
      if (field.target.kind !== "scalar") continue;
      const taken = columns.get(field.dbName);
      if (taken !== undefined && taken !== field.node.name.text) {
        report(
          "E209",
          `The field \`${field.node.name.text}\` maps to the column "${field.dbName}", which the field \`${taken}\` of \`${node.name.text}\` already uses. Change one \`@map\`.`,
          field.node.name,
        );
      } else columns.set(field.dbName, field.node.name.text);
    }
  }
}

/** Two enums mapped to the same database name in one database schema (E209), whatever the provider. */
export function checkEnumDatabaseNames(enums: readonly { located: Located<EnumBlock>; analyzed: Enum }[]): void {
  const taken = new Map<string, string>();
  for (const { located, analyzed } of enums) {
    const key = `${analyzed.schema ?? ""}\u0000${analyzed.dbName}`;
    const other = taken.get(key);
    if (other === undefined) {
      taken.set(key, analyzed.name);
      continue;
    }
    located.report(
      "E209",
      `The enum \`${analyzed.name}\` maps to the database name "${analyzed.dbName}", which the enum \`${other}\` already uses. Change one \`@@map\`.`,
      located.node.name,
    );
  }
}

/**
 * `autoincrement()` where the provider cannot do it: SQLite (and a schema without a datasource) only on the
 * single-field id, MySQL only on an indexed column (E503).
 */
export function checkAutoincrement(models: readonly AnalyzedModel[], context: AnalysisContext): void {
  // Without a datasource Prisma validates with its empty connector, which allows what SQLite allows.
  const provider = context.datasource ? context.datasource.provider : "sqlite";
  const label = context.datasource ? provider : "a schema without a datasource";
  if (provider !== "sqlite" && provider !== "mysql") return;
  for (const model of models) {
    const { primaryKey, uniques, indexes } = model.keys;
    for (const field of model.fields) {
      if (field.default?.kind !== "function" || field.default.name !== "autoincrement") continue;
      const name = field.node.name.text;
      const isId = primaryKey !== undefined && !primaryKey.isCompound && primaryKey.fields[0]?.name === name;
      const isIndexed = [primaryKey, ...uniques, ...indexes].some((key) => key?.fields[0]?.name === name);
      const span = field.attributes.get("default") ?? field.node;
      if (provider === "sqlite" && !isId) {
        model.located.report(
          "E503",
          `\`autoincrement()\` on the non-id field \`${name}\`: ${context.datasource ? "SQLite supports" : "without a datasource, Prisma allows"} it only on the single-field \`@id\`.`,
          span,
        );
      }
      if (!isIndexed || (provider === "sqlite" && !isId)) {
        model.located.report(
          "E503",
          `\`autoincrement()\` on the non-indexed field \`${name}\`: ${label} needs an index on an auto-increment column. Add \`@unique\` or \`@@index([${name}])\`.`,
          span,
        );
      }
    }
  }
}
