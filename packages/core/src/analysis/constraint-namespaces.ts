import type { Report } from "../diagnostics/collector.js";
import type { Span } from "../diagnostics/source-file.js";
import {
  type ConstraintKind,
  defaultConstraintName,
  maxIdentifierLength,
  utf8Length,
} from "../model/constraint-names.js";
import type { Provider, Relation } from "../model/types.js";
import type { AnalysisContext } from "./context.js";
import type { AnalyzedModel } from "./models.js";

/** A named constraint of a table, as the database will see it. */
interface NamedConstraint {
  readonly kind: ConstraintKind;
  readonly name: string;
  readonly explicit: boolean;
  readonly model: AnalyzedModel;
  readonly span: Span;
}

/** Which kinds share one namespace across the whole database, and which share one per table. */
interface NamespaceRules {
  readonly global: readonly (readonly ConstraintKind[])[];
  readonly perTable: readonly (readonly ConstraintKind[])[];
}

const namespaces: Partial<Record<Provider, NamespaceRules>> = {
  postgresql: {
    global: [["primaryKey", "unique", "index"]],
    perTable: [["primaryKey", "unique", "index", "foreignKey"]],
  },
  // CockroachDB names indexes per table only (Prisma's scopes for it have no global one).
  cockroachdb: { global: [], perTable: [["primaryKey", "unique", "index", "foreignKey"]] },
  mysql: { global: [["foreignKey"]], perTable: [["unique", "index"]] },
  sqlite: { global: [["unique", "index"]], perTable: [] },
  sqlserver: { global: [["primaryKey", "foreignKey"]], perTable: [["primaryKey", "unique", "index"]] },
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
  const rules = provider ? namespaces[provider] : undefined;
  if (!rules) return;
  for (const kinds of rules.global)
    reportCollisions(
      constraints.filter((c) => kinds.includes(c.kind)),
      (c) => c.model.schema ?? "",
      describe(kinds, "global"),
    );
  for (const kinds of rules.perTable) {
    const inScope = constraints.filter((c) => kinds.includes(c.kind));
    reportCollisions(inScope, (c) => c.model.located.node.name.text, describe(kinds, "table"));
  }
}

function keyConstraints(model: AnalyzedModel, provider: Provider | undefined): NamedConstraint[] {
  const { primaryKey, uniques, indexes, spans } = model.keys;
  const columns = (names: readonly { readonly name: string }[]) =>
    names.map(({ name }) => model.fields.find((f) => f.node.name.text === name)?.dbName ?? name);
  const out: NamedConstraint[] = [];
  const add = (kind: ConstraintKind, key: NonNullable<typeof primaryKey> | (typeof uniques)[number]) => {
    const name = key.mapName ?? defaultConstraintName(kind, model.dbName, columns(key.fields), provider);
    out.push({
      kind,
      name,
      explicit: key.mapName !== undefined,
      model,
      span: spans.get(key) ?? model.located.node.name,
    });
  };
  // MySQL and SQLite primary keys have no name of their own.
  if (primaryKey && provider !== "mysql" && provider !== "sqlite") add("primaryKey", primaryKey);
  for (const unique of uniques) add("unique", unique);
  for (const index of indexes) if (index.kind === "index") add("index", index);
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
    for (const constraint of group) {
      const scope = namespace.replace("{model}", constraint.model.located.node.name.text);
      constraint.model.located.report(
        "E308",
        `The constraint name \`${constraint.name}\` has to be unique ${scope}. Give one of them a different name with the \`map\` argument.`,
        constraint.span,
      );
    }
  }
}

function describe(kinds: readonly ConstraintKind[], scope: "global" | "table"): string {
  // "Global" means per database schema: multi-schema models only collide within their own schema.
  const words: Record<ConstraintKind, string> = {
    primaryKey: "primary keys",
    unique: "unique constraints",
    index: "indexes",
    foreignKey: "foreign keys",
  };
  const list = kinds.map((kind) => words[kind]).join(", ");
  return scope === "global" ? `across the database among ${list}` : `on model \`{model}\` among ${list}`;
}
