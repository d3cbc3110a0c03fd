import type { Report } from "../diagnostics/collector.js";
import type { Span } from "../diagnostics/source-file.js";
import {
  type ConstraintKind,
  defaultConstraintName,
  explicitKeyName,
  maxIdentifierLength,
  utf8Length,
} from "../model/constraint-names.js";
import type { Provider, Relation } from "../model/types.js";
import type { AnalysisContext } from "./context.js";
import type { AnalyzedModel } from "./models.js";

/** What can carry a database name: keys and indexes, foreign keys, and SQL Server's default constraints. */
type NamedKind = ConstraintKind | "default";

/** A named constraint of a table, as the database will see it. */
interface NamedConstraint {
  readonly kind: NamedKind;
  readonly name: string;
  readonly explicit: boolean;
  readonly model: AnalyzedModel;
  readonly span: Span;
}

/**
 * A namespace of constraint names (Prisma's `ConstraintScope`): global (per database schema) or per table. Every
 * constraint of a `member` kind takes a name in it, but only those of a `checked` kind are reported when their name
 * is taken twice: Prisma checks an index name against the per-table scope of primary keys, indexes and foreign keys
 * only through the primary key or foreign key that shares it, so two indexes of one name pass there.
 */
interface Scope {
  readonly global: boolean;
  readonly members: readonly NamedKind[];
  readonly checked: readonly NamedKind[];
}

const keysAndIndexes: readonly NamedKind[] = ["primaryKey", "unique", "index"];
const indexKinds: readonly NamedKind[] = ["unique", "index"];

const scopes = {
  globalKeyIndex: { global: true, members: indexKinds, checked: indexKinds },
  globalForeignKey: { global: true, members: ["foreignKey"], checked: ["foreignKey"] },
  globalPrimaryKeyKeyIndex: { global: true, members: keysAndIndexes, checked: keysAndIndexes },
  globalPrimaryKeyForeignKeyDefault: {
    global: true,
    members: ["primaryKey", "foreignKey", "default"],
    checked: ["primaryKey", "foreignKey", "default"],
  },
  modelKeyIndex: { global: false, members: indexKinds, checked: indexKinds },
  modelPrimaryKeyKeyIndex: { global: false, members: keysAndIndexes, checked: keysAndIndexes },
  modelPrimaryKeyKeyIndexForeignKey: {
    global: false,
    members: [...keysAndIndexes, "foreignKey"],
    checked: ["primaryKey", "foreignKey"],
  },
} as const satisfies Record<string, Scope>;

type ScopeName = keyof typeof scopes;

/** The scopes of each connector, as Prisma's connectors declare them. */
const scopesByProvider: Readonly<Record<Provider, readonly ScopeName[]>> = {
  postgresql: ["globalPrimaryKeyKeyIndex", "modelPrimaryKeyKeyIndexForeignKey"],
  cockroachdb: ["modelPrimaryKeyKeyIndexForeignKey"],
  mysql: ["globalForeignKey", "modelKeyIndex"],
  sqlite: ["globalKeyIndex"],
  sqlserver: ["globalPrimaryKeyForeignKeyDefault", "modelPrimaryKeyKeyIndex"],
  mongodb: ["modelKeyIndex"],
};

/**
 * Constraint names (given with `map:` or Prisma's defaults) must be unique in the database's namespaces, and
 * names given with `map:` must fit the identifier limit (E308). SQLite cannot name foreign keys (E503).
 */
export function checkConstraintNames(
  models: readonly AnalyzedModel[],
  relations: readonly Relation[],
  context: AnalysisContext,
): void {
  const provider = context.datasource?.provider;
  const byName = new Map(models.map((model) => [model.located.node.name.text, model]));
  const constraints = [
    ...models.flatMap((model) => keyConstraints(model, provider)),
    ...foreignKeys(relations, byName, provider),
  ];
  for (const constraint of constraints) checkLength(constraint, provider);
  for (const model of models) if (model.located.node.kind === "model") checkClientNames(model);
  if (!provider) return;
  if (provider === "sqlserver") constraints.push(...models.flatMap(defaultConstraints));
  for (const name of scopesByProvider[provider]) {
    const scope: Scope = scopes[name];
    const scopeOf = scope.global
      ? (c: NamedConstraint) => c.model.schema ?? ""
      : (c: NamedConstraint) => c.model.located.node.name.text;
    reportCollisions(
      constraints.filter((c) => scope.members.includes(c.kind)),
      scopeOf,
      // A view's keys take names, but Prisma checks only models' names.
      (c) => scope.checked.includes(c.kind) && c.model.located.node.kind === "model",
      describe(scope),
    );
  }
}

/** The client's names of a model's id and unique constraints (`name:` of `@@id`/`@@unique`) must differ (E308). */
function checkClientNames(model: AnalyzedModel): void {
  const { primaryKey, uniques, spans } = model.keys;
  const named = [primaryKey, ...uniques].filter((key) => key?.name !== undefined);
  for (const key of named) {
    if (!key || !named.some((other) => other !== key && other?.name === key.name)) continue;
    model.located.report(
      "E308",
      `The name \`${key.name}\` is given to more than one id or unique constraint of \`${model.located.node.name.text}\`; the client needs a distinct \`name:\` for each.`,
      spans.get(key) ?? model.located.node.name,
    );
  }
}

