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

/**
 * Runs core and all four generators on a schema text. Types and zod use the single-file layout, so each tab shows
 * one self-contained file. Never throws on bad input: an invalid schema gives its diagnostics and empty outputs.
 */
export function generateAll(schema: string): PlaygroundOutputs {
  const { model, diagnostics, valid } = parseSchema(schema);
  if (!valid) return { diagnostics, valid, types: "", zod: "", mermaid: "", sql: emptySql, modelNames: [] };
  const notes: Diagnostic[] = [];
  const single = (result: GeneratorResult) => {
    notes.push(...result.diagnostics);
    return result.files.map((file) => file.content).join("\n");
  };
  const sqlResult = generateSql(model, { dialects: sqlDialects });
  notes.push(...sqlResult.diagnostics);
  const sqlFiles = sqlResult.files;
  const sql = Object.fromEntries(
    sqlDialects.map((dialect) => [dialect, sqlFiles.find((file) => file.path === `${dialect}.sql`)?.content ?? ""]),
  ) as Record<SqlDialect, string>;
  const types = single(generateTypes(model, { layout: "single-file" }));
  const zod = single(generateZod(model, { layout: "single-file", importExtension: "", dateTime: "coerce" }));
  const mermaidResult = generateMermaid(model, { split: "none" });
  notes.push(...mermaidResult.diagnostics);
  const mermaid = mermaidResult.files.find((file) => file.path.endsWith(".mmd"))?.content ?? "";
  return {
    diagnostics: [...diagnostics, ...notes],
    valid,
    types,
    zod,
    mermaid,
    sql,
    modelNames: model.models.filter((entry) => !entry.isIgnored).map((entry) => entry.name),
  };
}
