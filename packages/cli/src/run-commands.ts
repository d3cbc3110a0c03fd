import { join, relative, sep } from "node:path";
import { type ParseCache, parseSchema, validateSchema } from "@cardinal/core";
import type { FlagValues } from "./args.js";
import type { CommandName } from "./commands.js";
import type { GeneratorName, ResolvedConfig } from "./config.js";
import { type DocsFile, staleDocs, writeDocs } from "./docs.js";
import { findSchemaPath, readSchemaFiles } from "./find-schema.js";
import { type GenerateResult, runGenerators } from "./generate.js";
import { type FileEntry, type GeneratorEntry, printReport } from "./json-report.js";
import { type Output, paint, printDiagnostics } from "./output.js";
import { checkOutputLocations, type OutputLayout, shown } from "./output-location.js";
import { createProgress, type Progress } from "./progress.js";
import { optionShortcuts } from "./registry.js";
import { recover, unitsOf } from "./staging.js";
import { UsageError } from "./usage-error.js";
import { type FileMemory, type WriteSummary, writeOutputs } from "./write-output.js";

/** The comparison behind `check` needs TypeScript's scanner: loaded only then. */
// Loaded when a command needs them, so `gen validate` and a plain `gen` load no jsdiff and no migration code.
const loadCheck = () => import("./check-output.js");
const loadDryRun = () => import("./dry-run.js");
const loadMigrate = () => import("./migrate.js");

/** What a command runs with: its name (in `--json`), its flags, where it prints. */
export interface RunContext {
  readonly command: CommandName;
  readonly values: FlagValues;
  readonly output: Output;
  /** Kept from run to run by `gen watch`: the files it read or wrote (see FileMemory). */
  readonly memory?: FileMemory;
  /** Kept from run to run by `gen watch`: the syntax trees of the schema's files (see ParseCache). */
  readonly parseCache?: ParseCache;
}

/**
 * Runs the generators; prints diagnostics (not with `--json`); returns the result. A generator that does not apply
 * to the schema (SQL on MongoDB) is skipped with one line when it merely is configured or on by default, and is a
 * usage error blamed on the flag when the command line asks for it by name (`--only sql`, or `--dialect`).
 */
async function runAndReport(config: ResolvedConfig, context: RunContext, progress: Progress): Promise<GenerateResult> {
  const { values, output } = context;
  const result = await runGenerators(config, progress.report, context.parseCache);
  const dialectsOf = values.dialect === undefined ? [] : [optionShortcuts.dialects.generator];
  const requested = new Set<string>([...(values.only ?? []), ...dialectsOf]);
  const refused = result.skipped.find((skip) => requested.has(skip.generator));
  if (refused) {
    progress.finish();
    const flag = values.only?.includes(refused.generator) ? "--only" : "--dialect";
    throw new UsageError(`${flag}: ${refused.reason.replace(/;.*$/, "")}. Leave out ${refused.generator}.`, flag);
  }
  if (values.json) return result;
  progress.finish();
  if (!values.quiet)
    for (const skip of result.skipped) output.out(`${skip.generator.padEnd(8)} skipped: ${skip.reason}`);
  const diagnostics = [...result.diagnostics, ...result.outputs.flatMap((o) => o.diagnostics)];
  const quietValid = values.quiet && result.valid;
  printDiagnostics({ ...output, err: quietValid ? () => {} : output.err }, diagnostics, result.schemaFiles);
  return result;
}

const allDiagnostics = (result: GenerateResult) => [
  ...result.diagnostics,
  ...result.outputs.flatMap((o) => o.diagnostics),
];

/** Prints a warning line on stderr (a damaged manifest, leftovers removed), unless `--quiet`. */
const warner =
  ({ values, output }: RunContext) =>
  (text: string) => {
    if (!values.quiet) output.err(`gen: warning: ${text}`);
  };

/** How long a run goes before its status line shows; `CARDINAL_PROGRESS_AFTER_MS` changes it (tests set 0). */
const progressDelayMs = () => {
  const value = Number(process.env.CARDINAL_PROGRESS_AFTER_MS);
  return Number.isFinite(value) && value >= 0 ? value : 1000;
};

