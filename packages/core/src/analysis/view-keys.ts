import type { IndexDefinition } from "../model/types.js";
import type { AnalyzedModel } from "./models.js";

/**
 * A view has no real keys: no id, no index, and its `@unique`/`@@unique` only tell Prisma Client how to find one
 * row, so they cannot have a database name, clustering, or per-field arguments (E317).
 */
export function checkViewKeys(models: readonly AnalyzedModel[]): void {
  for (const model of models) {
    if (model.located.node.kind !== "view") continue;
    const { primaryKey, uniques, indexes } = model.keys;
    const report = (message: string, key: object) =>
      model.located.report("E317", message, model.keys.spans.get(key as IndexDefinition) ?? model.located.node.name);
    const name = model.located.node.name.text;
    if (primaryKey) {
      report(
        `The view \`${name}\` cannot have a primary key (views have no ids); use \`@unique\` instead.`,
        primaryKey,
      );
    }
    for (const index of indexes)
      report(`The view \`${name}\` cannot have indexes; a view has no storage to index.`, index);
    for (const unique of uniques) {
      const why = "`@@unique` on a view is not backed by a unique index in the database, so it";
      if (unique.mapName !== undefined) report(`${why} cannot have a database name (\`map:\`).`, unique);
      if (unique.clustered !== undefined) report(`${why} cannot be clustered.`, unique);
      const withArguments = unique.fields.some(
        (field) => field.length !== undefined || field.sort !== undefined || field.ops !== undefined,
      );
      if (withArguments)
        report("The fields of a `@@unique` on a view cannot have arguments (`sort`, `length`, `ops`).", unique);
    }
  }
}
