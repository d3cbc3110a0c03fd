import fc from "fast-check";

/** The primary key shape of a generated model. */
type KeyShape = "int" | "string" | "composite";

interface RelationSpec {
  readonly kind: "1-1" | "1-n" | "m-n";
  readonly from: number;
  readonly to: number;
  readonly named: boolean;
  /** 1-1: the `to` side holds the foreign key instead of `from`. */
  readonly holderIsTo: boolean;
  readonly fkOptional: readonly boolean[];
  readonly relationOptional: boolean;
  readonly backOptional: boolean;
  readonly fkUnique: "none" | "field" | "compound" | "primary";
  readonly referencesUnique: boolean;
  readonly onDelete: string | undefined;
  readonly onUpdate: string | undefined;
  /** Deliberate mistakes, so that invalid shapes are generated too. */
  readonly mistake: "none" | "no-back-field" | "fields-on-both" | "no-fields" | "wrong-type" | "back-actions";
}

/** `value` four times out of five. */
const mostly = (value: boolean) => fc.integer({ min: 0, max: 4 }).map((n) => (n > 0 ? value : !value));

const maybeAction = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom("Cascade", "Restrict", "NoAction", "SetNull", "SetDefault") },
);

const relationSpec = (models: number) =>
  fc.record<RelationSpec>({
    kind: fc.constantFrom("1-1", "1-n", "m-n"),
    from: fc.nat(models - 1),
    to: fc.nat(models - 1),
    named: mostly(true),
    holderIsTo: fc.boolean(),
    fkOptional: fc.array(mostly(false), { minLength: 2, maxLength: 2 }),
    relationOptional: fc.boolean(),
    backOptional: fc.boolean(),
    fkUnique: fc.oneof(
      { weight: 1, arbitrary: fc.constantFrom("none" as const, "primary" as const) },
      { weight: 2, arbitrary: fc.constantFrom("field" as const, "compound" as const) },
    ),
    referencesUnique: fc.boolean(),
    onDelete: maybeAction,
    onUpdate: maybeAction,
    mistake: fc.oneof(
      { weight: 12, arbitrary: fc.constant("none" as const) },
      {
        weight: 1,
        arbitrary: fc.constantFrom("no-back-field", "fields-on-both", "no-fields", "wrong-type", "back-actions"),
      },
    ),
  });

/** A generated schema: models with random keys and random relations between them (self-relations included). */
export const relationSchemaArbitrary = fc
  .record({
    provider: fc.constantFrom("postgresql", "sqlite", "mysql", undefined),
    keys: fc.array(fc.constantFrom<KeyShape>("int", "int", "string", "composite"), { minLength: 2, maxLength: 4 }),
  })
  .chain(({ provider, keys }) =>
    fc.record({
      provider: fc.constant(provider),
      keys: fc.constant(keys),
      relations: fc.array(relationSpec(keys.length), { minLength: 1, maxLength: 3 }),
    }),
  )
  .map(renderSchema);

interface ModelDraft {
  readonly name: string;
  readonly key: KeyShape;
  readonly lines: string[];
  readonly blockLines: string[];
}

function renderSchema(input: {
  provider: string | undefined;
  keys: readonly KeyShape[];
  relations: readonly RelationSpec[];
}): string {
  const models: ModelDraft[] = input.keys.map((key, index) => ({
    name: `M${index}`,
    key,
    lines: keyLines(key),
    blockLines: key === "composite" ? ["@@id([k1, k2])"] : [],
  }));
  for (const [index, spec] of input.relations.entries()) addRelation(models, spec, index);
  const datasource = input.provider ? `datasource db {\n  provider = "${input.provider}"\n}\n\n` : "";
  const blocks = models.map((model) => {
    const body = [...model.lines, ...(model.blockLines.length > 0 ? ["", ...model.blockLines] : [])].map((line) =>
      line ? `  ${line}` : "",
    );
    return `model ${model.name} {\n${body.join("\n")}\n}\n`;
  });
  return datasource + blocks.join("\n");
}

