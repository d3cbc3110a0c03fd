import type { Diagnostic } from "./diagnostics/diagnostic.js";
import type { SchemaModel } from "./model/types.js";

/** A file a generator produces: a path relative to the generator's output folder, and its full text. */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

/** What a generator returns: files, and diagnostics for what it could not generate (e.g. SQL for MongoDB). */
export interface GeneratorResult {
  readonly files: readonly GeneratedFile[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The generator contract: a pure function from a valid relation model and options to files. No file system,
 * no console, no clock; the same input gives the same bytes.
 */
export type Generator<Options> = (model: SchemaModel, options: Options) => GeneratorResult;
