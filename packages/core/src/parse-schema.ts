import { analyzeSchema } from "./analysis/analyze-schema.js";
import { createDiagnosticCollector, type DiagnosticCollector } from "./diagnostics/collector.js";
import type { Diagnostic } from "./diagnostics/diagnostic.js";
import { createSourceFile, type SourceFile } from "./diagnostics/source-file.js";
import type { SchemaModel } from "./model/types.js";
import type { SchemaFileAst } from "./parser/ast.js";
import { parseSchemaFile } from "./parser/parse-file.js";

/** One schema file: its path (used in diagnostics) and its text. */
export interface SchemaFile {
  readonly path: string;
  readonly content: string;
}

/** The result of `parseSchema`: the relation model and every diagnostic (errors and warnings). */
export interface ParseResult {
  /** The relation model. Always present; when `valid` is false it holds what could be understood. */
  readonly model: SchemaModel;
  /** Diagnostics sorted by file, line and character. */
  readonly diagnostics: readonly Diagnostic[];
  /** True when no diagnostic is an error. Generators must only run on valid results. */
  readonly valid: boolean;
}

/** One file as `parseSchema` last read it: its text, syntax tree and syntax diagnostics. */
interface ParsedFile {
  readonly content: string;
  readonly file: SourceFile;
  readonly ast: SchemaFileAst;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The syntax trees of a schema's files, kept from one `parseSchema` call to the next by a long-running caller
 * (`gen watch`): a file whose path and text are unchanged is not parsed again (the rules are checked again, as they
 * span files). Made by `createParseCache`; holds only the files of the last call.
 */
export interface ParseCache {
  readonly files: Map<string, ParsedFile>;
}

/** An empty cache for `parseSchema`'s `cache` option. */
export function createParseCache(): ParseCache {
  return { files: new Map() };
}

/** Options of `parseSchema`. */
export interface ParseOptions {
  /** Syntax trees of an earlier call to reuse for files whose text is unchanged (see `createParseCache`). */
  readonly cache?: ParseCache;
}

/**
 * Parses and validates a Prisma schema into Cardinal's relation model. Never throws on bad input: every
 * problem is a diagnostic with a code, a message, a file and a range.
 *
 * @param input The schema text (reported as `schema.prisma`), or the files of a multi-file schema.
 * @example
 * const { model, diagnostics, valid } = parseSchema(`model User {\n  id Int @id\n}\n`);
 */
export function parseSchema(input: string | readonly SchemaFile[], options: ParseOptions = {}): ParseResult {
  const { buildModel, diagnostics, valid } = checkSchema(input, options);
  return { model: buildModel(), diagnostics, valid };
}

/** What `validateSchema` answers: the diagnostics of `parseSchema`, without the relation model. */
export interface ValidationResult {
  /** Diagnostics sorted by file, line and character. */
  readonly diagnostics: readonly Diagnostic[];
  /** True when no diagnostic is an error. */
  readonly valid: boolean;
}

/**
 * Checks a Prisma schema against every rule, as `parseSchema` does, without building the relation model: for a
 * caller that wants only the diagnostics (`gen validate`; about 5% less work than `parseSchema`).
 * @example const { diagnostics, valid } = validateSchema(text);
 */
export function validateSchema(input: string | readonly SchemaFile[], options: ParseOptions = {}): ValidationResult {
  const { diagnostics, valid } = checkSchema(input, options);
  return { diagnostics, valid };
}

/** Parses and checks every file; `buildModel` builds the relation model from what was checked. */
function checkSchema(input: string | readonly SchemaFile[], options: ParseOptions) {
  const files = typeof input === "string" ? [{ path: "schema.prisma", content: input }] : input;
  const collector = createDiagnosticCollector();
  const parsed = files.map((file) => parseFile(file, collector, options.cache));
  if (options.cache) forgetOthers(options.cache, files);
  const buildModel = analyzeSchema(parsed, collector);
  const diagnostics = [...collector.diagnostics].sort(compareDiagnostics);
  return { buildModel, diagnostics, valid: !diagnostics.some((diagnostic) => diagnostic.severity === "error") };
}

/** One file's syntax tree, from the cache when its text is unchanged; its syntax diagnostics go to the collector. */
function parseFile(file: SchemaFile, collector: DiagnosticCollector, cache: ParseCache | undefined): ParsedFile {
  const known = cache?.files.get(file.path);
  if (known && known.content === file.content) {
    collector.diagnostics.push(...known.diagnostics);
    return known;
  }
  const source = createSourceFile(file.path, file.content);
  const before = collector.diagnostics.length;
  const ast = parseSchemaFile(source, collector.forFile(source));
  const parsed = { content: file.content, file: source, ast, diagnostics: collector.diagnostics.slice(before) };
  cache?.files.set(file.path, parsed);
  return parsed;
}

/** Drops the files that are no longer part of the schema. */
function forgetOthers(cache: ParseCache, files: readonly SchemaFile[]): void {
  const current = new Set(files.map((file) => file.path));
  for (const path of cache.files.keys()) if (!current.has(path)) cache.files.delete(path);
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}
