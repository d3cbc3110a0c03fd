import type { Attribute, Expression } from "../parser/ast.js";
import type { AnalysisContext } from "./context.js";
import type { AnalyzedModel } from "./models.js";

/**
 * `@shardKey` and `@@shardKey` (E316): the `shardKeys` preview feature and MySQL only; no arguments on the field
 * form; a non-empty list of bare names of known, scalar, required fields (optional ones only in an `@@ignore`d
 * model); at most one shard key per model.
 */
export function checkShardKeys(models: readonly AnalyzedModel[], context: AnalysisContext): void {
  for (const model of models) {
    const { report, node } = model.located;
    const fieldKeys = model.fields.flatMap((field) => {
      const attribute = field.attributes.get("shardKey");
      return attribute ? [{ field, attribute }] : [];
    });
    const blockKey = node.attributes.find((attribute) => attribute.name.text === "shardKey");
    const attributes = [...fieldKeys.map((key) => key.attribute), ...(blockKey ? [blockKey] : [])];
    if (attributes.length === 0) continue;
    const ignored = node.attributes.some((attribute) => attribute.name.text === "ignore");
    for (const attribute of attributes) checkSupport(attribute, model, context);
    if (attributes.length > 1) {
      const message =
        fieldKeys.length > 1
          ? "At most one field may be marked as the shard key with `@shardKey`."
          : "A model has at most one shard key: use `@shardKey` or `@@shardKey`, not both.";
      report("E316", `Model \`${node.name.text}\`: ${message}`, node.name);
    }
    for (const { field, attribute } of fieldKeys) {
      if ((attribute.arguments?.arguments.length ?? 0) > 0) {
        report(
          "E316",
          "`@shardKey` takes no arguments; use `@@shardKey([a, b])` for a compound key.",
          attribute.arguments ?? attribute,
        );
      }
      if (field.node.type.arity !== "required" && !ignored) {
        report("E316", `The shard key field \`${field.node.name.text}\` must be required.`, attribute);
      }
    }
    if (blockKey) checkBlockKey(blockKey, model, ignored);
  }
}

function checkSupport(attribute: Attribute, model: AnalyzedModel, context: AnalysisContext): void {
  const display =
    attribute.name.text === "shardKey" && model.located.node.attributes.includes(attribute)
      ? "@@shardKey"
      : "@shardKey";
  if (!context.previewFeatures.has("shardKeys")) {
    model.located.report("E316", `\`${display}\` needs the \`shardKeys\` preview feature.`, attribute);
  }
  const provider = context.datasource?.provider;
  if (provider !== "mysql") {
    model.located.report(
      "E316",
      `Shard keys are not supported by ${provider ?? "a schema without datasource"}; only MySQL (PlanetScale/Vitess) has them.`,
      attribute,
    );
  }
}

function checkBlockKey(attribute: Attribute, model: AnalyzedModel, ignored: boolean): void {
  const { report } = model.located;
  const args = attribute.arguments?.arguments ?? [];
  const value: Expression | undefined = args.find((arg) => arg.name === undefined || arg.name.text === "fields")?.value;
  const items = value?.kind === "array" ? value.items : value ? [value] : [];
  if (items.length === 0) {
    report(
      "E316",
      "The list of fields of `@@shardKey` cannot be empty; name at least one field, e.g. `@@shardKey([region])`.",
      attribute,
    );
    return;
  }
  const names: string[] = [];
  for (const item of items) {
    if (item.kind === "constant") names.push(item.name);
    else report("E316", "A `@@shardKey` field must be a bare field name, without quotes or arguments.", item);
  }
  if (names.length !== items.length) return;
  const byName = new Map(model.fields.map((field) => [field.node.name.text, field]));
  const unknown = names.filter((name) => !byName.has(name));
  const relations = names.filter((name) => byName.get(name)?.target.kind === "relation");
  const optional = names.filter((name) => byName.get(name)?.node.type.arity === "optional");
  if (unknown.length > 0)
    report("E316", `The shard key refers to the unknown fields: ${unknown.join(", ")}.`, value ?? attribute);
  if (relations.length > 0) {
    report(
      "E316",
      `The shard key refers to the relation fields: ${relations.join(", ")}; use scalar fields.`,
      attribute,
    );
  }
  if (optional.length > 0 && !ignored) {
    report(
      "E316",
      `The shard key refers to the optional fields: ${optional.join(", ")}; shard key fields must be required.`,
      attribute,
    );
  }
}
