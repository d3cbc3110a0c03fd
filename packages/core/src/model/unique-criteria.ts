import type { Model } from "./types.js";

/** One way to find exactly one row: a single field, or several under one compound name. */
export interface UniqueCriterion {
  /** The key Prisma's client uses: the field name, or `name:` of `@@id`/`@@unique`, else the fields joined by `_`. */
  readonly name: string;
  readonly fields: readonly string[];
  readonly isCompound: boolean;
}

/**
 * The unique criteria of a model as Prisma's client names them in `where` inputs, id first, then uniques in
 * declaration order, without duplicates. Every generator that writes where-unique inputs uses this. Partial uniques
 * (`where:`) count too: Prisma 7's client takes them in `findUnique`, although its data model (`uniqueFields`,
 * `isUnique`) leaves them out.
 * @example uniqueCriteria(person) // [{ name: "id", ... }, { name: "firstName_lastName", fields: ["firstName", "lastName"], isCompound: true }]
 */
export function uniqueCriteria(model: Pick<Model, "primaryKey" | "uniques">): UniqueCriterion[] {
  const keys = [...(model.primaryKey ? [model.primaryKey] : []), ...model.uniques];
  const criteria: UniqueCriterion[] = [];
  for (const key of keys) {
    const fields = key.fields.map((field) => field.name);
    const name = fields.length === 1 ? (fields[0] as string) : (key.name ?? fields.join("_"));
    if (!criteria.some((criterion) => criterion.name === name))
      criteria.push({ name, fields, isCompound: fields.length > 1 });
  }
  return criteria;
}
