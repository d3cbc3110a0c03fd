import type { Span } from "../diagnostics/source-file.js";
import type { OneToManyRelation, OneToOneRelation, Relation } from "../model/types.js";
import { allowedActions, usesPrismaRelationMode } from "./capabilities.js";
import type { AnalysisContext } from "./context.js";
import type { AnalyzedField } from "./fields.js";
import type { AnalyzedModel } from "./models.js";

/** A relation with a foreign key, with the model and field that hold it. */
export interface HeldRelation {
  readonly relation: OneToOneRelation | OneToManyRelation;
  readonly model: AnalyzedModel;
  readonly field: AnalyzedField;
}

/** The relations that have a foreign key, each with its holder's analysis (for spans). */
export function heldRelations(relations: readonly Relation[], models: readonly AnalyzedModel[]): HeldRelation[] {
  const byName = new Map(models.map((model) => [model.located.node.name.text, model]));
  const held: HeldRelation[] = [];
  for (const relation of relations) {
    if (relation.kind === "many-to-many") continue;
    const model = byName.get(relation.holder.model);
    const field = model?.fields.find((candidate) => candidate.node.name.text === relation.holder.field);
    if (model && field) held.push({ relation, model, field });
  }
  return held;
}

/** The span of `onDelete: ...` (or another argument) of the field's `@relation`, else the field. */
export function relationArgumentSpan(field: AnalyzedField, name: string): Span {
  const attribute = field.attributes.get("relation");
  return attribute?.arguments?.arguments.find((argument) => argument.name?.text === name) ?? field.node;
}

/**
 * Referential actions the provider cannot carry out (E411): `Restrict` on SQL Server, `SetDefault` with
 * `relationMode = "prisma"` (and so on MongoDB), `NoAction` emulated on PostgreSQL and SQLite.
 */
export function checkAllowedActions(held: readonly HeldRelation[], context: AnalysisContext): void {
  const { datasource } = context;
  if (!datasource) return;
  const allowed = allowedActions(datasource);
  const mode = usesPrismaRelationMode(datasource) ? ' with `relationMode = "prisma"`' : "";
  for (const { relation, model, field } of held) {
    for (const name of ["onDelete", "onUpdate"] as const) {
      const action = relation.foreignKey[name].declared;
      if (action === undefined || allowed.includes(action)) continue;
      const hint = action === "NoAction" && mode ? " Use `Restrict`, which Prisma emulates the same way." : "";
      model.located.report(
        "E411",
        `Invalid referential action \`${action}\` on ${datasource.provider}${mode}. Allowed values: ${allowed.map((a) => `\`${a}\``).join(", ")}.${hint}`,
        relationArgumentSpan(field, name),
      );
    }
  }
}
