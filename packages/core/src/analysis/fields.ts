import type { DefaultValue, FieldType, NativeType, ScalarTypeName } from "../model/types.js";
import { scalarTypeNames } from "../model/types.js";
import type { Attribute, FieldDeclaration, ModelBlock } from "../parser/ast.js";
import { readArguments, stringArgument } from "./arguments.js";
import type { AnalysisContext, Located } from "./context.js";
import { readDefault } from "./defaults.js";
import { checkNameCharacters } from "./names.js";
import { nativeTypesByProvider } from "./native-types.js";
import { closestName } from "./suggest.js";

/** What a field's type refers to. */
export type FieldTarget =
  | { readonly kind: "scalar"; readonly type: FieldType }
  | { readonly kind: "relation"; readonly model: string }
  | { readonly kind: "unknown" };

/** A field after its type and attributes have been read. */
export interface AnalyzedField {
  readonly node: FieldDeclaration;
  readonly target: FieldTarget;
  /** Attributes by name (`id`, `db.VarChar`...), first occurrence. */
  readonly attributes: ReadonlyMap<string, Attribute>;
  readonly dbName: string;
  readonly default: DefaultValue | undefined;
  readonly nativeType: NativeType | undefined;
}

const noAttributes: ReadonlyMap<string, Attribute> = new Map();

const fieldAttributes = new Set(["id", "unique", "default", "relation", "map", "updatedAt", "ignore", "shardKey"]);
const relationFieldAttributes = new Set(["relation", "ignore"]);
/** A composite type's field takes `@default`, `@map` and native types only; keys and relations belong to models. */
const compositeFieldAttributes = new Set(["default", "map"]);
const modelFieldAttributes = new Set(["id", "unique", "relation"]);

/** Reads every field of a model, view or composite type; reports per-field problems. */
export function analyzeFields(located: Located<ModelBlock>, context: AnalysisContext): AnalyzedField[] {
  const seen = new Set<string>();
  return located.node.fields.map((field) => {
    checkNameCharacters(field.name, "Field", located.report);
    if (seen.has(field.name.text)) {
      located.report(
        "E202",
        `The field \`${field.name.text}\` is defined more than once in ${located.node.kind} \`${located.node.name.text}\`. Rename or remove one.`,
        field.name,
      );
    }
    seen.add(field.name.text);
    return analyzeField(field, located, context);
  });
}

function analyzeField(field: FieldDeclaration, located: Located<ModelBlock>, context: AnalysisContext): AnalyzedField {
  const target = resolveTarget(field, located, context);
  const attributes = collectAttributes(field, located, context);
  const isRelation = target.kind === "relation";
  for (const [name, attribute] of attributes) {
    if (isRelation && !relationFieldAttributes.has(name)) {
      const message =
        name === "default"
          ? "Cannot set a default value on a relation field."
          : `The attribute \`@${name}\` cannot be used on the relation field \`${field.name.text}\`. Put it on the foreign key field instead.`;
      located.report("E306", message, attribute);
    }
    if (!isRelation && target.kind === "scalar" && name === "relation") {
      located.report(
        "E306",
        `\`@relation\` can only be used on a field whose type is a model; \`${field.name.text}\` is a scalar field.`,
        attribute,
      );
    }
  }
  const scalarType = target.kind === "scalar" ? target.type : undefined;
  checkUpdatedAt(field, attributes, scalarType, located);
  checkIdArity(field, attributes, located);
  return {
    node: field,
    target,
    attributes,
    dbName: readMap(attributes.get("map"), located) ?? field.name.text,
    default: scalarType ? readFieldDefault(field, attributes.get("default"), scalarType, located, context) : undefined,
    nativeType: scalarType ? readNativeType(field, attributes, scalarType, located, context) : undefined,
  };
}

function resolveTarget(field: FieldDeclaration, located: Located<ModelBlock>, context: AnalysisContext): FieldTarget {
  const { type } = field;
  const name = type.name.text;
  let target: FieldTarget;
  if (type.unsupported !== undefined)
    target = { kind: "scalar", type: { kind: "unsupported", databaseType: type.unsupported } };
  else if (scalarTypeNames.includes(name as ScalarTypeName))
    target = { kind: "scalar", type: { kind: "scalar", name: name as ScalarTypeName } };
  else if (context.enums.has(name)) target = { kind: "scalar", type: { kind: "enum", name } };
  else if (context.compositeTypes.has(name)) target = { kind: "scalar", type: { kind: "composite", name } };
  else if (context.models.has(name) && located.node.kind !== "type") target = { kind: "relation", model: name };
  else {
    const known = [
      ...scalarTypeNames,
      ...context.models.keys(),
      ...context.enums.keys(),
      ...context.compositeTypes.keys(),
    ];
    const suggestion = closestName(name, known);
    const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : "";
    const message = `Type "${name}" is neither a built-in type, nor refers to another model, composite type, or enum.${hint}`;
    located.report("E203", message, type.name);
    return { kind: "unknown" };
  }
  if (type.arity === "list" && target.kind === "scalar" && !supportsScalarLists(context)) {
    located.report(
      "E208",
      `Field "${field.name.text}" in ${located.node.kind} "${located.node.name.text}" can't be a list. The ${context.datasource?.provider ?? "current"} connector does not support lists of primitive types.`,
      field,
    );
  }
  return target;
}

function supportsScalarLists(context: AnalysisContext): boolean {
  const provider = context.datasource?.provider;
  return provider === "postgresql" || provider === "cockroachdb" || provider === "mongodb";
}

