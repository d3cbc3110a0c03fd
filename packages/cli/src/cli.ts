import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { parseSchema } from "@cardinal/core";
import type { ConfigFlags, GeneratorName, ResolvedConfig } from "./config.js";
import { staleDocs, writeDocs } from "./docs.js";
import { findSchemaPath, readSchemaFiles, SchemaNotFoundError } from "./find-schema.js";
import { describeFileSystemError } from "./fs-error.js";
import { type GenerateResult, runGenerators } from "./generate.js";
import { initProject } from "./init.js";
import { ConfigLoadError, type LoadedProject, loadProjectConfig } from "./load-config.js";
import { diagnosticsJson, type Output, printDiagnostics } from "./output.js";
import { checkOutputLocations, type OutputLayout, shown } from "./output-location.js";
import { recover, unitsOf } from "./staging.js";
import { usage } from "./usage.js";
import { watch } from "./watch.js";
import { writeOutputs } from "./write-output.js";

/** The comparison behind `check` and `--dry-run` needs TypeScript's scanner: loaded only then. */
const loadCheck = () => import("./check-output.js");

/** Exit codes: 0 success, 1 schema errors or stale output, 2 usage, config or file-system errors, 3 a bug. */
export const exitCodes = { ok: 0, failed: 1, usage: 2, internal: 3 } as const;

