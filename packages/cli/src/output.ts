import { styleText } from "node:util";
import { type Diagnostic, formatDiagnostics, type SchemaFile } from "@cardinal/core";

/** A line on stderr that is redrawn in place (a terminal only). */
export interface StatusLine {
  readonly update: (text: string) => void;
  readonly clear: () => void;
}

/** Where and how the CLI prints. */
export interface Output {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Colour for each stream on its own: `gen >file` keeps colour on stderr, `2>log` keeps it on stdout. */
  readonly color: { readonly out: boolean; readonly err: boolean };
  /** A redrawn status line on stderr, when stderr is a terminal; undefined otherwise. */
  readonly status?: StatusLine | undefined;
}

/**
 * Whether a stream gets colour, as Node's own `util.styleText(..., { stream })` decides it: `FORCE_COLOR` (0 or
 * `false` turns it off), else never with `NO_COLOR`, `NODE_DISABLE_COLORS` or `TERM=dumb`, else only on a terminal
 * that has colours.
 */
export function streamHasColor(stream: NodeJS.WriteStream): boolean {
  return styleText("red", "x", { stream, validateStream: true }) !== "x";
}

/** `text` in a colour when `on`, as is otherwise. */
export function paint(on: boolean, format: Parameters<typeof styleText>[0], text: string): string {
  return on ? styleText(format, text, { validateStream: false }) : text;
}

/** The process's own streams. */
export function processOutput(): Output {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    color: { out: streamHasColor(process.stdout), err: streamHasColor(process.stderr) },
    status: process.stderr.isTTY ? terminalStatus(process.stderr) : undefined,
  };
}

/** A status line drawn with a carriage return and erase-line, cut to the terminal's width. */
function terminalStatus(stream: NodeJS.WriteStream): StatusLine {
  let shownNow = false;
  return {
    update: (text) => {
      const width = Math.max(10, (stream.columns || 80) - 1);
      stream.write(`\r\x1b[2K${text.length > width ? `${text.slice(0, width - 1)}…` : text}`);
      shownNow = true;
    },
    clear: () => {
      if (shownNow) stream.write("\r\x1b[2K");
      shownNow = false;
    },
  };
}

/** Diagnostics with `file:line:col`, code, message and a code frame, on stderr (coloured as stderr is). */
export function printDiagnostics(
  output: Output,
  diagnostics: readonly Diagnostic[],
  files: readonly SchemaFile[],
): void {
  if (diagnostics.length === 0) return;
  const sources = Object.fromEntries(files.map((file) => [file.path, file.content]));
  output.err(formatDiagnostics(diagnostics, { sources, color: output.color.err }));
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  output.err(`\n${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`);
}

/** The JSON shape of diagnostics (`--json`). */
export function diagnosticsJson(diagnostics: readonly Diagnostic[]) {
  return diagnostics.map(({ code, severity, message, file, range }) => ({ code, severity, message, file, range }));
}
