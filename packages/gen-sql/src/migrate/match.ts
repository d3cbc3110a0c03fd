import type { Enum, Model, ScalarField, SchemaModel } from "@cardinal/core";

/** How `from` and `to` correspond: matched models (by Prisma name), fields and enums, renames included. */
export interface Correspondence {
  /** To-model name → from-model name. */
  readonly models: ReadonlyMap<string, string>;
  /** To-model name → (to-field name → from-field name), scalar fields only. */
  readonly fields: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** To-enum name → from-enum name. */
  readonly enums: ReadonlyMap<string, string>;
}

interface Named {
  readonly name: string;
  readonly dbName: string;
}

/**
 * Pairs `to` items with `from` items: an explicit rename hint first, then the same Prisma name, then the same
 * database name among what is left (a renamed model whose `@@map` kept the table).
 */
function pair<T extends Named>(
  from: readonly T[],
  to: readonly T[],
  hintOf: (item: T) => string | undefined,
  sameSpace: (a: T, b: T) => boolean = () => true,
): Map<string, string> {
  const result = new Map<string, string>();
  const used = new Set<string>();
  const take = (target: T, source: T | undefined) => {
    if (!source || used.has(source.name) || result.has(target.name)) return;
    result.set(target.name, source.name);
    used.add(source.name);
  };
  for (const item of to) {
    const hint = hintOf(item);
    if (hint !== undefined && !to.some((other) => other.name === hint))
      take(
        item,
        from.find((f) => f.name === hint),
      );
  }
  for (const item of to)
    if (!hintedAway(item, to, hintOf))
      take(
        item,
        from.find((f) => f.name === item.name),
      );
  for (const item of to)
    take(
      item,
      from.find((f) => !used.has(f.name) && f.dbName === item.dbName && sameSpace(f, item)),
    );
  return result;
}

/** An item whose name another item claims as its old name was renamed away, so it is new. */
function hintedAway<T extends Named>(item: T, to: readonly T[], hintOf: (item: T) => string | undefined): boolean {
  return to.some((other) => other !== item && hintOf(other) === item.name);
}

function scalars(model: Model): ScalarField[] {
  return model.fields.filter((field): field is ScalarField => field.kind === "scalar");
}

/** Matches the models, their columns and the enums of two schemas. */
export function matchSchemas(from: SchemaModel, to: SchemaModel): Correspondence {
  const fromModels = from.models.filter((m) => m.kind === "model");
  const toModels = to.models.filter((m) => m.kind === "model");
  const models = pair(
    fromModels,
    toModels,
    (m) => m.renamedFrom,
    (a, b) => a.schema === b.schema,
  );
  const fields = new Map<string, Map<string, string>>();
  for (const [toName, fromName] of models) {
    const toModel = toModels.find((m) => m.name === toName) as Model;
    const fromModel = fromModels.find((m) => m.name === fromName) as Model;
    fields.set(
      toName,
      pair(scalars(fromModel), scalars(toModel), (f) => f.renamedFrom),
    );
  }
  const enums = pair<Enum>(from.enums, to.enums, (e) => e.renamedFrom);
  return { models, fields, enums };
}
