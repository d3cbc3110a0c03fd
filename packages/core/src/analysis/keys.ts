import type { Report } from "../diagnostics/collector.js";
import type { Span } from "../diagnostics/source-file.js";
import { lookupTable } from "../lookup-table.js";
import type { IndexDefinition, IndexField, OperatorClass, PrimaryKey } from "../model/types.js";
import type { Attribute, Expression, ModelBlock } from "../parser/ast.js";
import { type ArgumentMap, readArguments, stringArgument } from "./arguments.js";
import type { AnalysisContext, Located } from "./context.js";
import type { AnalyzedField } from "./fields.js";
import { readIndexPredicate } from "./partial-indexes.js";

/** A model's keys as declared. */
export interface ModelKeys {
  readonly primaryKey: PrimaryKey | undefined;
  readonly uniques: readonly IndexDefinition[];
  readonly indexes: readonly IndexDefinition[];
  /** Where each key was declared (its attribute), for diagnostics. */
  readonly spans: ReadonlyMap<PrimaryKey | IndexDefinition, Span>;
}

const blockAttributeParameters: Readonly<Record<string, readonly string[]>> = lookupTable({
  id: ["fields", "name", "map", "length", "sort", "clustered"],
  unique: ["fields", "name", "map", "length", "sort", "clustered", "where"],
  index: ["fields", "name", "map", "type", "clustered", "ops", "where"],
  fulltext: ["fields", "map"],
});

/** Reads `@id`, `@unique`, `@@id`, `@@unique`, `@@index`, `@@fulltext` of one model. */
export function readModelKeys(
  located: Located<ModelBlock>,
  fields: readonly AnalyzedField[],
  context: AnalysisContext,
): ModelKeys {
  const { node, report } = located;
  const byName = new Map(fields.map((field) => [field.node.name.text, field]));
  const fieldIds = fields.filter((field) => field.attributes.has("id"));
  const blockIds = node.attributes.filter((attribute) => attribute.name.text === "id");
  if (fieldIds.length > 1) {
    report(
      "E207",
      `Model \`${node.name.text}\` marks ${fieldIds.length} fields with \`@id\`; at most one may be. Use \`@@id([${fieldIds.map((f) => f.node.name.text).join(", ")}])\` for a compound id.`,
      node.name,
    );
  }
  if (fieldIds.length > 0 && blockIds.length > 0) {
    report("E207", `Model \`${node.name.text}\` has both \`@id\` and \`@@id\`; keep one of them.`, node.name);
  }
  const spans = new Map<PrimaryKey | IndexDefinition, Span>();
  let primaryKey: PrimaryKey | undefined;
  const firstFieldId = fieldIds[0];
  if (firstFieldId) {
    primaryKey = fieldLevelKey(firstFieldId, "id", { byName, located, context }) as PrimaryKey;
    spans.set(primaryKey, firstFieldId.attributes.get("id") as Attribute);
  }
  const uniques: IndexDefinition[] = [];
  for (const field of fields) {
    if (!field.attributes.has("unique")) continue;
    const unique = fieldLevelKey(field, "unique", { byName, located, context }) as IndexDefinition;
    uniques.push(unique);
    spans.set(unique, field.attributes.get("unique") as Attribute);
  }
  const indexes: IndexDefinition[] = [];
  for (const attribute of node.attributes) {
    const kind = attribute.name.text;
    const parameters = blockAttributeParameters[kind];
    if (!parameters) continue;
    const definition = readBlockKey(attribute, kind, parameters, { byName, located, context });
    if (!definition) continue;
    if (kind === "id") {
      if (primaryKey) continue;
      const { fields, name, mapName, clustered } = definition;
      primaryKey = { fields, name, mapName, isCompound: true, clustered };
      spans.set(primaryKey, attribute);
    } else {
      (kind === "unique" ? uniques : indexes).push(definition);
      spans.set(definition, attribute);
    }
  }
  checkPrimaryKeyName(primaryKey, located, context);
  return { primaryKey, uniques, indexes, spans };
}

/** Providers whose primary key constraints have names (`map:` on `@id`/`@@id`). */
const namedPrimaryKeyProviders = new Set(["postgresql", "cockroachdb", "sqlserver"]);

function checkPrimaryKeyName(
  primaryKey: PrimaryKey | undefined,
  located: Located<ModelBlock>,
  context: AnalysisContext,
): void {
  const provider = context.datasource?.provider;
  if (primaryKey?.mapName === undefined || namedPrimaryKeyProviders.has(provider ?? "")) return;
  located.report(
    "E503",
    `A database name for the primary key (\`map: "${primaryKey.mapName}"\`) is not supported by ${provider ?? "a schema without datasource"}; only PostgreSQL, CockroachDB and SQL Server name primary keys.`,
    located.node.name,
  );
}

/** The model being read, for the readers of its keys. */
interface KeyContext {
  readonly byName: ReadonlyMap<string, AnalyzedField>;
  readonly located: Located<ModelBlock>;
  readonly context: AnalysisContext;
}

function fieldLevelKey(field: AnalyzedField, kind: "id" | "unique", keys: KeyContext): PrimaryKey | IndexDefinition {
  const { report } = keys.located;
  const attribute = field.attributes.get(kind) as Attribute;
  const parameters = ["map", "length", "sort", "clustered", ...(kind === "unique" ? ["where"] : [])];
  const args = readArguments(attribute, `@${kind}`, parameters, report);
  const mapName = stringArgument(args, "map", `@${kind}`, report)?.value;
  const indexField: IndexField = {
    name: field.node.name.text,
    sort: readSort(args.get("sort")),
    length: readLength(args.get("length")),
    ops: undefined,
  };
  const clustered = readBoolean(args.get("clustered"));
  if (kind === "id") return { fields: [indexField], name: undefined, mapName, isCompound: false, clustered };
  const fields = [indexField];
  const where = readWhere(args, `@${kind}`, attribute, keys);
  const unique = { kind, fields, name: undefined, mapName, isFieldLevel: true, algorithm: undefined, clustered };
  return where ? { ...unique, where } : unique;
}

