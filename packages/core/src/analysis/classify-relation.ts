import type { ForeignKey, ReferentialAction, Relation, RelationEnd } from "../model/types.js";
import type { AnalysisContext } from "./context.js";
import { checkForeignKey, type ForeignKeyFacts } from "./foreign-key.js";
import { manyToMany } from "./many-to-many.js";
import type { AnalyzedModel } from "./models.js";
import type { RelationPair } from "./pair-relations.js";
import type { RelationFieldInfo } from "./relation-fields.js";

/** Checks a pair of relation fields and builds the relation, or returns undefined after reporting why not. */
export function classifyRelation(
  pair: RelationPair,
  models: ReadonlyMap<string, AnalyzedModel>,
  context: AnalysisContext,
): Relation | undefined {
  const { first, second } = pair;
  if (first.isList && second.isList) return manyToMany(pair, models, context);
  if (first.isList || second.isList) {
    const [holder, back] = first.isList ? [second, first] : [first, second];
    return withForeignKey(pair, holder, back, "one-to-many", models, context);
  }
  const firstDeclares = declaresKey(first);
  const secondDeclares = declaresKey(second);
  if (firstDeclares && secondDeclares) {
    reportBoth(first, second);
    return undefined;
  }
  if (!firstDeclares && !secondDeclares) {
    reportNeither(first, second);
    return undefined;
  }
  const [holder, back] = firstDeclares ? [first, second] : [second, first];
  return withForeignKey(pair, holder, back, "one-to-one", models, context);
}

function declaresKey(info: RelationFieldInfo): boolean {
  return info.fields !== undefined || info.references !== undefined;
}

function withForeignKey(
  pair: RelationPair,
  holder: RelationFieldInfo,
  back: RelationFieldInfo,
  kind: "one-to-one" | "one-to-many",
  models: ReadonlyMap<string, AnalyzedModel>,
  context: AnalysisContext,
): Relation | undefined {
  let ok = checkBackSide(holder, back, kind);
  const target = models.get(holder.target) as AnalyzedModel;
  const facts = checkForeignKey(holder, target, context);
  if (!facts) return undefined;
  if (kind === "one-to-one" && !facts.isUnique) {
    const fields = facts.fields;
    const fix =
      fields.length === 1
        ? `add an \`@unique\` attribute to the field \`${fields[0]}\``
        : `add an \`@@unique([${fields.join(", ")}])\` attribute to the model`;
    holder.model.located.report(
      "E405",
      `A one-to-one relation must use unique fields on the defining side. Either ${fix}, or change the relation to one-to-many (make \`${back.field.node.name.text}\` a list).`,
      holder.field.node,
    );
    ok = false;
  }
  if (!ok) return undefined;
  const foreignKey = buildForeignKey(holder, facts);
  const base = {
    name: pair.name,
    isNamed: pair.isNamed,
    isSelf: holder.target === holder.model.located.node.name.text,
  };
  return { ...base, kind, holder: endOf(holder), referenced: endOf(back), foreignKey };
}

function checkBackSide(
  holder: RelationFieldInfo,
  back: RelationFieldInfo,
  kind: "one-to-one" | "one-to-many",
): boolean {
  const backName = back.field.node.name.text;
  const backModel = back.model.located.node.name.text;
  const report = back.model.located.report;
  let ok = true;
  if (back.fields !== undefined || back.references !== undefined) {
    report(
      "E406",
      `The relation field \`${backName}\` on model \`${backModel}\` must not specify \`fields\` or \`references\`; only the opposite field \`${holder.field.node.name.text}\` on model \`${holder.model.located.node.name.text}\` may.`,
      back.field.node,
    );
    ok = false;
  }
  if (back.onDelete !== undefined || back.onUpdate !== undefined) {
    report(
      "E408",
      `The relation field \`${backName}\` on model \`${backModel}\` must not specify \`onDelete\` or \`onUpdate\`; put them on the opposite field \`${holder.field.node.name.text}\`, which holds the foreign key.`,
      back.field.node,
    );
    ok = false;
  }
  if (kind === "one-to-one" && !back.isOptional) {
    report(
      "E407",
      `The relation field \`${backName}\` on model \`${backModel}\` is required. The database cannot enforce that every \`${backModel}\` has a \`${holder.model.located.node.name.text}\`; change the type from \`${back.target}\` to \`${back.target}?\`.`,
      back.field.node,
    );
    ok = false;
  }
  return ok;
}

function buildForeignKey(holder: RelationFieldInfo, facts: ForeignKeyFacts): ForeignKey {
  const isOptional = facts.isOptional;
  // Prisma's default depends on the key columns, not on the relation field: `user User?` over a required
  // `userId` still defaults to Restrict, and so does a composite key with one required column.
  const defaultOnDelete: ReferentialAction = facts.allOptional ? "SetNull" : "Restrict";
  return {
    holder: holder.model.located.node.name.text,
    fields: facts.fields,
    referencedModel: holder.target,
    references: facts.references,
    isUnique: facts.isUnique,
    isIdentifying: facts.isIdentifying,
    isOptional,
    onDelete: { declared: holder.onDelete, effective: holder.onDelete ?? defaultOnDelete },
    onUpdate: { declared: holder.onUpdate, effective: holder.onUpdate ?? "Cascade" },
    mapName: holder.mapName,
  };
}

function endOf(info: RelationFieldInfo): RelationEnd {
  return {
    model: info.model.located.node.name.text,
    field: info.field.node.name.text,
    isList: info.isList,
    isOptional: info.isOptional,
  };
}

function reportBoth(first: RelationFieldInfo, second: RelationFieldInfo): void {
  for (const info of [first, second]) {
    const message = `The relation fields \`${first.field.node.name.text}\` on model \`${first.model.located.node.name.text}\` and \`${second.field.node.name.text}\` on model \`${second.model.located.node.name.text}\` both provide \`fields\`/\`references\`. Provide them only on the side that holds the foreign key.`;
    info.model.located.report("E406", message, info.field.node);
  }
}

function reportNeither(first: RelationFieldInfo, second: RelationFieldInfo): void {
  for (const info of [first, second]) {
    const message = `The relation fields \`${first.field.node.name.text}\` on model \`${first.model.located.node.name.text}\` and \`${second.field.node.name.text}\` on model \`${second.model.located.node.name.text}\` do not provide \`fields\` and \`references\`. Add \`@relation(fields: [...], references: [...])\` on the side that should hold the foreign key.`;
    info.model.located.report("E406", message, info.field.node);
  }
}
