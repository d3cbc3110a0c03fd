import { type GeneratedFile, type GeneratorResult, parseSchema } from "@cardinal/core";
import { generateMermaid } from "@cardinal/gen-mermaid";
import { generateSql } from "@cardinal/gen-sql";
import { generateTypes } from "@cardinal/gen-types";
import { generateZod } from "@cardinal/gen-zod";

/** The four generators' files for one schema, or the problems met on the way. */
export interface GeneratedOutputs {
  readonly types: readonly GeneratedFile[];
  readonly zod: readonly GeneratedFile[];
  readonly mermaid: readonly GeneratedFile[];
  readonly sql: readonly GeneratedFile[];
  /** Error diagnostics and throws, as `generator: message` lines. */
  readonly problems: readonly string[];
}

const generators = {
  types: generateTypes,
  zod: generateZod,
  mermaid: generateMermaid,
  sql: generateSql,
} as const;

/** `parseSchema` validity of `text`. */
export const isValidSchema = (text: string): boolean => parseSchema(text).valid;

/** Runs every generator with its default options on a valid schema; throws and error diagnostics become problems. */
export function generateAll(text: string): GeneratedOutputs {
  const { model } = parseSchema(text);
  const problems: string[] = [];
  const run = (name: keyof typeof generators): readonly GeneratedFile[] => {
    let result: GeneratorResult;
    try {
      result = generators[name](model);
    } catch (error) {
      problems.push(`${name}: threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return [];
    }
    for (const d of result.diagnostics.filter((diagnostic) => diagnostic.severity === "error"))
      problems.push(`${name}: ${d.code} ${d.message}`);
    return result.files;
  };
  return { types: run("types"), zod: run("zod"), mermaid: run("mermaid"), sql: run("sql"), problems };
}