/** SQL Server names a default value's constraint: `map:` of `@default`, else `{table}_{column}_df`. */
function defaultConstraints(model: AnalyzedModel): NamedConstraint[] {
  return model.fields.flatMap((field) => {
    const attribute = field.attributes.get("default");
    if (!attribute || field.default === undefined) return [];
    const map = attribute.arguments?.arguments.find((argument) => argument.name?.text === "map")?.value;
    const explicit = map?.kind === "string";
    const name = explicit ? map.value : `${model.dbName}_${field.dbName}_df`;
    return [{ kind: "default" as const, name, explicit, model, span: attribute }];
  });
}

function keyConstraints(model: AnalyzedModel, provider: Provider | undefined): NamedConstraint[] {
  const { primaryKey, uniques, indexes, spans } = model.keys;
  const columns = (names: readonly { readonly name: string }[]) =>
    names.map(({ name }) => model.fields.find((f) => f.node.name.text === name)?.dbName ?? name);
  const out: NamedConstraint[] = [];
  const add = (kind: ConstraintKind, key: NonNullable<typeof primaryKey> | (typeof uniques)[number]) => {
    const explicitName = "kind" in key ? explicitKeyName(key) : key.mapName;
    const name = explicitName ?? defaultConstraintName(kind, model.dbName, columns(key.fields), provider);
    out.push({
      kind,
      name,
      explicit: explicitName !== undefined,
      model,
      span: spans.get(key) ?? model.located.node.name,
    });
  };
  // MySQL and SQLite primary keys have no name of their own.
  if (primaryKey && provider !== "mysql" && provider !== "sqlite") add("primaryKey", primaryKey);
  for (const unique of uniques) add("unique", unique);
  // `@@fulltext` indexes take a name among the indexes too (`{table}_{cols}_idx`).
  for (const index of indexes) add("index", index);
  return out;
}

function foreignKeys(
  relations: readonly Relation[],
  models: ReadonlyMap<string, AnalyzedModel>,
  provider: Provider | undefined,
): NamedConstraint[] {
  const out: NamedConstraint[] = [];
  for (const relation of relations) {
    if (relation.kind === "many-to-many") continue;
    const { foreignKey } = relation;
    const model = models.get(foreignKey.holder);
    if (!model) continue;
    const field = model.located.node.fields.find((candidate) => candidate.name.text === relation.holder.field);
    const span = field?.attributes.find((attribute) => attribute.name.text === "relation") ?? model.located.node.name;
    if (foreignKey.mapName !== undefined && provider === "sqlite") {
      model.located.report(
        "E503",
        "SQLite does not support named foreign keys; remove `map:` from this @relation.",
        span,
      );
      continue;
    }
    const columns = foreignKey.fields.map(
      (name) => model.fields.find((f) => f.node.name.text === name)?.dbName ?? name,
    );
    const name = foreignKey.mapName ?? defaultConstraintName("foreignKey", model.dbName, columns, provider);
    out.push({ kind: "foreignKey", name, explicit: foreignKey.mapName !== undefined, model, span });
  }
  return out;
}

function checkLength(constraint: NamedConstraint, provider: Provider | undefined): void {
  const limit = maxIdentifierLength(provider);
  if (!constraint.explicit || utf8Length(constraint.name) <= limit) return;
  const report: Report = constraint.model.located.report;
  report(
    "E308",
    `The constraint name '${constraint.name}' given with \`map:\` is ${utf8Length(constraint.name)} bytes long; ${provider} allows at most ${limit}. Choose a shorter name.`,
    constraint.span,
  );
}

function reportCollisions(
  constraints: readonly NamedConstraint[],
  scopeOf: (c: NamedConstraint) => string,
  isChecked: (c: NamedConstraint) => boolean,
  namespace: string,
): void {
  const groups = new Map<string, NamedConstraint[]>();
  for (const constraint of constraints) {
    const key = `${scopeOf(constraint)}\u0000${constraint.name}`;
    const group = groups.get(key);
    if (group) group.push(constraint);
    else groups.set(key, [constraint]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const constraint of group.filter(isChecked)) {
      const scope = namespace.replace("{model}", constraint.model.located.node.name.text);
      constraint.model.located.report(
        "E308",
        `The constraint name \`${constraint.name}\` has to be unique ${scope}. Give one of them a different name with the \`map\` argument.`,
        constraint.span,
      );
    }
  }
}

function describe(scope: Scope): string {
  // "Global" means per database schema: multi-schema models only collide within their own schema.
  const words: Record<NamedKind, string> = {
    primaryKey: "primary keys",
    unique: "unique constraints",
    index: "indexes",
    foreignKey: "foreign keys",
    default: "default constraints",
  };
  const list = scope.members.map((kind) => words[kind]).join(", ");
  return scope.global ? `across the database among ${list}` : `on model \`{model}\` among ${list}`;
}
