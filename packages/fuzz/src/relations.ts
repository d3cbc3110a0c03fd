import fc from "fast-check";

/** The primary key shape of a generated model. */
export type KeyShape = "int" | "string" | "composite";

/** A relation between two generated models (adapted from core's relation-shape arbitrary, without mistakes). */
export interface RelationSpec {
  readonly kind: "1-1" | "1-n" | "m-n";
  readonly from: number;
  readonly to: number;
  readonly named: boolean;
  /** 1-1: the `to` side holds the foreign key instead of `from`. */
  readonly holderIsTo: boolean;
  readonly fkOptional: boolean;
  readonly backOptional: boolean;
  readonly referencesUnique: boolean;
  readonly onDelete: string | undefined;
}

/** A model being rendered: its name, key shape, field lines and block-attribute lines. */
export interface ModelDraft {
  readonly name: string;
  readonly key: KeyShape;
  readonly lines: string[];
  readonly blockLines: string[];
}

/** A random relation between models `0..models-1` (self-relations included). */
export const relationSpec = (models: number): fc.Arbitrary<RelationSpec> =>
  fc.record({
    kind: fc.constantFrom("1-1" as const, "1-n" as const, "1-n" as const, "m-n" as const),
    from: fc.nat(models - 1),
    to: fc.nat(models - 1),
    named: fc.integer({ min: 0, max: 5 }).map((n) => n > 0),
    holderIsTo: fc.boolean(),
    fkOptional: fc.boolean(),
    backOptional: fc.boolean(),
    referencesUnique: fc.boolean(),
    onDelete: fc.constantFrom(undefined, undefined, "Cascade", "Restrict", "NoAction", "SetNull"),
  });

/** The key field lines of a model of `key` shape (`code` is a second unique key to reference). */
export function keyLines(key: KeyShape): string[] {
  switch (key) {
    case "int":
      return ["  id Int @id @default(autoincrement())", "  code String @unique"];
    case "string":
      return ["  id String @id @default(uuid())", "  code String @unique"];
    case "composite":
      return ["  k1 Int", "  k2 String", "  code String @unique"];
  }
}

function referencedFields(target: ModelDraft, referencesUnique: boolean): { names: string[]; types: string[] } {
  if (referencesUnique) return { names: ["code"], types: ["String"] };
  if (target.key === "composite") return { names: ["k1", "k2"], types: ["Int", "String"] };
  return { names: ["id"], types: [target.key === "int" ? "Int" : "String"] };
}

/** Adds relation `index` to the drafts: foreign-key fields and the relation field on the holder, the back field. */
export function addRelation(models: ModelDraft[], spec: RelationSpec, index: number): void {
  const from = models[spec.from] as ModelDraft;
  const to = models[spec.to] as ModelDraft;
  const name = spec.named || spec.from === spec.to ? `"R${index}"` : "";
  if (spec.kind === "m-n") {
    from.lines.push(`  r${index} ${to.name}[]${relation(name, "")}`);
    to.lines.push(`  b${index} ${from.name}[]${relation(name, "")}`);
    return;
  }
  const [holder, target] = spec.kind === "1-1" && spec.holderIsTo ? [to, from] : [from, to];
  const { names: refs, types } = referencedFields(target, spec.referencesUnique);
  const fks = refs.map((_, i) => `r${index}_${i}`);
  const optional = spec.fkOptional ? "?" : "";
  fks.forEach((fk, i) => {
    holder.lines.push(`  ${fk} ${types[i]}${optional}${spec.kind === "1-1" && fks.length === 1 ? " @unique" : ""}`);
  });
  if (spec.kind === "1-1" && fks.length > 1) holder.blockLines.push(`  @@unique([${fks.join(", ")}])`);
  // SetNull on a required foreign key is a user mistake (E408), not a shape worth generating.
  const onDelete = spec.onDelete === "SetNull" && !spec.fkOptional ? "Cascade" : spec.onDelete;
  const action = onDelete ? `, onDelete: ${onDelete}` : "";
  const args = `fields: [${fks.join(", ")}], references: [${refs.join(", ")}]${action}`;
  holder.lines.push(`  r${index} ${target.name}${optional}${relation(name, args)}`);
  const backType = spec.kind === "1-n" ? `${holder.name}[]` : `${holder.name}?`;
  target.lines.push(`  b${index} ${backType}${relation(name, "")}`);
}

function relation(name: string, args: string): string {
  const inner = [name, args].filter(Boolean).join(", ");
  return inner ? ` @relation(${inner})` : "";
}
