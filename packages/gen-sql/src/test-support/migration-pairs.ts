import { parseSchema, type SchemaModel } from "@cardinal/core";
import { loadRealisticSchemas, loadValidCorpus, withProvider } from "@cardinal/testing";
import { generateSql } from "../generate-sql.js";
import type { SqlDialect } from "../options.js";
import { Dice, mutateOnce, withoutRenameHints } from "./mutate-schema.js";

/** A schema to start pairs from. */
export interface BaseSchema {
  readonly name: string;
  readonly text: string;
}

/** Two schemas, the edits between them and the model renames those edits made (old → new). */
export interface SchemaPair {
  readonly base: string;
  readonly fromText: string;
  readonly toText: string;
  readonly from: SchemaModel;
  readonly to: SchemaModel;
  readonly edits: readonly string[];
  readonly renamedModels: ReadonlyMap<string, string>;
}

const provider: Readonly<Record<SqlDialect, string>> = { postgresql: "postgresql", mysql: "mysql", sqlite: "sqlite" };

function usable(text: string, dialect: SqlDialect): SchemaModel | undefined {
  const parsed = parseSchema(text);
  if (!parsed.valid || parsed.model.models.some((m) => m.kind === "view")) return undefined;
  const sql = generateSql(parsed.model, { dialects: [dialect] });
  return sql.files.length === 1 && !sql.diagnostics.some((d) => d.severity === "error") ? parsed.model : undefined;
}

/** The valid corpus schemas on a dialect's provider, then the realistic schemas written for it. */
export function baseSchemas(dialect: SqlDialect): { small: BaseSchema[]; large: BaseSchema[] } {
  const small = loadValidCorpus()
    .map((entry) => ({ name: entry.name, text: withoutRenameHints(withProvider(entry.content, provider[dialect])) }))
    .filter((base) => usable(base.text, dialect) !== undefined);
  const large = loadRealisticSchemas()
    .filter(
      (schema) => schema.provider === provider[dialect] || (dialect === "postgresql" && schema.provider === "postgres"),
    )
    .map((schema) => ({ name: schema.name, text: schema.files.map((f) => f.content).join("\n") }))
    .filter((base) => usable(base.text, dialect) !== undefined);
  return { small, large };
}

/** Applies 1–3 random edits that keep the schema valid; undefined when none could be made. */
export function makePair(
  base: BaseSchema,
  dialect: SqlDialect,
  dice: Dice,
  counter: { n: number },
): SchemaPair | undefined {
  const from = usable(base.text, dialect);
  if (!from) return undefined;
  let text = base.text;
  let model = from;
  const edits: string[] = [];
  const renamedModels = new Map<string, string>();
  const steps = dice.int(1, 3);
  for (let attempt = 0; attempt < 12 && edits.length < steps; attempt++) {
    const mutated = mutateOnce(text, model, dice, counter.n++);
    if (!mutated) continue;
    const next = usable(mutated.text, dialect);
    if (!next) continue;
    text = mutated.text;
    model = next;
    edits.push(mutated.edit);
    const rename = /^rename model (\w+) to (\w+)$/.exec(mutated.edit);
    if (rename) {
      const original = [...renamedModels].find(([, now]) => now === rename[1])?.[0] ?? (rename[1] as string);
      renamedModels.set(original, rename[2] as string);
    }
  }
  if (edits.length === 0) return undefined;
  return { base: base.name, fromText: base.text, toText: text, from, to: model, edits, renamedModels };
}

export { Dice };
