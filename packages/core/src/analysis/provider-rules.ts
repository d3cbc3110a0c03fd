import type { Relation } from "../model/types.js";
import { checkActionCycles } from "./action-cycles.js";
import type { AnalysisContext } from "./context.js";
import { checkDatasourceRules } from "./datasource-rules.js";
import { checkKeyColumnTypes } from "./key-column-types.js";
import { checkClusteredValues, checkKeySupport } from "./key-support.js";
import type { AnalyzedModel } from "./models.js";
import { checkNativeTypeArguments } from "./native-type-arguments.js";
import { checkIndexOperatorClasses } from "./postgres-indexes.js";
import { checkAllowedActions, heldRelations } from "./relation-actions.js";
import { checkScalarSupport } from "./scalar-support.js";
import { checkShardKeys } from "./shard-keys.js";
import { checkViewKeys } from "./view-keys.js";

/**
 * The rules that depend on what the datasource's provider supports (Prisma's connector capabilities and
 * connector validations): keys and indexes, native type arguments, shard keys, datasource properties,
 * referential actions and their cycles.
 */
export function checkProviderRules(
  models: readonly AnalyzedModel[],
  relations: readonly Relation[],
  context: AnalysisContext,
): void {
  checkDatasourceRules(context);
  checkClusteredValues(models);
  checkKeySupport(models, context);
  checkViewKeys(models);
  checkKeyColumnTypes(models, context);
  checkIndexOperatorClasses(models, context);
  checkNativeTypeArguments(models, context);
  checkScalarSupport(models, context);
  checkShardKeys(models, context);
  const held = heldRelations(relations, models);
  checkAllowedActions(held, context);
  checkActionCycles(held, context);
}
