import type { Span } from "../diagnostics/source-file.js";
import type { IndexDefinition, PrimaryKey } from "../model/types.js";
import type { Attribute } from "../parser/ast.js";
import { type Capabilities, capabilitiesOf } from "./capabilities.js";
import type { AnalysisContext } from "./context.js";
import type { AnalyzedModel } from "./models.js";

/**
 * Key and index arguments the provider does not support: `clustered` (SQL Server only, once per table),
 * `length` (MySQL only, on String/Bytes), `sort` on ids, `type:`, `ops` outside `@@index`, `@@fulltext` (E309–E315).
 */
export function checkKeySupport(models: readonly AnalyzedModel[], context: AnalysisContext): void {
  const capabilities = capabilitiesOf(context.datasource?.provider);
  const provider = context.datasource?.provider ?? "a schema without datasource";
  for (const model of models) {
    if (model.located.node.kind !== "model") continue;
    const { primaryKey } = model.keys;
    if (primaryKey) checkPrimaryKey(model, primaryKey, capabilities, provider);
    const all = [...model.keys.uniques, ...model.keys.indexes];
    for (const index of all) checkIndex(model, index, capabilities, provider);
    checkClusteredOnce(model, all, capabilities);
    checkFullTextCount(model, capabilities);
  }
}

function spanOf(model: AnalyzedModel, key: PrimaryKey | IndexDefinition): Span {
  return model.keys.spans.get(key) ?? model.located.node.name;
}

function display(key: PrimaryKey | IndexDefinition): string {
  if (!("kind" in key)) return key.isCompound ? "@@id" : "@id";
  return key.isFieldLevel ? "@unique" : `@@${key.kind}`;
}

function checkPrimaryKey(model: AnalyzedModel, key: PrimaryKey, capabilities: Capabilities, provider: string): void {
  const report = (code: "E309" | "E311", message: string) =>
    model.located.report(code, `Error in \`${display(key)}\`: ${message}`, spanOf(model, key));
  if (key.clustered !== undefined && !capabilities.clustering) {
    report("E309", `defining clustering is not supported by ${provider}; only SQL Server has clustered keys.`);
  }
  if (key.fields.some((field) => field.length !== undefined) && !capabilities.lengthPrefix) {
    report("E311", `the \`length\` argument is not supported in the primary key by ${provider} (only MySQL).`);
  }
  if (key.fields.some((field) => field.sort !== undefined) && !capabilities.primaryKeySort) {
    report("E311", `the \`sort\` argument is not supported in the primary key by ${provider}.`);
  }
  checkLengthTypes(model, key, capabilities);
}

function checkIndex(model: AnalyzedModel, index: IndexDefinition, capabilities: Capabilities, provider: string): void {
  const span = spanOf(model, index);
  const report = (code: "E309" | "E311" | "E313" | "E314" | "E315", message: string, at: Span = span) =>
    model.located.report(code, `Error in \`${display(index)}\`: ${message}`, at);
  const hasLength = index.fields.some((field) => field.length !== undefined);
  const hasSort = index.fields.some((field) => field.sort !== undefined);
  if (index.kind === "fulltext") {
    if (!capabilities.fullText) report("E315", `fulltext indexes are not supported by ${provider}.`);
    else if (hasLength) report("E315", "the `length` argument is not supported in a `@@fulltext` attribute.");
    else if (hasSort && !capabilities.fullTextSort) {
      report("E315", `the \`sort\` argument is not supported in a \`@@fulltext\` attribute by ${provider}.`);
    } else if (capabilities.fullTextSort && !sortedFieldsAtTheEnds(index)) {
      report("E315", "the text fields (those without `sort`) of a `@@fulltext` must be listed next to each other.");
    }
  } else if (hasLength && !capabilities.lengthPrefix) {
    report("E311", `the \`length\` argument is not supported in an index definition by ${provider} (only MySQL).`);
  }
  if (index.algorithm !== undefined && !capabilities.indexTypes.includes(index.algorithm)) {
    const supported = capabilities.indexTypes.join(", ");
    report(
      "E313",
      `the index type \`${index.algorithm}\` is not supported by ${provider} (supported: ${supported}).`,
      argumentSpan(span, "type"),
    );
  }
  if (index.algorithm === "Hash" && hasSort && capabilities.indexTypes.includes("Hash")) {
    report("E313", "a `Hash` index does not support the `sort` argument.");
  }
  if (index.clustered !== undefined && !capabilities.clustering) {
    report("E309", `defining clustering is not supported by ${provider}; only SQL Server has clustered indexes.`);
  }
  if (index.kind !== "index" && index.fields.some((field) => field.ops !== undefined)) {
    report("E314", "operator classes (`ops:`) can only be given to fields of an `@@index`.");
  }
  checkLengthTypes(model, index, capabilities);
}

