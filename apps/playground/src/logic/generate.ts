import { type Diagnostic, type GeneratorResult, parseSchema } from "@cardinal/core";
import { generateMermaid } from "@cardinal/gen-mermaid";
import { generateSql, type SqlDialect, sqlDialects } from "@cardinal/gen-sql";
import { generateTypes } from "@cardinal/gen-types";
import { generateZod } from "@cardinal/gen-zod";

/** Every output of the playground for one schema text. */
export interface PlaygroundOutputs {
  readonly diagnostics: readonly Diagnostic[];
  /** False when a diagnostic is an error; the outputs are then empty. */
  readonly valid: boolean;
  readonly types: string;
  readonly zod: string;
  /** One Mermaid diagram (never split: the playground draws the whole schema). */
  readonly mermaid: string;
  readonly sql: Readonly<Record<SqlDialect, string>>;
  readonly modelNames: readonly string[];
}

const emptySql: Record<SqlDialect, string> = { postgresql: "", mysql: "", sqlite: "" };

/** The content of one generated file, or "" when the generator wrote none (it then says why in a diagnostic). */
function content(result: GeneratorResult, path: string): string {
  return result.files.find((file) => file.path === path)?.content ?? "";
}

/**
 * Runs core and all four generators on a schema text. Types and zod use the single-file layout, so each tab shows
 * one self-contained file. Never throws on bad input: an invalid schema gives its diagnostics and empty outputs.
 */
export function generateAll(schema: string): PlaygroundOutputs {
  const { model, diagnostics, valid } = parseSchema(schema);
  if (!valid) return { diagnostics, valid, types: "", zod: "", mermaid: "", sql: emptySql, modelNames: [] };
  const types = generateTypes(model, { layout: "single-file" });
  const zod = generateZod(model, { layout: "single-file", importExtension: "", dateTime: "coerce" });
  const mermaid = generateMermaid(model, { split: "none" });
  const sql = generateSql(model, { dialects: sqlDialects });
  return {
    diagnostics: [...diagnostics, ...[types, zod, mermaid, sql].flatMap((result) => result.diagnostics)],
    valid,
    types: content(types, "index.ts"),
    zod: content(zod, "index.ts"),
    mermaid: content(mermaid, "schema.mmd"),
    sql: {
      postgresql: content(sql, "postgresql.sql"),
      mysql: content(sql, "mysql.sql"),
      sqlite: content(sql, "sqlite.sql"),
    },
    modelNames: model.models.filter((entry) => !entry.isIgnored).map((entry) => entry.name),
  };
}
