import { readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { createParseCache } from "@cardinal/core";
import { type CommandLine, type FlagValues, parseCommandLine } from "./args.js";
import type { CommandName } from "./commands.js";
import type { ConfigFlags } from "./config.js";
import { SchemaNotFoundError } from "./find-schema.js";
import { describeFileSystemError } from "./fs-error.js";
import { initProject } from "./init.js";
import { type JsonError, printReport } from "./json-report.js";
import { ConfigLoadError, type LoadedProject, loadProjectConfig } from "./load-config.js";
import { type Output, paint } from "./output.js";
import { checkOutputLocations } from "./output-location.js";
import { findProjectRoot } from "./project-root.js";
import { checkCommand, generateCommand, type RunContext, validateCommand } from "./run-commands.js";
import { commandUsage, usage } from "./usage.js";
import { UsageError } from "./usage-error.js";
import { watch } from "./watch.js";
import type { FileMemory } from "./write-output.js";

/** Exit codes: 0 success, 1 schema errors or stale output, 2 usage, config or file-system errors, 3 a bug. */
export const exitCodes = { ok: 0, failed: 1, usage: 2, internal: 3 } as const;

/** Runs `gen` with arguments; resolves with the exit code. Never throws for user mistakes. */
export async function runCli(argv: readonly string[], cwd: string, output: Output): Promise<number> {
  let line: CommandLine | undefined;
  try {
    line = parseCommandLine(argv);
    return await runCommand(line, cwd, output);
  } catch (error) {
    // Before the command line is understood, `--json` anywhere still asks for a JSON error.
    const json = line ? line.values.json === true : argv.includes("--json");
    return reportError(error, cwd, { json, debug: argv.includes("--debug"), command: line?.command ?? null }, output);
  }
}

async function runCommand(line: CommandLine, cwd: string, output: Output): Promise<number> {
  const { command, values, helpFor } = line;
  if (command === "help") return print(output, helpFor ? commandUsage(helpFor) : usage());
  if (values.help) return print(output, line.named ? commandUsage(command) : usage());
  if (values.version) return print(output, version());
  if (values.diff && !values["dry-run"])
    throw new UsageError("--diff shows the changes of --dry-run: add --dry-run.", "--diff");
  if (command === "validate" && values.format !== undefined && values.format !== "pretty" && values.format !== "json")
    throw new UsageError(`--format: expected pretty or json, received ${JSON.stringify(values.format)}.`, "--format");
  const context: RunContext = { command, values, output };
  if (command === "init") return initProject(resolve(cwd), values, output);
  // Without --config or --schema, `gen` works in the nearest project folder at or above `cwd`, as Prisma does.
  const root = values.config === undefined && values.schema === undefined ? findProjectRoot(resolve(cwd)) : cwd;
  if (command === "watch") {
    // With --json, stdout carries one JSON result per run: watch's own lines go to stderr.
    const lines = values.json ? { ...output, out: output.err } : output;
    const memory: FileMemory = new Map();
    const parseCache = createParseCache();
    return await watch({
      root: resolve(root),
      configFlag: values.config,
      load: () => loadProject(root, values),
      run: (config) => generateCommand(config, { ...context, memory, parseCache }),
      describeError: (error) => describeUserError(error, cwd)?.message,
      output: lines,
    });
  }
  const { config } = await loadProject(root, values);
  if (command === "check") return await checkCommand(config, context);
  // The migration code (and gen-sql's diff) loads only for `gen migrate`.
  if (command === "migrate") return await (await import("./migrate.js")).migrateCommand(config, context);
  if (command === "validate") return validateCommand(config, context);
  return await generateCommand(config, context);
}

/**
 * Every failure ends in one line: the path, what went wrong, what to do (or, with `--json`, a JSON result with
 * `error`). Usage, config and file-system errors exit 2; anything else is a bug (exit 3). `--debug` adds the stack.
 */
function reportError(
  error: unknown,
  cwd: string,
  how: { json: boolean; debug: boolean; command: CommandName | null },
  output: Output,
): number {
  const known = describeUserError(error, cwd);
  const exitCode = known ? exitCodes.usage : exitCodes.internal;
  const message = known?.message ?? `internal error: ${error instanceof Error ? error.message : String(error)}`;
  if (how.json) printReport(output, { command: how.command, exitCode, error: known ?? { code: "internal", message } });
  else
    output.err(
      `${paint(output.color.err, "red", "gen:")} ${message}${known ? "" : " (a bug: please report it with the output of --debug)"}`,
    );
  if (how.debug && error instanceof Error && error.stack) output.err(error.stack);
  return exitCode;
}

/** What a mistake of the user's or of the file system's is, and whom to blame; undefined for a bug. */
function describeUserError(error: unknown, cwd: string): JsonError | undefined {
  if (error instanceof UsageError) return { code: "usage", message: error.message, source: error.source };
  if (error instanceof ConfigLoadError) {
    const file = error.files[0];
    return { code: "config", message: error.message, ...(file ? { source: relative(resolve(cwd), file) } : {}) };
  }
  if (error instanceof SchemaNotFoundError) return { code: "schema-not-found", message: error.message };
  const message = describeFileSystemError(error, resolve(cwd));
  return message === undefined ? undefined : { code: "file-system", message };
}

function print(output: Output, text: string): number {
  output.out(text);
  return exitCodes.ok;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, "../package.json"), "utf8")) as { version: string };
  return pkg.version;
}

/** The config (loaded afresh on each call: `gen watch` reloads it) with the flags applied; its output checked. */
async function loadProject(cwd: string, values: FlagValues): Promise<LoadedProject> {
  const flags: ConfigFlags = {
    schema: values.schema,
    output: values.out,
    only: values.only,
    dialects: values.dialect,
    docs: values.docs,
  };
  const project = await loadProjectConfig(resolve(cwd), values.config, flags);
  checkOutputLocations(project.config, values.force === true);
  return project;
}
