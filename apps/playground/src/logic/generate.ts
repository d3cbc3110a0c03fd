import { type Diagnostic, type GeneratorResult, parseSchema } from "@cardinal/core";
import { generateMermaid } from "@cardinal/gen-mermaid";
import { generateSql, type SqlDialect, sqlDialects } from "@cardinal/gen-sql";
import { defaultOptions, type PlaygroundOptions } from "./options.js";

/** One Mermaid diagram file. */
export interface DiagramFile {
  readonly path: string;
  readonly content: string;
}

/** The outputs that need no TypeScript compiler: what the page shows first. */
export interface QuickOutputs {
  readonly diagnostics: readonly Diagnostic[];
  /** False when a diagnostic is an error; the outputs are then empty. */
  readonly valid: boolean;
  /** Every diagram (one unless the `split` option splits the schema). */
  readonly diagrams: readonly DiagramFile[];
  readonly sql: Readonly<Record<SqlDialect, string>>;
  readonly modelNames: readonly string[];
  /** Relations between the drawn models: each is one line in the diagram. */
  readonly relationCount: number;
}

/** Every output of the playground for one schema text. */
export interface PlaygroundOutputs extends QuickOutputs {
  readonly types: string;
  readonly zod: string;
  /** The first diagram's Mermaid text. */
  readonly mermaid: string;
}

const emptySql: Record<SqlDialect, string> = { postgresql: "", mysql: "", sqlite: "" };

/** The content of one generated file, or "" when the generator wrote none (it then says why in a diagnostic). */
export function fileContent(result: GeneratorResult, path: string): string {
  return result.files.find((file) => file.path === path)?.content ?? "";
}

/**
 * Runs core, gen-mermaid and gen-sql on a schema text (the fast part: no TypeScript compiler). Never throws on bad
 * input: an invalid schema gives its diagnostics and empty outputs.
 */
export function generateQuick(schema: string, options: PlaygroundOptions = defaultOptions): QuickOutputs {
  const { model, diagnostics, valid } = parseSchema(schema);
  if (!valid) return { diagnostics, valid, diagrams: [], sql: emptySql, modelNames: [], relationCount: 0 };
  const mermaid = generateMermaid(model, { split: options.split, names: options.names });
  const sql = generateSql(model, { dialects: sqlDialects });
  return {
    diagnostics: [...diagnostics, ...[mermaid, sql].flatMap((result) => result.diagnostics)],
    valid,
    diagrams: mermaid.files.filter((file) => file.path.endsWith(".mmd")),
    sql: {
      postgresql: fileContent(sql, "postgresql.sql"),
      mysql: fileContent(sql, "mysql.sql"),
      sqlite: fileContent(sql, "sqlite.sql"),
    },
    modelNames: model.models.filter((entry) => !entry.isIgnored).map((entry) => entry.name),
    relationCount: model.relations.length,
  };
}
