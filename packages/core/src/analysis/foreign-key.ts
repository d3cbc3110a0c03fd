import type { FieldType, IndexField } from "../model/types.js";
import type { AnalysisContext } from "./context.js";
import type { AnalyzedField } from "./fields.js";
import type { AnalyzedModel } from "./models.js";
import type { RelationFieldInfo } from "./relation-fields.js";

/** What the checks established about a relation's foreign key. */
export interface ForeignKeyFacts {
  readonly fields: readonly string[];
  readonly references: readonly string[];
  readonly isUnique: boolean;
  readonly isIdentifying: boolean;
  readonly isOptional: boolean;
  /** Every foreign key field is optional: only then can the database set the key to NULL. */
  readonly allOptional: boolean;
}

/**
 * Checks the `fields`/`references` of the field that holds a foreign key: both given, known scalar fields, same
 * count, same types, references a unique criterion in order, optionality, referential actions.
 */
export function checkForeignKey(
  holder: RelationFieldInfo,
  target: AnalyzedModel,
  context: AnalysisContext,
): ForeignKeyFacts | undefined {
  const { report } = holder.model.located;
  const where = `The relation field \`${holder.field.node.name.text}\` on model \`${holder.model.located.node.name.text}\``;
  const span = holder.field.node;
  if (holder.fields === undefined || holder.references === undefined) {
    const missing = holder.fields === undefined ? "fields" : "references";
    report(
      "E406",
      `${where} must specify the \`${missing}\` argument in @relation, e.g. \`@relation(fields: [${holder.target.charAt(0).toLowerCase()}${holder.target.slice(1)}Id], references: [id])\`.`,
      span,
    );
    return undefined;
  }
  const fields = resolveScalars(holder.fields, holder.model, "fields", holder);
  const references = resolveScalars(holder.references, target, "references", holder);
  if (!fields || !references) return undefined;
  if (fields.length !== references.length) {
    report(
      "E403",
      `${where} lists ${fields.length} field(s) in \`fields\` but ${references.length} in \`references\`; they must pair up one to one.`,
      holder.attribute ?? span,
    );
    return undefined;
  }
  if (!typesMatch(fields, references, holder, target)) return undefined;
  if (!referencesUniqueCriterion(holder, target, context)) return undefined;
  const isOptional = fields.some((field) => field.node.type.arity === "optional");
  if (isOptional && !holder.isOptional) {
    report(
      "E407",
      `${where} uses the scalar fields ${holder.fields.join(", ")}. At least one of them is optional, so the relation field must be optional too: write \`${holder.target}?\`.`,
      span,
    );
    return undefined;
  }
  const allOptional = fields.every((field) => field.node.type.arity === "optional");
  checkActions(holder, allOptional, context);
  const primaryKey = holder.model.keys.primaryKey?.fields.map((field) => field.name) ?? [];
  return {
    fields: holder.fields,
    references: holder.references,
    isUnique: isUniqueCriterion(holder.fields, holder.model),
    isIdentifying: primaryKey.length > 0 && holder.fields.every((name) => primaryKey.includes(name)),
    isOptional,
    allOptional,
  };
}

function resolveScalars(
  names: readonly string[],
  model: AnalyzedModel,
  argument: string,
  holder: RelationFieldInfo,
): AnalyzedField[] | undefined {
  const resolved: AnalyzedField[] = [];
  const modelName = model.located.node.name.text;
  for (const name of names) {
    const field = model.fields.find((candidate) => candidate.node.name.text === name);
    if (field?.target.kind !== "scalar") {
      const problem = field ? "is a relation field, not a scalar field" : "does not exist";
      holder.model.located.report(
        "E403",
        `The field \`${name}\` in \`${argument}\` of \`${holder.field.node.name.text}\` ${problem} in model \`${modelName}\`.`,
        holder.attribute ?? holder.field.node,
      );
      return undefined;
    }
    resolved.push(field);
  }
  return resolved;
}

