import { lookupTable } from "../lookup-table.js";
import type { IndexCondition, IndexConditionValue, IndexPredicate } from "../model/types.js";
import type { Attribute, Expression, ObjectEntry } from "../parser/ast.js";
import type { AnalysisContext, Located } from "./context.js";
import type { AnalyzedField } from "./fields.js";

/** Connectors on which Prisma 7 creates partial indexes. */
const partialIndexProviders = new Set(["postgresql", "cockroachdb", "sqlite", "sqlserver"]);

/** What the `where:` reader needs: the model's fields and where to report. */
export interface PredicateContext {
  readonly display: string;
  readonly attribute: Attribute;
  readonly fields: ReadonlyMap<string, AnalyzedField>;
  readonly located: Located<unknown>;
  readonly context: AnalysisContext;
}

/**
 * Reads `where:` of `@unique`, `@@unique` or `@@index`: `raw("<sql>")`, or an object of conditions on scalar
 * fields (`{ active: true, deletedAt: null, role: { not: "guest" } }`). Needs the `partialIndexes` preview
 * feature (E210) and a connector with partial indexes (E503); a malformed predicate is E303, a field that is
 * unknown, a relation or `Unsupported` is E307.
 */
export function readIndexPredicate(value: Expression, read: PredicateContext): IndexPredicate | undefined {
  const { display, attribute, located, context } = read;
  if (!context.previewFeatures.has("partialIndexes")) {
    const message = `Partial indexes (\`where:\` on \`${display}\`) need the preview feature: add \`previewFeatures = ["partialIndexes"]\` to the generator.`;
    located.report("E210", message, attribute);
  }
  const provider = context.datasource?.provider;
  if (!partialIndexProviders.has(provider ?? "")) {
    const message = `Partial indexes (\`where:\`) are not supported by ${provider ?? "a schema without datasource"}; only PostgreSQL, CockroachDB, SQLite and SQL Server have them.`;
    located.report("E503", message, value);
  }
  if (value.kind === "function" && value.name.text === "raw") {
    const sql = value.arguments.arguments[0]?.value;
    if (sql?.kind === "string" && sql.value.trim() !== "") return { kind: "raw", sql: sql.value };
    located.report(
      "E303",
      '`raw()` in `where:` takes the SQL condition as a non-empty string, e.g. `raw("a > 1")`.',
      value,
    );
    return undefined;
  }
  if (value.kind === "object" && value.entries.length > 0) {
    const conditions = value.entries.map((entry) => readCondition(entry, read));
    return conditions.every((condition) => condition !== undefined) ? { kind: "conditions", conditions } : undefined;
  }
  const message =
    value.kind === "object"
      ? "The `where:` object needs at least one condition, e.g. `where: { active: true }`."
      : 'The `where:` argument is either `raw("...")` or an object of conditions, e.g. `where: raw("status = \'active\'")` or `where: { active: true }`.';
  located.report("E303", message, value);
  return undefined;
}

function readCondition(entry: ObjectEntry, read: PredicateContext): IndexCondition | undefined {
  const { located } = read;
  const name = entry.key.text;
  const field = read.fields.get(name);
  const problem = !field
    ? `The field \`${name}\` in \`where:\` does not exist in this model.`
    : field.target.kind !== "scalar"
      ? `The field \`${name}\` in \`where:\` is a relation field; only scalar fields can be conditions.`
      : field.target.type.kind === "unsupported"
        ? `The field \`${name}\` in \`where:\` has an \`Unsupported\` type; write the condition with \`raw("...")\`.`
        : undefined;
  if (problem || field?.target.kind !== "scalar") {
    located.report("E307", problem ?? "", entry.key);
    return undefined;
  }
  let negated = false;
  let expression = entry.value;
  if (expression.kind === "object") {
    const [only, ...rest] = expression.entries;
    if (!only || rest.length > 0 || only.key.text !== "not") {
      located.report(
        "E303",
        'A nested condition is `{ not: value }`, e.g. `{ not: null }` or `{ not: "x" }`.',
        expression,
      );
      return undefined;
    }
    negated = true;
    expression = only.value;
  }
  const value = readValue(expression);
  if (!value) {
    const message = "A `where:` condition's value is `true`, `false`, `null`, a string, a number, or `{ not: value }`.";
    located.report("E303", message, expression);
    return undefined;
  }
  const type = field.target.type;
  const typeName = type.kind === "scalar" ? type.name : type.kind === "enum" ? "enum" : type.kind;
  if (!fits(value, typeName)) {
    const message = `The field \`${name}\` is of type ${typeName}; a ${value.kind} value does not fit it in \`where:\`.`;
    located.report("E303", message, expression);
    return undefined;
  }
  return { field: name, negated, value };
}

function readValue(expression: Expression): IndexConditionValue | undefined {
  if (expression.kind === "string") return { kind: "string", value: expression.value };
  if (expression.kind === "number") return { kind: "number", raw: expression.raw };
  if (expression.kind !== "constant") return undefined;
  if (expression.name === "null") return { kind: "null" };
  if (expression.name === "true" || expression.name === "false") {
    return { kind: "boolean", value: expression.name === "true" };
  }
  return undefined;
}

/** Which literal kinds each field type takes (`null` fits every type). */
const literalsByType: Readonly<Record<string, readonly IndexConditionValue["kind"][]>> = lookupTable({
  String: ["string"],
  DateTime: ["string"],
  enum: ["string"],
  Int: ["number"],
  BigInt: ["number"],
  Float: ["number"],
  Decimal: ["number"],
  Boolean: ["boolean"],
});

function fits(value: IndexConditionValue, typeName: string): boolean {
  return value.kind === "null" || (literalsByType[typeName] ?? []).includes(value.kind);
}
