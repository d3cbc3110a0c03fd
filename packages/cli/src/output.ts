import { type Diagnostic, formatDiagnostics, type SchemaFile } from "@cardinal/core";

/** Where and how the CLI prints: colour only on a terminal (and never with NO_COLOR). */
export interface Output {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly color: boolean;
}

/** The process's own streams. */
export function processOutput(): Output {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    color: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
  };
}

/** Diagnostics with `file:line:col`, code, message and a code frame. */
export function printDiagnostics(
  output: Output,
  diagnostics: readonly Diagnostic[],
  files: readonly SchemaFile[],
): void {
  if (diagnostics.length === 0) return;
  const sources = Object.fromEntries(files.map((file) => [file.path, file.content]));
  output.err(formatDiagnostics(diagnostics, { sources, color: output.color }));
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  output.err(`\n${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`);
}

/** The JSON shape of diagnostics (`gen validate --format json`, `--json`). */
export function diagnosticsJson(diagnostics: readonly Diagnostic[]) {
  return diagnostics.map(({ code, severity, message, file, range }) => ({ code, severity, message, file, range }));
}
