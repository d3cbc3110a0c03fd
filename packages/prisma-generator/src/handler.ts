import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { describeErrors, describeProblem, generateProject } from "@cardinal/cli";
import type { GeneratorManifest, GeneratorOptions } from "@prisma/generator-helper";

/**
 * What Cardinal tells Prisma about itself: its name in Prisma's messages, and where it writes when the block has no
 * `output` (relative to the schema file, like other generators). It needs no engine and no other generator.
 */
export const manifest: GeneratorManifest = {
  prettyName: "Cardinal",
  defaultOutput: "../generated",
  requiresGenerators: [],
  requiresEngines: [],
};

/** A mistake Cardinal reports to Prisma: one line, no stack trace. */
export class CardinalGeneratorError extends Error {
  override readonly name = "CardinalGeneratorError";
  constructor(message: string) {
    super(`Cardinal: ${message}`);
    // Prisma prints the stack it is sent when there is one: the message is all the user needs.
    this.stack = this.message;
  }
}

/**
 * Runs Cardinal for `prisma generate`: the schema Prisma loaded (`schemaPath`, a file or a folder of `.prisma`
 * files, read from disk so that diagnostics point at the lines written; Prisma's `datamodel` is a merged copy), with
 * the options of this generator block, the project's `cardinal.config.*` winning, written exactly as `gen` writes.
 * Every problem is thrown as a `CardinalGeneratorError` with a one-line message (Prisma reports it and exits
 * non-zero), never a stack trace.
 */
export async function onGenerate(options: GeneratorOptions): Promise<void> {
  const root = projectRoot(options.schemaPath);
  const warn = (text: string) => console.warn(`Cardinal: warning: ${text}`);
  let run: Awaited<ReturnType<typeof generateProject>>;
  try {
    run = await generateProject({ root, schema: options.schemaPath, blockName: options.generator.name, warn });
  } catch (error) {
    const problem = describeProblem(error, root);
    if (problem === undefined) throw error;
    throw new CardinalGeneratorError(problem);
  }
  if (!run.result.valid) throw new CardinalGeneratorError(describeErrors(run.result));
}

/**
 * The project a schema belongs to: the nearest folder above it with a package.json (every output folder must be
 * inside it), else the folder Prisma runs in.
 */
export function projectRoot(schemaPath: string): string {
  let folder = statSync(schemaPath).isDirectory() ? schemaPath : dirname(schemaPath);
  for (; !existsSync(join(folder, "package.json")); folder = dirname(folder))
    if (dirname(folder) === folder) return process.cwd();
  return folder;
}
