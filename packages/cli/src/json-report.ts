import type { Diagnostic } from "@cardinal/core";
import type { CommandName } from "./commands.js";
import type { GeneratorName } from "./config.js";
import type { SkippedGenerator } from "./generate.js";
import { diagnosticsJson, type Output } from "./output.js";

/** The version of the `--json` shape; raised on any change that is not an added optional field. */
export const jsonVersion = 1;

/** What happens (or happened, or would happen) to a file: `leftover` is what an interrupted run left (`check`). */
export type FileChange = "create" | "update" | "delete" | "unchanged" | "leftover";

/** One file of a `--json` result; `path` is relative to the project root, with `/`. */
export interface FileEntry {
  readonly path: string;
  readonly change: FileChange;
  readonly generator?: GeneratorName;
  /** A Markdown file with diagrams embedded between markers (`docs`): the user's file, never created or deleted. */
  readonly docs?: true;
  /** With `docs`, in `check`: the line of the stale block's start marker. */
  readonly line?: number;
}

/** One generator's counts and time. */
export interface GeneratorEntry {
  readonly generator: GeneratorName;
  readonly milliseconds: number;
  readonly create: number;
  readonly update: number;
  readonly delete: number;
  readonly unchanged: number;
}

/** Why a command failed before (or instead of) its work: usage, config, schema not found, file system, a bug. */
export interface JsonError {
  readonly code: "usage" | "config" | "schema-not-found" | "file-system" | "internal";
  readonly message: string;
  /** The flag or file to blame (`--only`, `cardinal.config.ts`), when there is one. */
  readonly source?: string;
}

/** The one JSON object every command prints on stdout with `--json` (see `schema/gen-output.schema.json`). */
export interface JsonReport {
  readonly version: typeof jsonVersion;
  /** The command, or null when the command line could not be read. */
  readonly command: CommandName | null;
  readonly ok: boolean;
  readonly exitCode: number;
  /** True when nothing was written (`--dry-run`, `check`, `validate`). */
  readonly dryRun: boolean;
  readonly diagnostics: ReturnType<typeof diagnosticsJson>;
  readonly files: readonly FileEntry[];
  readonly generators: readonly GeneratorEntry[];
  readonly skipped: readonly SkippedGenerator[];
  readonly error: JsonError | null;
}

/** The parts of a report a command fills in; the rest defaults to empty. */
export interface ReportParts {
  readonly command: CommandName | null;
  readonly exitCode: number;
  readonly dryRun?: boolean;
  readonly diagnostics?: readonly Diagnostic[];
  readonly files?: readonly FileEntry[];
  readonly generators?: readonly GeneratorEntry[];
  readonly skipped?: readonly SkippedGenerator[];
  readonly error?: JsonError;
}

/** Builds the report: `ok` is exit code 0. */
export function jsonReport(parts: ReportParts): JsonReport {
  return {
    version: jsonVersion,
    command: parts.command,
    ok: parts.exitCode === 0,
    exitCode: parts.exitCode,
    dryRun: parts.dryRun ?? false,
    diagnostics: diagnosticsJson(parts.diagnostics ?? []),
    files: parts.files ?? [],
    generators: parts.generators ?? [],
    skipped: parts.skipped ?? [],
    error: parts.error ?? null,
  };
}

/** Prints the report as one line on stdout; returns its exit code. */
export function printReport(output: Output, parts: ReportParts): number {
  output.out(JSON.stringify(jsonReport(parts)));
  return parts.exitCode;
}
