import type { AnalysisContext } from "./context.js";
import type { AnalyzedModel } from "./models.js";

/** Providers with a JSON column type, and those that also have lists of JSON. */
const jsonProviders = new Set(["postgresql", "cockroachdb", "mysql", "sqlite", "mongodb"]);
const jsonListProviders = new Set(["postgresql", "mongodb"]);
/** Providers that allow more than one auto-increment column per table. */
const manyAutoincrementProviders = new Set(["postgresql", "cockroachdb", "sqlserver"]);

/**
 * Field types and defaults the provider lacks (E508 for types, E503 for defaults): `Json` on SQL Server, `Json[]`
 * outside PostgreSQL and MongoDB, several `autoincrement()` columns in one table on MySQL and SQLite, and
 * `autoincrement()` on a non-`BigInt` field on CockroachDB.
 */
export function checkScalarSupport(models: readonly AnalyzedModel[], context: AnalysisContext): void {
  const provider = context.datasource?.provider;
  if (!provider || provider === "mongodb") checkNoDecimal(models, provider);
  if (!provider) {
    checkOneAutoincrement(models, "a schema without a datasource");
    return;
  }
  for (const model of models) {
    const name = model.located.node.name.text;
    for (const field of model.fields) {
      if (field.target.kind !== "scalar") continue;
      const type = field.target.type;
      if (type.kind !== "scalar" || type.name !== "Json") continue;
      const isList = field.node.type.arity === "list";
      if (!jsonProviders.has(provider) || (isList && !jsonListProviders.has(provider))) {
        model.located.report(
          "E508",
          `The field \`${field.node.name.text}\` in ${model.located.node.kind} \`${name}\` cannot be of type \`Json${isList ? "[]" : ""}\`: ${provider} does not support ${isList ? "lists of Json" : "the Json type"}.`,
          field.node.type,
        );
      }
    }
    if (provider === "cockroachdb") checkCockroachAutoincrement(model);
  }
  if (!manyAutoincrementProviders.has(provider)) checkOneAutoincrement(models, provider);
}

/** One `autoincrement()` column per table (MySQL, SQLite, MongoDB, and a schema without a datasource). */
function checkOneAutoincrement(models: readonly AnalyzedModel[], label: string): void {
  for (const model of models) {
    const autoincrement = model.fields.filter(
      (field) => field.default?.kind === "function" && field.default.name === "autoincrement",
    );
    for (const field of autoincrement.slice(1)) {
      model.located.report(
        "E503",
        `\`autoincrement()\` is used on more than one field of \`${model.located.node.name.text}\`; ${label} allows one auto-increment column per table.`,
        field.attributes.get("default") ?? field.node,
      );
    }
  }
}

/** `Decimal` fields where Prisma's connector has no Decimal type: MongoDB, and a schema without a datasource. */
function checkNoDecimal(models: readonly AnalyzedModel[], provider: string | undefined): void {
  for (const model of models)
    for (const field of model.fields) {
      const type = field.target.kind === "scalar" ? field.target.type : undefined;
      if (type?.kind !== "scalar" || type.name !== "Decimal") continue;
      model.located.report(
        "E508",
        `The field \`${field.node.name.text}\` in ${model.located.node.kind} \`${model.located.node.name.text}\` cannot be of type \`Decimal\`: ${provider ?? "a schema without a datasource"} does not support the Decimal type.`,
        field.node.type,
      );
    }
}

/** CockroachDB's `autoincrement()` is `unique_rowid()`, a 64-bit value: only `BigInt` fields can hold it. */
function checkCockroachAutoincrement(model: AnalyzedModel): void {
  for (const field of model.fields) {
    if (field.default?.kind !== "function" || field.default.name !== "autoincrement") continue;
    const type = field.target.kind === "scalar" ? field.target.type : undefined;
    if (type?.kind === "scalar" && type.name === "BigInt") continue;
    model.located.report(
      "E503",
      `\`autoincrement()\` on CockroachDB is only allowed on \`BigInt\` fields; \`${field.node.name.text}\` is not. Use \`sequence()\` for an auto-incrementing \`Int\`.`,
      field.attributes.get("default") ?? field.node,
    );
  }
}
