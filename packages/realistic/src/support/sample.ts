import type { CompositeType, Model, ScalarField, SchemaModel } from "@cardinal/core";

/** One sample id per generated-string format, matching zod's checks for that format. */
const generatedStrings: Readonly<Record<string, string>> = {
  uuid: "0b7e4a3c-5f1d-4c2e-9a8b-3d6f2e1c0a9b",
  cuid: "cjld2cjxh0000qzrmn831i7rn",
  cuid2: "tz4a98xxat96iws9zmbrgj3a",
  ulid: "01ARZ3NDEKTSV4RRFFQ69G5FAV",
  nanoid: "V1StGXR8_Z5jdHi6B-myT",
};

function stringSample(field: ScalarField): string {
  const generated = field.default?.kind === "function" ? field.default : undefined;
  if (generated?.name === "cuid")
    return generated.args[0] === 2 ? (generatedStrings.cuid2 as string) : "cjld2cjxh0000qzrmn831i7rn";
  return (generated && generatedStrings[generated.name]) ?? "x";
}

/** A value of one element of a field, in the shapes gen-zod's default options expect. */
function elementSample(field: ScalarField, schema: SchemaModel): unknown {
  const { type } = field;
  switch (type.kind) {
    case "enum":
      return schema.enums.find((e) => e.name === type.name)?.values[0]?.name;
    case "composite":
      return compositeSample(
        schema.compositeTypes.find((c) => c.name === type.name),
        schema,
      );
    case "unsupported":
      return null;
    case "scalar":
      return {
        String: () => stringSample(field),
        Int: () => 1,
        Float: () => 1.5,
        BigInt: () => 1n,
        Boolean: () => true,
        Decimal: () => "1",
        DateTime: () => new Date("2024-01-02T03:04:05.000Z"),
        Json: () => ({ sample: [1, "two", null] }),
        Bytes: () => new Uint8Array([1, 2, 3]),
      }[type.name]();
  }
}

function fieldSample(field: ScalarField, schema: SchemaModel): unknown {
  if (field.isList) return [elementSample(field, schema)];
  return field.isOptional ? null : elementSample(field, schema);
}

function compositeSample(composite: CompositeType | undefined, schema: SchemaModel): Record<string, unknown> {
  if (!composite) throw new Error("unknown composite type");
  return Object.fromEntries(composite.fields.map((field) => [field.name, fieldSample(field, schema)]));
}

/** A row of a model with every scalar field set: optional ones to null, lists to one element. */
export function sampleRow(model: Model, schema: SchemaModel): Record<string, unknown> {
  return Object.fromEntries(
    model.fields
      .filter((field): field is ScalarField => field.kind === "scalar" && !field.isIgnored)
      .map((field) => [field.name, fieldSample(field, schema)]),
  );
}

/** The name of a required scalar field of the model (a row without it must be rejected), if there is one. */
export function requiredField(model: Model): string | undefined {
  return model.fields.find(
    (field) => field.kind === "scalar" && !field.isOptional && !field.isList && field.type.kind === "scalar",
  )?.name;
}