/** `where:` of a unique constraint or an index, when given (see `readIndexPredicate`). */
function readWhere(args: ArgumentMap, display: string, attribute: Attribute, keys: KeyContext) {
  const value = args.get("where");
  if (!value) return undefined;
  const { byName: fields, located, context } = keys;
  return readIndexPredicate(value, { display, attribute, fields, located, context });
}

function readBlockKey(
  attribute: Attribute,
  kind: string,
  parameters: readonly string[],
  keys: KeyContext,
): IndexDefinition | undefined {
  const { byName: fields, located } = keys;
  const { report } = located;
  const display = `@@${kind}`;
  const args = readArguments(attribute, display, parameters, report);
  const list = args.get("fields");
  // Prisma takes a bare field (`@@index(userId)`) wherever it takes a list of one.
  const items =
    list?.kind === "array" ? list.items : list?.kind === "constant" || list?.kind === "function" ? [list] : [];
  if (items.length === 0) {
    report("E303", `\`${display}\` needs a list of fields, e.g. \`${display}([a, b])\`.`, attribute);
    return undefined;
  }
  const indexFields = items.map((item) => readIndexField(item, report)).filter((item) => item !== undefined);
  if (indexFields.length !== items.length) return undefined;
  if (!checkIndexFields(indexFields, kind, attribute, fields, located)) return undefined;
  if (kind === "index" && args.has("name") && args.has("map"))
    report(
      "E303",
      "`@@index` takes `name:` only as the old spelling of `map:` (the index's name in the database), not both. Keep `map:` and remove `name:`.",
      attribute,
    );
  const type = args.get("type");
  const definition: IndexDefinition = {
    kind: kind === "fulltext" ? "fulltext" : kind === "index" ? "index" : "unique",
    fields: indexFields,
    name: stringArgument(args, "name", display, report)?.value,
    mapName: stringArgument(args, "map", display, report)?.value,
    isFieldLevel: false,
    algorithm: type?.kind === "constant" ? type.name : undefined,
    clustered: readBoolean(args.get("clustered")),
  };
  const where = readWhere(args, display, attribute, keys);
  return where ? { ...definition, where } : definition;
}

function readIndexField(item: Expression, report: Report): IndexField | undefined {
  if (item.kind === "constant") return { name: item.name, sort: undefined, length: undefined, ops: undefined };
  if (item.kind === "function") {
    const args = new Map((item.arguments.arguments ?? []).map((arg) => [arg.name?.text ?? "", arg.value]));
    return {
      name: item.name.text,
      sort: readSort(args.get("sort")),
      length: readLength(args.get("length")),
      ops: readOperatorClass(args.get("ops")),
    };
  }
  report("E303", "An index field must be a field name, optionally with arguments: `name` or `name(sort: Desc)`.", item);
  return undefined;
}

function checkIndexFields(
  indexFields: readonly IndexField[],
  kind: string,
  attribute: Attribute,
  fields: ReadonlyMap<string, AnalyzedField>,
  located: Located<ModelBlock>,
): boolean {
  const what = kind === "id" ? "id" : kind === "unique" ? "unique index" : "index";
  const unknown = indexFields.filter((field) => !fields.has(field.name)).map((field) => field.name);
  if (unknown.length > 0) {
    located.report("E307", `The ${what} definition refers to the unknown fields: ${unknown.join(", ")}.`, attribute);
    return false;
  }
  const relations = indexFields
    .filter((field) => fields.get(field.name)?.target.kind === "relation")
    .map((field) => field.name);
  if (relations.length > 0) {
    located.report(
      "E307",
      `The ${what} definition refers to the relation fields: ${relations.join(", ")}. Index definitions must reference only scalar fields (use the foreign key fields instead).`,
      attribute,
    );
    return false;
  }
  if (kind === "id") {
    const optional = indexFields.filter((field) => fields.get(field.name)?.node.type.arity === "optional");
    for (const field of optional) {
      located.report(
        "E207",
        `The id definition refers to the optional field \`${field.name}\`. ID definitions must reference only required fields.`,
        attribute,
      );
    }
    return optional.length === 0;
  }
  return true;
}

function readSort(value: Expression | undefined): IndexField["sort"] {
  return value?.kind === "constant" && (value.name === "Asc" || value.name === "Desc") ? value.name : undefined;
}

function readLength(value: Expression | undefined): number | undefined {
  return value?.kind === "number" ? Number(value.raw) : undefined;
}

function readBoolean(value: Expression | undefined): boolean | undefined {
  if (value?.kind !== "constant") return undefined;
  return value.name === "true" ? true : value.name === "false" ? false : undefined;
}

/** `ops: JsonbPathOps` or `ops: raw("gin_trgm_ops")`. */
function readOperatorClass(value: Expression | undefined): OperatorClass | undefined {
  if (value?.kind === "constant") return { kind: "named", name: value.name };
  const raw = value?.kind === "function" && value.name.text === "raw" ? value.arguments.arguments[0]?.value : undefined;
  return raw?.kind === "string" ? { kind: "raw", value: raw.value } : undefined;
}
