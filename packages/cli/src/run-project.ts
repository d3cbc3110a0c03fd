import { resolve } from "node:path";
import { formatDiagnostic } from "@cardinal/core";
import { SchemaNotFoundError } from "./find-schema.js";
import { describeFileSystemError } from "./fs-error.js";
import { type GenerateResult, runGenerators } from "./generate.js";
import { ConfigLoadError, loadProjectConfig } from "./load-config.js";
import { checkOutputLocations } from "./output-location.js";
import { recover, unitsOf } from "./staging.js";
import { type WriteSummary, writeOutputs } from "./write-output.js";

/** Where and how `generateProject` runs. */
export interface ProjectRunOptions {
  /** The project folder: config files are read there, and every output folder must be inside it. */
  readonly root: string;
  /** The schema file or folder, relative to `root` or absolute. @default as `gen` finds it */
  readonly schema?: string;
  /** The generator block to read options from (Prisma's generator name). @default the block running cardinal-generator */
  readonly blockName?: string;
  /** Receives warnings (a damaged manifest, leftovers of an interrupted run removed). */
  readonly warn: (text: string) => void;
}

/** What a run did: the result in memory and, when the schema was valid, what was written. */
export interface ProjectRun {
  readonly result: GenerateResult;
  /** Per generator: written, unchanged and removed files; empty when the schema had errors (nothing written). */
  readonly summaries: readonly WriteSummary[];
}

/**
 * Does what `gen` does, for other entry points (the Prisma generator): loads the config (config file, Prisma config,
 * the schema's generator block), checks the output folders, runs the generators and writes all-or-nothing with the
 * manifest, removing files it generated before and no longer produces. A mistake of the user's or the file
 * system's throws an error whose message is one line (see `describeProblem`); schema errors come back as data.
 * @example const { result, summaries } = await generateProject({ root, schema: "prisma/schema.prisma", warn: console.warn });
 */
export async function generateProject(options: ProjectRunOptions): Promise<ProjectRun> {
  const { config } = await loadProjectConfig(options.root, undefined, { schema: options.schema }, options.blockName);
  const layout = checkOutputLocations(config, false);
  const result = await runGenerators(config);
  if (!result.valid) return { result, summaries: [] };
  const leftovers = recover(unitsOf(layout));
  if (leftovers.length > 0) options.warn(`removed what an interrupted run left: ${leftovers.join(", ")}`);
  return { result, summaries: writeOutputs(layout, result.outputs, options.warn) };
}

/**
 * One line for a user's or the file system's mistake (a config error, a missing schema, an output folder outside
 * the project, permissions); undefined for anything else (a bug).
 */
export function describeProblem(error: unknown, root: string): string | undefined {
  if (error instanceof ConfigLoadError || error instanceof SchemaNotFoundError)
    return error.message.replace(/:\n\s+/, ": ").replace(/\n\s+/g, "; ");
  return describeFileSystemError(error, resolve(root));
}

/** The errors of a run as one line: `file:line:col - error CODE: message`, and how many more there are. */
export function describeErrors(result: GenerateResult): string {
  const errors = [...result.diagnostics, ...result.outputs.flatMap((o) => o.diagnostics)].filter(
    (d) => d.severity === "error",
  );
  const [first] = errors;
  if (first === undefined) return "no errors";
  const more = errors.length - 1;
  return `${formatDiagnostic(first)}${more > 0 ? ` (and ${more} more error${more > 1 ? "s" : ""})` : ""}`;
}
