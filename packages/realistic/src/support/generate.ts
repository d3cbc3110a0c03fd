import type { Diagnostic, GeneratorResult, SchemaModel } from "@cardinal/core";
import { generateMermaid } from "@cardinal/gen-mermaid";
import { generateSql } from "@cardinal/gen-sql";
import { generateTypes } from "@cardinal/gen-types";
import { generateZod } from "@cardinal/gen-zod";

/** The generators the suite runs, each with its default options. */
export const generators = {
  types: (model: SchemaModel) => generateTypes(model),
  zod: (model: SchemaModel) => generateZod(model),
  mermaid: (model: SchemaModel) => generateMermaid(model),
  sql: (model: SchemaModel) => generateSql(model),
} as const satisfies Record<string, (model: SchemaModel) => GeneratorResult>;

/** A generator's name. */
export type GeneratorName = keyof typeof generators;

/** The generator names, in a fixed order. */
export const generatorNames = Object.keys(generators) as GeneratorName[];

/** Diagnostics as `file:line code message` lines. */
export function diagnosticLines(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.file}:${d.range.start.line + 1} ${d.severity} ${d.code} ${d.message}`);
}