/** MongoDB text indexes: the fields without `sort` (the text fields) form one run, sorted fields only before or after. */
function sortedFieldsAtTheEnds(index: IndexDefinition): boolean {
  const pattern = index.fields.map((field) => (field.sort === undefined ? "t" : "s")).join("");
  return /^s*t*s*$/.test(pattern);
}

/** `length` only makes sense on text and bytes columns. */
function checkLengthTypes(model: AnalyzedModel, key: PrimaryKey | IndexDefinition, capabilities: Capabilities): void {
  if (!capabilities.lengthPrefix) return;
  for (const indexField of key.fields) {
    if (indexField.length === undefined) continue;
    const field = model.fields.find((candidate) => candidate.node.name.text === indexField.name);
    const type = field?.target.kind === "scalar" ? field.target.type : undefined;
    if (!type || type.kind === "unsupported") continue;
    if (type.kind === "scalar" && (type.name === "String" || type.name === "Bytes")) continue;
    model.located.report(
      "E311",
      `Error in \`${display(key)}\`: the \`length\` argument is only allowed on fields of type \`String\` or \`Bytes\`; \`${indexField.name}\` is not.`,
      spanOf(model, key),
    );
    return;
  }
}

/** SQL Server: one clustered index per table, and the primary key is clustered unless it says `clustered: false`. */
function checkClusteredOnce(
  model: AnalyzedModel,
  indexes: readonly IndexDefinition[],
  capabilities: Capabilities,
): void {
  if (!capabilities.clustering) return;
  const clustered = indexes.filter((index) => index.clustered === true);
  const { primaryKey } = model.keys;
  const primaryKeyClustered = primaryKey !== undefined && primaryKey.clustered !== false;
  if (primaryKey && primaryKey.clustered !== false && clustered.length > 0) {
    model.located.report(
      "E310",
      `Error in \`${display(primaryKey)}\`: a model can only hold one clustered index or id; mark the id \`clustered: false\` or drop \`clustered: true\` from the index.`,
      spanOf(model, primaryKey),
    );
  }
  for (const index of clustered) {
    const others = primaryKeyClustered || clustered.length > 1;
    if (!others) continue;
    model.located.report(
      "E310",
      `Error in \`${display(index)}\`: a model can only hold one clustered index or key${primaryKeyClustered ? " (the id is clustered unless it says `clustered: false`)" : ""}.`,
      spanOf(model, index),
    );
  }
}

function checkFullTextCount(model: AnalyzedModel, capabilities: Capabilities): void {
  if (!capabilities.fullText || capabilities.manyFullText) return;
  const fullText = model.keys.indexes.filter((index) => index.kind === "fulltext");
  if (fullText.length < 2) return;
  for (const index of fullText) {
    model.located.report(
      "E315",
      "A model can only have one `@@fulltext` index on this provider.",
      spanOf(model, index),
    );
  }
}

/** The span of a named argument of the attribute at `span`, or the attribute itself. */
function argumentSpan(span: Span, name: string): Span {
  const attribute = span as Partial<Attribute>;
  const argument = attribute.arguments?.arguments.find((candidate) => candidate.name?.text === name);
  return argument ?? span;
}

/** `clustered:` takes `true` or `false` only (E309). */
export function checkClusteredValues(models: readonly AnalyzedModel[]): void {
  for (const model of models) {
    for (const field of model.fields) {
      checkClusteredValue(model, field.attributes.get("id"));
      checkClusteredValue(model, field.attributes.get("unique"));
    }
    for (const attribute of model.located.node.attributes) checkClusteredValue(model, attribute);
  }
}

function checkClusteredValue(model: AnalyzedModel, attribute: Attribute | undefined): void {
  const argument = attribute?.arguments?.arguments.find((candidate) => candidate.name?.text === "clustered");
  const value = argument?.value;
  if (!argument || (value?.kind === "constant" && (value.name === "true" || value.name === "false"))) return;
  model.located.report(
    "E309",
    "The `clustered` argument takes a boolean: `clustered: true` or `clustered: false`.",
    argument,
  );
}
