import { listItems } from "../diagnostics/format-list.js";
import type { Attribute, Identifier, ModelBlock } from "../parser/ast.js";
import { readArguments, stringArgument } from "./arguments.js";
import type { AnalysisContext, Located } from "./context.js";
import { type AnalyzedField, analyzeFields } from "./fields.js";
import { type ModelKeys, readModelKeys } from "./keys.js";

/** A model or view after its fields, keys and block attributes have been read. */
export interface AnalyzedModel {
  readonly located: Located<ModelBlock>;
  readonly fields: readonly AnalyzedField[];
  readonly keys: ModelKeys;
  readonly dbName: string;
  readonly schema: string | undefined;
  readonly isIgnored: boolean;
}

/** Block attributes that may appear several times. */
const repeatable = new Set(["unique", "index", "fulltext"]);

const modelBlockAttributes = new Set(["id", "unique", "index", "fulltext", "map", "ignore", "schema", "shardKey"]);

/** Reads a model or view and reports the problems local to it. */
export function analyzeModel(located: Located<ModelBlock>, context: AnalysisContext): AnalyzedModel {
  const { node, report } = located;
  const fields = analyzeFields(located, context);
  const attributes = collectBlockAttributes(node.attributes, located, modelBlockAttributes);
  const keys = readModelKeys(located, fields, context);
  const isIgnored = attributes.has("ignore");
  if (node.kind === "model" && !isIgnored) checkUniqueCriterion(located, fields, keys);
  if (node.kind === "view" && !context.previewFeatures.has("views")) {
    report(
      "E210",
      'View definitions are only available with the `views` preview feature. Add `previewFeatures = ["views"]` to the generator.',
      node.name,
    );
  }
  const mapAttribute = attributes.get("map");
  const schema = readSchema(attributes.get("schema"), located, context);
  return {
    located,
    fields,
    keys,
    dbName: mapAttribute ? (readName(mapAttribute, "@@map", located) ?? node.name.text) : node.name.text,
    schema,
    isIgnored,
  };
}

/** Block attributes by name (first occurrence); reports unknown and repeated ones. */
export function collectBlockAttributes(
  attributes: readonly Attribute[],
  located: Located<{ readonly name: { readonly text: string } }>,
  known: ReadonlySet<string>,
): Map<string, Attribute> {
  const byName = new Map<string, Attribute>();
  for (const attribute of attributes) {
    const name = attribute.name.text;
    if (!known.has(name)) {
      located.report("E301", `Attribute not known: "@@${name}".`, attribute.name);
      continue;
    }
    if (byName.has(name) && !repeatable.has(name)) {
      located.report("E302", `Attribute "@@${name}" can only be defined once.`, attribute);
      continue;
    }
    if (!byName.has(name)) byName.set(name, attribute);
  }
  return byName;
}

/** Reads the name argument of `@@map("...")` or `@@schema("...")`. */
export function readName(attribute: Attribute, display: string, located: Located<unknown>): string | undefined {
  const args = readArguments(attribute, display, ["name"], located.report);
  const value = stringArgument(args, "name", display, located.report);
  if (!args.has("name")) located.report("E303", `\`${display}\` needs a name, e.g. \`${display}("name")\`.`, attribute);
  return value?.value;
}

/** Reads `@@schema` and checks it against the datasource's `schemas`. */
export function readSchema(
  attribute: Attribute | undefined,
  located: Located<{
    readonly name: Identifier;
  }>,
  context: AnalysisContext,
): string | undefined {
  const schemas = context.datasource?.schemas ?? [];
  if (!attribute) {
    if (schemas.length > 0) {
      located.report(
        "E504",
        `\`${located.node.name.text}\` is missing an \`@@schema\` attribute; the datasource lists schemas (${listItems(schemas)}).`,
        located.node.name,
      );
    }
    return undefined;
  }
  const schema = readName(attribute, "@@schema", located);
  if (schema !== undefined && !schemas.includes(schema)) {
    located.report(
      "E504",
      `The schema "${schema}" is not defined in the datasource's \`schemas\`${schemas.length > 0 ? ` (${listItems(schemas)})` : ""}.`,
      attribute,
    );
  }
  return schema;
}

function checkUniqueCriterion(located: Located<ModelBlock>, fields: readonly AnalyzedField[], keys: ModelKeys): void {
  // Only required fields of a real type count: an optional or `Unsupported(...)` field cannot identify a row.
  const usable = new Set(
    fields
      .filter((field) => field.node.type.arity !== "optional" && field.node.type.unsupported === undefined)
      .map((field) => field.node.name.text),
  );
  const criteria = [keys.primaryKey?.fields, ...keys.uniques.map((unique) => unique.fields)];
  const hasOne = criteria.some((criterion) => criterion?.every((field) => usable.has(field.name)));
  if (!hasOne) {
    const message = `Model \`${located.node.name.text}\` has no unique criterion made of required fields. Mark a required field with \`@id\` or \`@unique\`, or add \`@@id([...])\` or \`@@unique([...])\` (optional and \`Unsupported\` fields do not count).`;
    located.report("E206", message, located.node.name);
  }
}
