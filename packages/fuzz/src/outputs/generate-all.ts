import { type GeneratedFile, type GeneratorResult, parseSchema } from "@cardinal/core";
import { generateMermaid } from "@cardinal/gen-mermaid";
import { generateSql } from "@cardinal/gen-sql";
import { generateTypes } from "@cardinal/gen-types";
import { generateZod } from "@cardinal/gen-zod";
import { noSqlForProvider, type RefusedDialect, refusalProblems, sqlRefusal } from "./sql-refusals.js";

/** The four generators' files for one schema, or the problems met on the way. */
export interface GeneratedOutputs {
  readonly types: readonly GeneratedFile[];
  readonly zod: readonly GeneratedFile[];
  readonly mermaid: readonly GeneratedFile[];
  readonly sql: readonly GeneratedFile[];
  /** Dialects gen-sql refused, as expected, for names their engine cannot tell apart (`sqlRefusal`). */
  readonly refusedSql: readonly RefusedDialect[];
  /** Other error diagnostics and throws, as `generator: message` lines. */
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

/**
 * Runs every generator with its default options on a valid schema; throws and error diagnostics become problems,
 * except gen-sql's refusals of a dialect for names its engine cannot tell apart (those dialects are listed).
 */
export function generateAll(text: string): GeneratedOutputs {
  const { model } = parseSchema(text);
  const problems: string[] = [];
  const refusedSql: RefusedDialect[] = [];
  const run = (name: keyof typeof generators): readonly GeneratedFile[] => {
    let result: GeneratorResult;
    try {
      result = generators[name](model);
    } catch (error) {
      problems.push(`${name}: threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return [];
    }
    for (const d of result.diagnostics.filter((diagnostic) => diagnostic.severity === "error")) {
      if (name === "sql" && noSqlForProvider(d) && result.files.length === 0) continue;
      const refused = name === "sql" ? sqlRefusal(d) : undefined;
      if (refused === undefined) problems.push(`${name}: ${d.code} ${d.message}`);
      else if (!refusedSql.includes(refused)) refusedSql.push(refused);
    }
    return result.files;
  };
  const outputs = { types: run("types"), zod: run("zod"), mermaid: run("mermaid"), sql: run("sql") };
  problems.push(...refusalProblems(refusedSql, outputs.sql));
  return { ...outputs, refusedSql, problems };
}
