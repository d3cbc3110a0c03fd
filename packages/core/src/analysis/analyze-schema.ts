import type { DiagnosticCollector } from "../diagnostics/collector.js";
import type { SourceFile } from "../diagnostics/source-file.js";
import type { CompositeType, Relation, SchemaModel } from "../model/types.js";
import type { SchemaFileAst } from "../parser/ast.js";
import { classifyRelation } from "./classify-relation.js";
import { checkCompositeCycles } from "./composite-cycles.js";
import { checkCompositeTypeBlock } from "./composite-type-rules.js";
import { analyzeConfigs } from "./config.js";
import { checkConstraintNames } from "./constraint-namespaces.js";
import type { AnalysisContext } from "./context.js";
import { locationOf } from "./context.js";
import { checkAutoincrement, checkDatabaseNames, checkEnumDatabaseNames } from "./database-checks.js";
import { collectDeclarations } from "./declarations.js";
import { documentationText } from "./doc-lines.js";
import { analyzeEnum } from "./enums.js";
import { analyzeFields } from "./fields.js";
import { type AnalyzedModel, analyzeModel } from "./models.js";
import { checkMongoDbRules } from "./mongodb-rules.js";
import { compareBytes, pairRelationFields } from "./pair-relations.js";
import { checkProviderRules } from "./provider-rules.js";
import { checkRelationsToIgnoredModels, readRelationFields } from "./relation-fields.js";
import { toModel, toScalarField } from "./to-model.js";

/**
 * Checks parsed files against every rule, reporting each violation to the collector, and returns what builds the
 * relation model from them: a caller that wants only the diagnostics (`validateSchema`) never builds it.
 */
export function analyzeSchema(
  parsed: readonly { readonly file: SourceFile; readonly ast: SchemaFileAst }[],
  collector: DiagnosticCollector,
): () => SchemaModel {
  const declarations = collectDeclarations(parsed, collector);
  const { datasource, generators, previewFeatures } = analyzeConfigs(declarations.configs);
  const enumValues = new Map(
    [...declarations.enums].map(([name, located]) => [
      name,
      { values: located.node.values.map((value) => ({ name: value.name.text })) },
    ]),
  );
  const context: AnalysisContext = { ...declarations, datasource, previewFeatures, enumValues };
  const analyzedEnums = [...declarations.enums.values()].map((located) => ({
    located,
    analyzed: analyzeEnum(located, context),
  }));
  checkEnumDatabaseNames(analyzedEnums);
  const enums = analyzedEnums.map(({ analyzed }) => analyzed);
  const compositeTypes = analyzeCompositeTypes(context);
  const models = [...declarations.models.values()].map((located) => analyzeModel(located, context));
  checkDatabaseNames(models);
  checkAutoincrement(models, context);
  checkMongoDbRules(models, context);
  const { relations, relationNames } = resolveRelations(models, context);
  checkConstraintNames(models, relations, context);
  checkProviderRules(models, relations, context);
  return () => ({
    datasource,
    generators,
    models: models.map((model) => toModel(model, relationNames)).sort(byName),
    enums: [...enums].sort(byName),
    compositeTypes: [...compositeTypes].sort(byName),
    relations: sortRelations(relations),
  });
}

function resolveRelations(models: readonly AnalyzedModel[], context: AnalysisContext) {
  const byName = new Map(models.map((model) => [model.located.node.name.text, model]));
  const infos = models.flatMap(readRelationFields);
  checkRelationsToIgnoredModels(infos, byName);
  const pairs = pairRelationFields(infos);
  const relationNames = new Map<string, string>();
  const relations: Relation[] = [];
  for (const pair of pairs) {
    for (const info of [pair.first, pair.second])
      relationNames.set(`${info.model.located.node.name.text}.${info.field.node.name.text}`, pair.name);
    const relation = classifyRelation(pair, byName, context);
    if (relation) relations.push(relation);
  }
  return { relations, relationNames };
}

function analyzeCompositeTypes(context: AnalysisContext): CompositeType[] {
  checkCompositeCycles(context.compositeTypes);
  return [...context.compositeTypes.values()].map((located) => {
    if (context.datasource?.provider !== "mongodb") {
      located.report(
        "E210",
        `Composite types are only supported on MongoDB, not on ${context.datasource?.provider ?? "a schema without datasource"}.`,
        located.node.name,
      );
    }
    checkCompositeTypeBlock(located);
    const fields = analyzeFields(located, context)
      .map((field) => toScalarField(field, located))
      .filter((field) => field !== undefined);
    return {
      name: located.node.name.text,
      fields,
      documentation: documentationText(located.node.documentation),
      location: locationOf(located, located.node.name),
    };
  });
}

function byName<T extends { readonly name: string }>(a: T, b: T): number {
  return compareBytes(a.name, b.name);
}

/** Sorts relations by name, then by their ends (keys computed once). */
function sortRelations(relations: readonly Relation[]): Relation[] {
  const keyed = relations.map((relation) => {
    const ends = relation.kind === "many-to-many" ? [relation.a, relation.b] : [relation.holder, relation.referenced];
    return { relation, key: [relation.name, ...ends.map((end) => `${end.model}.${end.field}`)].join("\u0000") };
  });
  return keyed.sort((a, b) => compareBytes(a.key, b.key)).map(({ relation }) => relation);
}
