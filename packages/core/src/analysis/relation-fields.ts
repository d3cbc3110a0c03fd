import type { ReferentialAction } from "../model/types.js";
import type { Attribute, Expression } from "../parser/ast.js";
import { noArguments, readArguments, stringArgument } from "./arguments.js";
import type { AnalyzedField } from "./fields.js";
import type { AnalyzedModel } from "./models.js";

const referentialActions: readonly ReferentialAction[] = ["Cascade", "Restrict", "NoAction", "SetNull", "SetDefault"];

/** A relation field with its `@relation(...)` arguments read. */
export interface RelationFieldInfo {
  readonly model: AnalyzedModel;
  readonly field: AnalyzedField;
  /** The model at the other end. */
  readonly target: string;
  readonly name: string | undefined;
  readonly fields: readonly string[] | undefined;
  readonly references: readonly string[] | undefined;
  readonly onDelete: ReferentialAction | undefined;
  readonly onUpdate: ReferentialAction | undefined;
  readonly mapName: string | undefined;
  readonly attribute: Attribute | undefined;
  readonly isList: boolean;
  readonly isOptional: boolean;
}

const relationParameters = ["name", "fields", "references", "onDelete", "onUpdate", "map"];

/** Reads the relation fields of a model. */
export function readRelationFields(model: AnalyzedModel): RelationFieldInfo[] {
  const infos: RelationFieldInfo[] = [];
  for (const field of model.fields) {
    if (field.target.kind !== "relation") continue;
    const attribute = field.attributes.get("relation");
    const report = model.located.report;
    const args = attribute ? readArguments(attribute, "@relation", relationParameters, report) : noArguments;
    const arity = field.node.type.arity;
    infos.push({
      model,
      field,
      target: field.target.model,
      name: stringArgument(args, "name", "@relation", report)?.value,
      fields: readFieldList(args.get("fields"), "fields", model),
      references: readFieldList(args.get("references"), "references", model),
      onDelete: readAction(args.get("onDelete"), "onDelete", model),
      onUpdate: readAction(args.get("onUpdate"), "onUpdate", model),
      mapName: stringArgument(args, "map", "@relation", report)?.value,
      attribute,
      isList: arity === "list",
      isOptional: arity === "optional",
    });
  }
  return infos;
}

function readFieldList(value: Expression | undefined, name: string, model: AnalyzedModel): string[] | undefined {
  if (!value) return undefined;
  const items = value.kind === "array" ? value.items : [value];
  const names = items.flatMap((item) => (item.kind === "constant" ? [item.name] : []));
  if (names.length !== items.length) {
    model.located.report("E303", `\`${name}\` must be a list of field names, e.g. \`${name}: [authorId]\`.`, value);
    return undefined;
  }
  return names;
}

function readAction(value: Expression | undefined, name: string, model: AnalyzedModel): ReferentialAction | undefined {
  if (!value) return undefined;
  const action = value.kind === "constant" ? referentialActions.find((known) => known === value.name) : undefined;
  if (!action) {
    model.located.report(
      "E303",
      `Invalid referential action for \`${name}\`. Expected one of: ${referentialActions.join(", ")}.`,
      value,
    );
  }
  return action;
}

/** A relation field that points at an `@@ignore`d model must be `@ignore`d too (E410), as in Prisma. */
export function checkRelationsToIgnoredModels(
  infos: readonly RelationFieldInfo[],
  models: ReadonlyMap<string, AnalyzedModel>,
): void {
  for (const info of infos) {
    if (info.model.isIgnored || info.field.attributes.has("ignore") || !models.get(info.target)?.isIgnored) continue;
    const message = `The relation field \`${info.field.node.name.text}\` on model \`${info.model.located.node.name.text}\` points at \`${info.target}\`, which is marked \`@@ignore\`; mark the field \`@ignore\` too.`;
    info.model.located.report("E410", message, info.field.node);
  }
}
