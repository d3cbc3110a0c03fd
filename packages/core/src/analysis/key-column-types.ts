import type { IndexDefinition, PrimaryKey, Provider } from "../model/types.js";
import type { AnalysisContext } from "./context.js";
import type { AnalyzedField } from "./fields.js";
import type { AnalyzedModel } from "./models.js";

/** MySQL cannot index these without a prefix `length`. */
const mysqlUnboundedTypes = new Set([
  "Text",
  "TinyText",
  "MediumText",
  "LongText",
  "Blob",
  "TinyBlob",
  "MediumBlob",
  "LongBlob",
]);

/** SQL Server stores these off-row: they cannot be keys or index columns. */
function isSqlServerHeapType(field: AnalyzedField): boolean {
  const native = field.nativeType;
  if (!native) return false;
  if (["Text", "NText", "Image", "Xml"].includes(native.name)) return true;
  return ["VarChar", "NVarChar", "VarBinary"].includes(native.name) && native.args[0] === "Max";
}

/**
 * Native types that cannot be (part of) a key or an index (E312): MySQL's TEXT/BLOB types without `length`,
 * SQL Server's heap types (`Text`, `NVarChar(Max)`...) and `Bytes` ids, PostgreSQL's `Xml`.
 */
export function checkKeyColumnTypes(models: readonly AnalyzedModel[], context: AnalysisContext): void {
  const provider = context.datasource?.provider;
  if (provider !== "mysql" && provider !== "sqlserver" && provider !== "postgresql") return;
  for (const model of models) {
    if (model.located.node.kind !== "model") continue;
    const { primaryKey, uniques, indexes } = model.keys;
    if (primaryKey) checkKey(model, primaryKey, "id", provider);
    for (const unique of uniques) checkKey(model, unique, "unique", provider);
    for (const index of indexes) if (index.kind === "index") checkKey(model, index, "index", provider);
  }
}

function checkKey(
  model: AnalyzedModel,
  key: PrimaryKey | IndexDefinition,
  what: "id" | "unique" | "index",
  provider: Provider,
): void {
  for (const indexField of key.fields) {
    const field = model.fields.find((candidate) => candidate.node.name.text === indexField.name);
    if (!field) continue;
    const problem = problemOf(field, indexField.length, what, provider);
    if (!problem) continue;
    const span = model.keys.spans.get(key) ?? model.located.node.name;
    model.located.report(
      "E312",
      `The field \`${indexField.name}\` cannot be used in ${what === "id" ? "an id" : what === "unique" ? "a unique constraint" : "an index"}: ${problem}`,
      span,
    );
    return;
  }
}

function problemOf(
  field: AnalyzedField,
  length: number | undefined,
  what: "id" | "unique" | "index",
  provider: Provider,
): string | undefined {
  const native = field.nativeType?.name;
  if (provider === "mysql" && native && mysqlUnboundedTypes.has(native) && length === undefined) {
    return `MySQL cannot index the native type \`${native}\` as a whole. Give the field a \`length\` in the key, e.g. \`${field.node.name.text}(length: 100)\`.`;
  }
  if (provider === "sqlserver" && isSqlServerHeapType(field)) {
    return `SQL Server cannot index the native type \`${native}${field.nativeType?.args.length ? `(${field.nativeType.args.join(",")})` : ""}\`.`;
  }
  if (provider === "sqlserver" && what === "id" && field.target.kind === "scalar") {
    const type = field.target.type;
    if (type.kind === "scalar" && type.name === "Bytes") return "SQL Server does not allow a `Bytes` column in an id.";
  }
  if (provider === "postgresql" && native === "Xml" && what !== "id") {
    return "PostgreSQL cannot index the native type `Xml`.";
  }
  return undefined;
}