function typesMatch(
  fields: readonly AnalyzedField[],
  references: readonly AnalyzedField[],
  holder: RelationFieldInfo,
  target: AnalyzedModel,
): boolean {
  for (const [index, field] of fields.entries()) {
    const reference = references[index] as AnalyzedField;
    if (!sameType(field, reference)) {
      const message = `The type of the field \`${field.node.name.text}\` in the model \`${holder.model.located.node.name.text}\` does not match the type of the referenced field \`${reference.node.name.text}\` in model \`${target.located.node.name.text}\`.`;
      holder.model.located.report("E403", message, holder.field.node);
      return false;
    }
  }
  return true;
}

function sameType(a: AnalyzedField, b: AnalyzedField): boolean {
  if (a.target.kind !== "scalar" || b.target.kind !== "scalar") return false;
  // Prisma compares the base types only: a list field may reference a scalar one.
  return typeKey(a.target.type) === typeKey(b.target.type);
}

function typeKey(type: FieldType): string {
  return type.kind === "unsupported" ? `unsupported:${type.databaseType}` : `${type.kind}:${type.name}`;
}

function criteriaOf(model: AnalyzedModel): (readonly IndexField[])[] {
  const { primaryKey, uniques } = model.keys;
  return [...(primaryKey ? [primaryKey.fields] : []), ...uniques.map((unique) => unique.fields)];
}

/** The names are exactly (in order) the model's id or one of its unique criteria. */
export function isUniqueCriterion(names: readonly string[], model: AnalyzedModel): boolean {
  return criteriaOf(model).some(
    (criterion) => criterion.length === names.length && criterion.every((field, i) => field.name === names[i]),
  );
}

/** Connectors on which `references` may list a unique criterion's fields in any order (Prisma's capability). */
const arbitraryOrderProviders = new Set(["postgresql", "cockroachdb", "mysql", "sqlite"]);

function referencesUniqueCriterion(
  holder: RelationFieldInfo,
  target: AnalyzedModel,
  context: AnalysisContext,
): boolean {
  const references = holder.references ?? [];
  if (isUniqueCriterion(references, target)) return true;
  const sorted = [...references].sort().join(",");
  const sameSet = criteriaOf(target).some(
    (criterion) =>
      criterion
        .map((field) => field.name)
        .sort()
        .join(",") === sorted,
  );
  if (sameSet && arbitraryOrderProviders.has(context.datasource?.provider ?? "")) return true;
  const targetName = target.located.node.name.text;
  const message = sameSet
    ? `The \`references\` of \`${holder.field.node.name.text}\` must list the fields of a unique criterion of \`${targetName}\` in the same order. Check the order of: ${references.join(", ")}.`
    : `The \`references\` of \`${holder.field.node.name.text}\` must be a unique criterion of \`${targetName}\` (its id, an \`@unique\` field or an \`@@unique\`). Consider adding ${references.length === 1 ? `\`@unique\` to the field \`${references[0]}\`` : `\`@@unique([${references.join(", ")}])\``} in \`${targetName}\`.`;
  holder.model.located.report("E404", message, holder.attribute ?? holder.field.node);
  return false;
}

/** `allOptional`: SetNull needs every foreign key field to be nullable (one required column is enough to fail). */
function checkActions(holder: RelationFieldInfo, allOptional: boolean, context: AnalysisContext): void {
  const { report } = holder.model.located;
  const provider = context.datasource?.provider;
  const span = holder.attribute ?? holder.field.node;
  for (const [name, action] of [
    ["onDelete", holder.onDelete],
    ["onUpdate", holder.onUpdate],
  ] as const) {
    if (action === "SetNull" && !allOptional) {
      const message = `The \`${name}\` referential action should not be \`SetNull\` when a foreign key field is required (${(holder.fields ?? []).join(", ")}). Choose another action, or make every foreign key field optional.`;
      // PostgreSQL's foreign keys accept it (and fail at run time); Prisma's emulation does not.
      const lenient = provider === "postgresql" && context.datasource?.relationMode !== "prisma";
      report(lenient ? "W002" : "E408", message, span);
    }
    if (action === "SetDefault" && provider === "mysql" && context.datasource?.relationMode !== "prisma") {
      report(
        "W002",
        "MySQL does not actually support the `SetDefault` referential action (InnoDB rejects it); it may fail at run time.",
        span,
      );
    }
  }
}