const progressOf = ({ values, output }: RunContext) =>
  createProgress(output, !values.quiet && !values.json, progressDelayMs());

/** `gen` / `gen generate` (and each run of `gen watch`): generate and write, or with `--dry-run` list the changes. */
export async function generateCommand(config: ResolvedConfig, context: RunContext): Promise<number> {
  const { values, output, command } = context;
  const layout = checkOutputLocations(config, values.force === true);
  const progress = progressOf(context);
  const result = await runAndReport(config, context, progress);
  if (!result.valid) {
    if (values.json) return printReport(output, { command, exitCode: 1, diagnostics: allDiagnostics(result) });
    return 1;
  }
  if (values["dry-run"]) {
    const { planChanges, printDryRun } = await loadDryRun();
    const changes = planChanges(layout, result.outputs, warner(context));
    if (values.json) {
      const files = changes.map(({ path, change, generator }) => ({
        path,
        change,
        ...(generator ? { generator } : {}),
      }));
      const generators = result.outputs.map((o) => countsOf(o.generator, o.milliseconds, files));
      const diagnostics = allDiagnostics(result);
      return printReport(output, {
        command,
        exitCode: 0,
        dryRun: true,
        diagnostics,
        files: [...files, ...docsEntries(result.docs)],
        generators,
        skipped: result.skipped,
      });
    }
    if (!values.quiet) {
      await printDryRun(output, changes, values.diff === true);
      for (const file of result.docs.filter((f) => f.content !== f.current))
        output.out(`docs     would update the diagrams in ${file.path}`);
    }
    return 0;
  }
  const leftovers = recover(unitsOf(layout));
  if (leftovers.length > 0)
    warner(context)(`removed what an interrupted run left: ${leftovers.map((p) => shown(layout.root, p)).join(", ")}`);
  progress.report({ kind: "write", files: result.outputs.reduce((n, o) => n + o.files.length, 0) });
  const summaries = writeOutputs(layout, result.outputs, warner(context), context.memory);
  const docs = writeDocs(result.docs);
  progress.finish();
  if (values.json) {
    const files = [...summaries.flatMap((s) => filesOf(layout, s)), ...docsEntries(result.docs)];
    const generators = summaries.map((s) => countsOf(s.generator, s.milliseconds, files));
    return printReport(output, {
      command,
      exitCode: 0,
      diagnostics: allDiagnostics(result),
      files,
      generators,
      skipped: result.skipped,
    });
  }
  if (!values.quiet) for (const s of summaries) output.out(summaryLine(layout, s));
  if (!values.quiet && result.docs.length > 0)
    output.out(
      `docs     ${docs.written.length} written, ${docs.unchanged.length} unchanged → ${result.docs.map((f) => f.path).join(", ")}`,
    );
  return 0;
}

/** Markdown files with embedded diagrams: `update` where a block changes (or is stale), else `unchanged`. */
function docsEntries(files: readonly DocsFile[]): FileEntry[] {
  return files.map((file) => ({
    path: file.path,
    change: file.content === file.current ? ("unchanged" as const) : ("update" as const),
    docs: true,
  }));
}

/** A path relative to the output folder, as one relative to the project root with `/`. */
const fromOutput = (layout: OutputLayout, path: string) =>
  relative(layout.root, join(layout.outputRoot, path)).split(sep).join("/");

function filesOf(layout: OutputLayout, s: WriteSummary): FileEntry[] {
  const entry = (change: FileEntry["change"]) => (path: string) => ({
    path: fromOutput(layout, path),
    change,
    generator: s.generator,
  });
  return [
    ...s.created.map(entry("create")),
    ...s.written.filter((path) => !s.created.includes(path)).map(entry("update")),
    ...s.removed.map(entry("delete")),
    ...s.unchanged.map(entry("unchanged")),
  ];
}

function countsOf(generator: GeneratorName, milliseconds: number, files: readonly FileEntry[]): GeneratorEntry {
  const count = (change: FileEntry["change"]) =>
    files.filter((f) => f.generator === generator && f.change === change).length;
  return {
    generator,
    milliseconds: Math.round(milliseconds),
    create: count("create"),
    update: count("update"),
    delete: count("delete"),
    unchanged: count("unchanged"),
  };
}