function collectAttributes(
  field: FieldDeclaration,
  located: Located<ModelBlock>,
  context: AnalysisContext,
): ReadonlyMap<string, Attribute> {
  // Most fields have no attribute: share one empty map instead of allocating one per field.
  if (field.attributes.length === 0) return noAttributes;
  const attributes = new Map<string, Attribute>();
  const nativePrefix = `${context.datasource?.name ?? "db"}.`;
  let repeated: Set<Attribute> | undefined; // made for the first repeated attribute: almost no field has one
  for (const attribute of field.attributes) {
    const name = attribute.name.text;
    const inType = located.node.kind === "type";
    const known = (inType ? compositeFieldAttributes : fieldAttributes).has(name) || name.startsWith(nativePrefix);
    if (!known) {
      if (inType && modelFieldAttributes.has(name)) {
        const message = `\`@${name}\` cannot be used on a field of a composite type; define it in the model that embeds the type.`;
        located.report("E306", message, attribute);
      } else located.report("E301", `Attribute not known: "@${name}".`, attribute.name);
      continue;
    }
    const key = name.startsWith(nativePrefix) ? "native" : name;
    const first = attributes.get(key);
    if (first) {
      located.report("E302", `Attribute "@${name}" can only be defined once.`, attribute);
      // The first occurrence is reported once, however often it is repeated.
      repeated ??= new Set();
      if (first.start !== attribute.start && !repeated.has(first)) {
        repeated.add(first);
        located.report("E302", `Attribute "@${first.name.text}" can only be defined once.`, first);
      }
      continue;
    }
    attributes.set(key, attribute);
  }
  return attributes;
}

function checkUpdatedAt(
  field: FieldDeclaration,
  attributes: ReadonlyMap<string, Attribute>,
  type: FieldType | undefined,
  located: Located<ModelBlock>,
): void {
  const attribute = attributes.get("updatedAt");
  if (!attribute || !type) return;
  if (type.kind !== "scalar" || type.name !== "DateTime" || field.type.arity === "list") {
    located.report(
      "E305",
      `Fields marked with @updatedAt must be of type DateTime; \`${field.name.text}\` is not.`,
      attribute,
    );
  }
}

function checkIdArity(
  field: FieldDeclaration,
  attributes: ReadonlyMap<string, Attribute>,
  located: Located<ModelBlock>,
): void {
  const id = attributes.get("id");
  if (id && field.type.arity === "optional") {
    located.report(
      "E207",
      `Fields marked as id must be required: make \`${field.name.text}\` non-optional (remove the \`?\`).`,
      id,
    );
  }
}

function readMap(attribute: Attribute | undefined, located: Located<ModelBlock>): string | undefined {
  if (!attribute) return undefined;
  const args = readArguments(attribute, "@map", ["name"], located.report);
  const name = stringArgument(args, "name", "@map", located.report);
  if (!name && !args.has("name")) located.report("E303", '`@map` needs a name, e.g. `@map("column_name")`.', attribute);
  return name?.value;
}

function readFieldDefault(
  field: FieldDeclaration,
  attribute: Attribute | undefined,
  type: FieldType,
  located: Located<ModelBlock>,
  context: AnalysisContext,
): DefaultValue | undefined {
  if (!attribute) return undefined;
  const args = readArguments(attribute, "@default", ["value", "map"], located.report);
  const value = args.get("value");
  if (!value) {
    located.report("E303", "`@default` needs a value, e.g. `@default(0)`.", attribute);
    return undefined;
  }
  const provider = context.datasource?.provider;
  if (args.has("map") && provider !== "sqlserver") {
    located.report(
      "E503",
      `A database name for a default (\`map:\`) is only supported on SQL Server, not on ${provider ?? "this datasource"}.`,
      attribute,
    );
  }
  const isList = field.type.arity === "list";
  const inCompositeType = located.node.kind === "type";
  return readDefault(value, {
    type,
    isList,
    provider,
    inCompositeType,
    enums: context.enumValues,
    report: located.report,
  });
}

function readNativeType(
  field: FieldDeclaration,
  attributes: ReadonlyMap<string, Attribute>,
  type: FieldType,
  located: Located<ModelBlock>,
  context: AnalysisContext,
): NativeType | undefined {
  const attribute = attributes.get("native");
  if (!attribute) return undefined;
  const [, name = ""] = attribute.name.text.split(".");
  const provider = context.datasource?.provider;
  const spec = provider ? nativeTypesByProvider[provider][name] : undefined;
  const args = (attribute.arguments?.arguments ?? []).map((arg) =>
    arg.value?.kind === "number" ? arg.value.raw : arg.value?.kind === "constant" ? arg.value.name : "",
  );
  if (!spec) {
    located.report("E501", `Native type ${name} is not supported for ${provider ?? "this"} connector.`, attribute.name);
    return undefined;
  }
  const scalar = type.kind === "scalar" ? type.name : undefined;
  if (!scalar || !spec.scalars.includes(scalar)) {
    located.report(
      "E502",
      `Native type ${name} is not compatible with the ${scalar ?? type.kind} type of \`${field.name.text}\`; it fits ${spec.scalars.join(" or ")}.`,
      attribute,
    );
    return undefined;
  }
  const [min, max] = spec.args;
  if (args.length < min || args.length > max) {
    const expected = min === max ? `${min}` : `${min} to ${max}`;
    located.report(
      "E502",
      `Native type ${name} takes ${expected} argument(s), but received ${args.length}.`,
      attribute,
    );
    return undefined;
  }
  return { name, args };
}
