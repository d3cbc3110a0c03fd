import { analyzeSchema } from "./analysis/analyze-schema.js";
import { createDiagnosticCollector } from "./diagnostics/collector.js";
import type { Diagnostic } from "./diagnostics/diagnostic.js";
import { createSourceFile } from "./diagnostics/source-file.js";
import type { SchemaModel } from "./model/types.js";
import { parseSchemaFile } from "./parser/parse-file.js";

/** One schema file: its path (used in diagnostics) and its text. */
export interface SchemaFile {
  readonly path: string;
  readonly content: string;
}

/** The result of `parseSchema`: the relation model and every diagnostic (errors and warnings). */
export interface ParseResult {
  /**
   * The relation model. Always present; when `valid` is false it holds what could be understood. Built on first
   * access (a getter that always answers the same object), so a caller that reads only the diagnostics skips it.
   */
  readonly model: SchemaModel;
  /** Diagnostics sorted by file, line and character. */
  readonly diagnostics: readonly Diagnostic[];
  /** True when no diagnostic is an error. Generators must only run on valid results. */
  readonly valid: boolean;
}

/**
 * Parses and validates a Prisma schema into Cardinal's relation model. Never throws on bad input: every
 * problem is a diagnostic with a code, a message, a file and a range.
 *
 * @param input The schema text (reported as `schema.prisma`), or the files of a multi-file schema.
 * @example
 * const { model, diagnostics, valid } = parseSchema(`model User {\n  id Int @id\n}\n`);
 */
export function parseSchema(input: string | readonly SchemaFile[]): ParseResult {
  const files = typeof input === "string" ? [{ path: "schema.prisma", content: input }] : input;
  const collector = createDiagnosticCollector();
  const parsed = files.map((file) => {
    const source = createSourceFile(file.path, file.content);
    return { file: source, ast: parseSchemaFile(source, collector.forFile(source)) };
  });
  const buildModel = analyzeSchema(parsed, collector);
  const diagnostics = [...collector.diagnostics].sort(compareDiagnostics);
  let model: SchemaModel | undefined;
  return {
    get model() {
      model ??= buildModel();
      return model;
    },
    diagnostics,
    valid: !diagnostics.some((diagnostic) => diagnostic.severity === "error"),
  };
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}