function summaryLine(layout: OutputLayout, s: WriteSummary): string {
  const parts = [
    `${s.written.length} written`,
    `${s.unchanged.length} unchanged`,
    ...(s.removed.length > 0 ? [`${s.removed.length} removed`] : []),
  ];
  const folder = shown(layout.root, layout.generators.get(s.generator) ?? layout.outputRoot);
  return `${s.generator.padEnd(8)} ${parts.join(", ")} (${Math.round(s.milliseconds)} ms) → ${folder}`;
}

/** `gen check`: exit 1 when a file on disk is stale, missing, extra or left by an interrupted run. */
export async function checkCommand(config: ResolvedConfig, context: RunContext): Promise<number> {
  const { values, output, command } = context;
  const layout = checkOutputLocations(config, values.force === true);
  const result = await runAndReport(config, context, progressOf(context));
  if (!result.valid)
    return values.json
      ? printReport(output, { command, exitCode: 1, dryRun: true, diagnostics: allDiagnostics(result) })
      : 1;
  const report = (await loadCheck()).checkOutputs(layout, result.outputs, warner(context));
  const docs = staleDocs(result.docs);
  const migration = (await loadMigrate()).pendingMigration(config, parseSchema(result.schemaFiles).model);
  const upToDate =
    report.stale.length + report.missing.length + report.extra.length + report.leftovers.length + docs.length === 0;
  const exitCode = upToDate && migration === undefined ? 0 : 1;
  if (values.json) {
    const files: FileEntry[] = [
      ...report.stale.map((p) => ({ path: fromOutput(layout, p), change: "update" as const })),
      ...report.missing.map((p) => ({ path: fromOutput(layout, p), change: "create" as const })),
      ...report.extra.map((p) => ({ path: fromOutput(layout, p), change: "delete" as const })),
      ...report.leftovers.map((p) => ({ path: p.split(sep).join("/"), change: "leftover" as const })),
      ...docs.map((at) => ({ path: at.replace(/:\d+$/, ""), change: "update" as const, docs: true, line: lineOf(at) })),
    ];
    return printReport(output, {
      command,
      exitCode,
      dryRun: true,
      diagnostics: allDiagnostics(result),
      files,
      skipped: result.skipped,
    });
  }
  if (migration !== undefined) output.err(`gen check: ${migration}`);
  if (upToDate) {
    if (!values.quiet && migration === undefined) output.out("gen check: all generated files are up to date");
    return exitCode;
  }
  const line = (label: string, color: "yellow" | "green" | "red") => (f: string) =>
    `  ${paint(output.color.err, color, label.padEnd(8))} ${f}`;
  const lines = [
    ...report.stale.map(line("stale", "yellow")),
    ...report.missing.map(line("missing", "green")),
    ...report.extra.map(line("extra", "red")),
    ...report.leftovers.map((f) => `${line("leftover", "red")(f)} (from an interrupted run)`),
    ...docs.map((f) => `${line("stale", "yellow")(f)} (the diagram embedded below this marker line)`),
  ];
  output.err(`gen check: generated files are out of date (run \`gen\`):\n${lines.join("\n")}`);
  return exitCode;
}

const lineOf = (at: string) => Number(/:(\d+)$/.exec(at)?.[1] ?? 0);

/** `gen validate`: the schema's diagnostics only. `--format json` is the same as `--json`. */
export function validateCommand(config: ResolvedConfig, context: RunContext): number {
  const { values, output, command } = context;
  const files = readSchemaFiles(config.root, findSchemaPath(config.root, config.schema));
  const { diagnostics, valid } = validateSchema(files);
  const exitCode = valid ? 0 : 1;
  if (values.json || values.format === "json")
    return printReport(output, { command, exitCode, dryRun: true, diagnostics });
  printDiagnostics(output, diagnostics, files);
  if (valid && !values.quiet) output.out(`${files.map((f) => f.path).join(", ")}: valid`);
  return exitCode;
}
