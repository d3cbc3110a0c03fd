import fc from "fast-check";
import { commentPool, enumValuePool, mapNamePool, typeNamePool } from "./names.js";
import { addRelation, type KeyShape, keyLines, type ModelDraft, type RelationSpec, relationSpec } from "./relations.js";
import { docLines, renderScalarField, type ScalarFieldSpec, scalarFieldSpec } from "./scalar-fields.js";

/** The providers whose output the suite can execute (SQL on PGlite or sql.js); MySQL for the other generators. */
export type FuzzProvider = "postgresql" | "sqlite" | "mysql";

interface ModelSpec {
  readonly key: KeyShape;
  readonly fields: readonly ScalarFieldSpec[];
  readonly doc: string | undefined;
  readonly map: string | undefined;
  readonly compoundUnique: boolean;
}

interface EnumSpec {
  readonly values: readonly string[];
  readonly doc: string | undefined;
  readonly valueDoc: string | undefined;
  readonly map: string | undefined;
}

interface SchemaSpec {
  readonly provider: FuzzProvider;
  readonly names: readonly string[];
  readonly models: readonly ModelSpec[];
  readonly enums: readonly EnumSpec[];
  readonly relations: readonly RelationSpec[];
}

const maybe = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

const modelSpec: fc.Arbitrary<ModelSpec> = fc.record({
  key: fc.constantFrom<KeyShape>("int", "int", "string", "composite"),
  fields: fc.uniqueArray(scalarFieldSpec, { maxLength: 6, selector: (field) => field.name }),
  doc: maybe(fc.constantFrom(...commentPool)),
  map: fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom(...mapNamePool) },
  ),
  compoundUnique: fc.boolean(),
});

const enumSpec: fc.Arbitrary<EnumSpec> = fc.record({
  values: fc.uniqueArray(fc.constantFrom(...enumValuePool), { minLength: 1, maxLength: 5 }),
  doc: maybe(fc.constantFrom(...commentPool)),
  valueDoc: maybe(fc.constantFrom(...commentPool)),
  map: fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom(...mapNamePool) },
  ),
});

/** Distinct model and enum names from the hostile pool (plain `M<n>` names in between). */
const typeNames = (count: number) =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...typeNamePool),
        fc.nat(99).map((n) => `M${n}`),
      ),
      {
        minLength: count,
        maxLength: count * 2,
      },
    )
    .map((names) => [...new Set(names)])
    .filter((names) => names.length >= count);

/** The generated spec of a schema: 1–5 models, 0–3 enums, 0–4 relations, hostile names and comments. */
const schemaSpec: fc.Arbitrary<SchemaSpec> = fc
  .record({ models: fc.integer({ min: 1, max: 5 }), enums: fc.nat(3) })
  .chain(({ models, enums }) =>
    fc.record({
      provider: fc.constantFrom<FuzzProvider>("postgresql", "postgresql", "sqlite", "sqlite", "mysql"),
      names: typeNames(models + enums),
      models: fc.array(modelSpec, { minLength: models, maxLength: models }),
      enums: fc.array(enumSpec, { minLength: enums, maxLength: enums }),
      relations: fc.array(relationSpec(models), { maxLength: 4 }),
    }),
  );

/** Renders a spec as Prisma schema text. */
function renderSchema(spec: SchemaSpec): string {
  const enumNames = spec.enums.map((_, i) => spec.names[spec.models.length + i] as string);
  const enums = spec.enums.map((e, i) => [enumNames[i] as string, e.values[0] as string] as const);
  const drafts: ModelDraft[] = spec.models.map((model, i) => {
    const used = new Set(["id", "code", "k1", "k2"]);
    const fields = model.fields.filter((field) => !used.has(field.name) && !/^[rb]\d/.test(field.name));
    const lines = [...keyLines(model.key)];
    fields.forEach((field, index) => {
      lines.push(...renderScalarField(field, enums, { lists: spec.provider === "postgresql", index: index + i }));
    });
    const blockLines = model.key === "composite" ? ["  @@id([k1, k2])"] : [];
    if (model.compoundUnique) blockLines.push(`  @@unique([code, ${model.key === "composite" ? "k1" : "id"}])`);
    if (model.map !== undefined) blockLines.push(`  @@map("${model.map}")`);
    return { name: spec.names[i] as string, key: model.key, lines, blockLines };
  });
  spec.relations.forEach((relation, index) => {
    addRelation(drafts, relation, index);
  });
  const datasource = `datasource db {\n  provider = "${spec.provider}"\n}\n`;
  const models = drafts.map((draft, i) =>
    [
      ...docLines(spec.models[i]?.doc),
      `model ${draft.name} {`,
      ...draft.lines,
      ...(draft.blockLines.length > 0 ? ["", ...draft.blockLines] : []),
      "}",
    ].join("\n"),
  );
  const enumBlocks = spec.enums.map((e, i) =>
    [
      ...docLines(e.doc),
      `enum ${enumNames[i]} {`,
      ...e.values.flatMap((value, j) => [...(j === 0 ? docLines(e.valueDoc, "  ") : []), `  ${value}`]),
      ...(e.map === undefined ? [] : [`  @@map("${e.map}")`]),
      "}",
    ].join("\n"),
  );
  return [datasource, ...models, ...enumBlocks].join("\n\n").concat("\n");
}

/** A generated schema: its provider and text. Not always valid: keep those `parseSchema` accepts. */
export const fuzzSchemaArbitrary: fc.Arbitrary<{ readonly provider: FuzzProvider; readonly text: string }> =
  schemaSpec.map((spec) => ({ provider: spec.provider, text: renderSchema(spec) }));

/** `count` generated schemas from `seed`, in a fixed order (the same seed gives the same schemas). */
export function sampleSchemas(seed: number, count: number): { provider: FuzzProvider; text: string }[] {
  return fc.sample(fuzzSchemaArbitrary, { seed, numRuns: count });
}