function keyLines(key: KeyShape): string[] {
  switch (key) {
    case "int":
      return ["id Int @id", "code String @unique"];
    case "string":
      return ["id String @id", "code String @unique"];
    case "composite":
      return ["k1 Int", "k2 String", "code String @unique"];
  }
}

/** The referenced fields and their types in a target model. */
function referencedFields(target: ModelDraft, referencesUnique: boolean): { names: string[]; types: string[] } {
  if (referencesUnique) return { names: ["code"], types: ["String"] };
  if (target.key === "composite") return { names: ["k1", "k2"], types: ["Int", "String"] };
  return { names: ["id"], types: [target.key === "int" ? "Int" : "String"] };
}

function addRelation(models: ModelDraft[], spec: RelationSpec, index: number): void {
  const from = models[spec.from] as ModelDraft;
  const to = models[spec.to] as ModelDraft;
  const name = spec.named ? `"R${index}", ` : "";
  const back = `b${index}`;
  if (spec.kind === "m-n") {
    const fields = spec.mistake === "fields-on-both" ? `, fields: [x${index}], references: [id]` : "";
    if (fields) from.lines.push(`x${index} Int`);
    from.lines.push(`r${index} ${to.name}[]${attr(name, fields)}`);
    if (spec.mistake !== "no-back-field") to.lines.push(`${back} ${from.name}[]${attr(name, "")}`);
    return;
  }
  const [holder, target] = spec.kind === "1-1" && spec.holderIsTo ? [to, from] : [from, to];
  const { names: refs, types } = referencedFields(target, spec.referencesUnique);
  const fks = refs.map((_, i) => `r${index}_${i}`);
  fks.forEach((fk, i) => {
    const type = spec.mistake === "wrong-type" && i === 0 ? (types[i] === "Int" ? "String" : "Int") : types[i];
    const optional = spec.fkOptional[i] ? "?" : "";
    const unique = spec.fkUnique === "field" && fks.length === 1 ? " @unique" : "";
    const fallbackDefault =
      spec.onDelete === "SetDefault" || spec.onUpdate === "SetDefault"
        ? type === "Int"
          ? " @default(0)"
          : ' @default("x")'
        : "";
    holder.lines.push(`${fk} ${type}${optional}${unique}${fallbackDefault}`);
  });
  if (spec.fkUnique === "compound" || (spec.fkUnique === "field" && fks.length > 1))
    holder.blockLines.push(`@@unique([${fks.join(", ")}])`);
  if (spec.fkUnique === "primary") holder.blockLines.push(`@@index([${fks.join(", ")}])`);
  const actionArgs = [spec.onDelete && `onDelete: ${spec.onDelete}`, spec.onUpdate && `onUpdate: ${spec.onUpdate}`]
    .filter(Boolean)
    .join(", ");
  // Odd-numbered single-field relations use the bracket-less form (`fields: a, references: id`).
  const list = (names: readonly string[]) =>
    names.length === 1 && index % 2 === 1 ? names.join() : `[${names.join(", ")}]`;
  const keyArgs = spec.mistake === "no-fields" ? "" : `fields: ${list(fks)}, references: ${list(refs)}`;
  const args = [keyArgs, spec.mistake === "back-actions" ? "" : actionArgs].filter(Boolean).join(", ");
  holder.lines.push(
    `r${index} ${target.name}${spec.relationOptional ? "?" : ""}${attr(name, args ? `, ${args}` : "")}`,
  );
  if (spec.mistake === "no-back-field") return;
  const backType = spec.kind === "1-n" ? `${holder.name}[]` : `${holder.name}${spec.backOptional ? "?" : ""}`;
  const backArgs =
    spec.mistake === "fields-on-both"
      ? `, ${keyArgs}`
      : spec.mistake === "back-actions" && actionArgs
        ? `, ${actionArgs}`
        : "";
  target.lines.push(`${back} ${backType}${attr(name, backArgs)}`);
}

/** `@relation(...)` with an optional leading name, or nothing when there is nothing to say. */
function attr(name: string, rest: string): string {
  const inner = `${name}${rest.replace(/^, /, name ? "" : "")}`.replace(/, $/, "");
  return inner ? ` @relation(${inner})` : "";
}