const options = {
  schema: { type: "string" },
  out: { type: "string" },
  only: { type: "string" },
  dialect: { type: "string" },
  docs: { type: "string", multiple: true },
  config: { type: "string" },
  format: { type: "string" },
  "dry-run": { type: "boolean" },
  json: { type: "boolean" },
  quiet: { type: "boolean" },
  force: { type: "boolean" },
  debug: { type: "boolean" },
  watch: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>["values"];

/** A usage or config problem, printed as one line, exit code 2. */
class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Runs `gen` with arguments; resolves with the exit code. Never throws for user mistakes. */
export async function runCli(argv: readonly string[], cwd: string, output: Output): Promise<number> {
  try {
    const { values, positionals } = parseCommandLine(argv);
    if (values.help) return print(output, usage);
    if (values.version) return print(output, version());
    const command = positionals[0] ?? (values.watch ? "watch" : "generate");
    if (positionals.length > 1) throw new UsageError(`unexpected argument: ${positionals[1]}. See gen --help.`);
    if (command === "init") return initProject(cwd, output);
    if (command === "watch")
      return await watch({
        root: resolve(cwd),
        configFlag: values.config,
        load: () => loadProject(cwd, values),
        run: (config) => generateCommand(config, values, output),
        describeError: (error) => describeUserError(error, cwd),
        output,
      });
    const config = (await loadProject(cwd, values)).config;
    switch (command) {
      case "generate":
        return await generateCommand(config, values, output);
      case "check":
        return await checkCommand(config, values, output);
      case "validate":
        return validateCommand(config, values, output);
      default:
        throw new UsageError(`unknown command: ${command}. Expected generate, check, validate, watch or init.`);
    }
  } catch (error) {
    return reportError(error, cwd, argv.includes("--debug"), output);
  }
}

/**
 * Every failure ends in one line: the path, what went wrong, what to do. Usage, config and file-system errors exit 2;
 * anything else is a bug (exit 3). `--debug` adds the stack trace.
 */
function reportError(error: unknown, cwd: string, debug: boolean, output: Output): number {
  const known = describeUserError(error, cwd);
  const message = known ?? `internal error: ${error instanceof Error ? error.message : String(error)}`;
  output.err(`gen: ${message}${known ? "" : " (a bug: please report it with the output of --debug)"}`);
  if (debug && error instanceof Error && error.stack) output.err(error.stack);
  return known ? exitCodes.usage : exitCodes.internal;
}

/** The one-line message of a mistake of the user's or of the file system's; undefined for a bug. */
function describeUserError(error: unknown, cwd: string): string | undefined {
  if (error instanceof UsageError || error instanceof ConfigLoadError || error instanceof SchemaNotFoundError) {
    return error.message;
  }
  return describeFileSystemError(error, resolve(cwd));
}

function parseCommandLine(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\. To specify.*$/s, "")}. See gen --help.`);
  }
}

function print(output: Output, text: string): number {
  output.out(text);
  return exitCodes.ok;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, "../package.json"), "utf8")) as { version: string };
  return pkg.version;
}

const list = (value: string | undefined) =>
  value
    ?.split(",")
    .map((item) => item.trim())
    .filter(Boolean);

/** The config (loaded afresh on each call: `gen watch` reloads it) with the flags applied; its output checked. */
async function loadProject(cwd: string, values: Values): Promise<LoadedProject> {
  const flags: ConfigFlags = {
    schema: values.schema,
    output: values.out,
    only: list(values.only),
    dialects: list(values.dialect),
    docs: values.docs,
  };
  const project = await loadProjectConfig(resolve(cwd), values.config, flags);
  checkOutputLocations(project.config, values.force === true);
  return project;
}

/**
 * Runs the generators; prints diagnostics; returns the result. A generator that does not apply to the schema
 * (SQL on MongoDB) is skipped with one line when it merely is configured or on by default, and is a usage error
 * when the command line asks for it by name (`--only sql`, or `--dialect`).
 */
async function runAndReport(config: ResolvedConfig, values: Values, output: Output): Promise<GenerateResult> {
  const result = await runGenerators(config);
  const requested = new Set([...(list(values.only) ?? []), ...(values.dialect === undefined ? [] : ["sql"])]);
  const refused = result.skipped.find((skip) => requested.has(skip.generator));
  if (refused) {
    const flag = values.only === undefined ? "--dialect" : `--only ${values.only}`;
    throw new UsageError(`${flag}: ${refused.reason.replace(/;.*$/, "")}. Leave out ${refused.generator}.`);
  }
  if (!values.json && !values.quiet)
    for (const skip of result.skipped) output.out(`${skip.generator.padEnd(8)} skipped: ${skip.reason}`);
  const diagnostics = [...result.diagnostics, ...result.outputs.flatMap((o) => o.diagnostics)];
  if (!values.json)
    printDiagnostics(
      { ...output, err: values.quiet && result.valid ? () => {} : output.err },
      diagnostics,
      result.schemaFiles,
    );
  return result;
}

/** Prints a warning line on stderr (a damaged manifest, leftovers removed), unless `--quiet`. */
const warner = (values: Values, output: Output) => (text: string) => {
  if (!values.quiet) output.err(`gen: warning: ${text}`);
};

async function generateCommand(config: ResolvedConfig, values: Values, output: Output): Promise<number> {
  const layout = checkOutputLocations(config, values.force === true);
  const result = await runAndReport(config, values, output);
  if (!result.valid) {
    if (values.json)
      output.out(
        JSON.stringify({
          valid: false,
          diagnostics: diagnosticsJson([...result.diagnostics, ...result.outputs.flatMap((o) => o.diagnostics)]),
        }),
      );
    return exitCodes.failed;
  }
  if (values["dry-run"]) {
    const report = (await loadCheck()).checkOutputs(layout, result.outputs);
    const docs = result.docs.filter((file) => file.content !== file.current).map((file) => file.path);
    if (values.json)
      output.out(
        JSON.stringify({
          valid: true,
          dryRun: true,
          wouldWrite: [...report.missing, ...report.stale, ...docs],
          wouldRemove: report.extra,
        }),
      );
    else if (!values.quiet)
      output.out(
        `dry run: would write ${report.missing.length + report.stale.length + docs.length} file(s), remove ${report.extra.length}; nothing written`,
      );
    return exitCodes.ok;
  }
  const leftovers = recover(unitsOf(layout));
  if (leftovers.length > 0)
    warner(
      values,
      output,
    )(`removed what an interrupted run left: ${leftovers.map((p) => shown(layout.root, p)).join(", ")}`);
  const summaries = writeOutputs(layout, result.outputs, warner(values, output));
  const docs = writeDocs(result.docs);
  if (values.json) {
    output.out(
      JSON.stringify({
        valid: true,
        diagnostics: diagnosticsJson(result.diagnostics),
        generators: summaries.map((s) => ({ ...s, milliseconds: Math.round(s.milliseconds) })),
        skipped: result.skipped,
        ...(result.docs.length > 0 ? { docs } : {}),
      }),
    );
  } else if (!values.quiet) {
    for (const s of summaries) {
      const parts = [
        `${s.written.length} written`,
        `${s.unchanged.length} unchanged`,
        ...(s.removed.length > 0 ? [`${s.removed.length} removed`] : []),
      ];
      output.out(
        `${s.generator.padEnd(8)} ${parts.join(", ")} (${Math.round(s.milliseconds)} ms) → ${folderOf(layout, s.generator)}`,
      );
    }
    if (result.docs.length > 0)
      output.out(
        `docs     ${docs.written.length} written, ${docs.unchanged.length} unchanged → ${result.docs.map((f) => f.path).join(", ")}`,
      );
  }
  return exitCodes.ok;
}

const folderOf = (layout: OutputLayout, generator: GeneratorName) =>
  shown(layout.root, layout.generators.get(generator) ?? layout.outputRoot);

async function checkCommand(config: ResolvedConfig, values: Values, output: Output): Promise<number> {
  const layout = checkOutputLocations(config, values.force === true);
  const result = await runAndReport(config, values, output);
  if (!result.valid) return exitCodes.failed;
  const report = (await loadCheck()).checkOutputs(layout, result.outputs, warner(values, output));
  const docs = staleDocs(result.docs);
  const upToDate =
    report.stale.length + report.missing.length + report.extra.length + report.leftovers.length + docs.length === 0;
  if (values.json) output.out(JSON.stringify({ upToDate, ...report, staleDocs: docs }));
  else if (upToDate) {
    if (!values.quiet) output.out("gen check: all generated files are up to date");
  } else {
    const lines = [
      ...report.stale.map((f) => `  stale    ${f}`),
      ...report.missing.map((f) => `  missing  ${f}`),
      ...report.extra.map((f) => `  extra    ${f}`),
      ...report.leftovers.map((f) => `  leftover ${f} (from an interrupted run)`),
      ...docs.map((f) => `  stale    ${f} (the diagram embedded below this marker line)`),
    ];
    output.err(`gen check: generated files are out of date (run \`gen\`):\n${lines.join("\n")}`);
  }
  return upToDate ? exitCodes.ok : exitCodes.failed;
}

function validateCommand(config: ResolvedConfig, values: Values, output: Output): number {
  const format = values.format ?? (values.json ? "json" : "pretty");
  if (format !== "pretty" && format !== "json")
    throw new UsageError(`--format: expected pretty or json, received ${JSON.stringify(format)}`);
  const files = readSchemaFiles(config.root, findSchemaPath(config.root, config.schema));
  const { diagnostics, valid } = parseSchema(files);
  if (format === "json") output.out(JSON.stringify({ valid, diagnostics: diagnosticsJson(diagnostics) }));
  else {
    printDiagnostics(output, diagnostics, files);
    if (valid && !values.quiet) output.out(`${files.map((f) => f.path).join(", ")}: valid`);
  }
  return valid ? exitCodes.ok : exitCodes.failed;
}
