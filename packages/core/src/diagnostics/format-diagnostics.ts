import type { Diagnostic } from "./diagnostic.js";

/** Options for `formatDiagnostic`. */
export interface FormatOptions {
  /** File contents by path, to print a code frame. Without it, only the header line is printed. */
  readonly sources?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  /** ANSI colours. @default false */
  readonly color?: boolean;
  /** Lines of context above and below the range. @default 1 */
  readonly contextLines?: number;
}

const ansi = { red: "\u001b[31m", yellow: "\u001b[33m", dim: "\u001b[2m", bold: "\u001b[1m", reset: "\u001b[0m" };

/**
 * Formats a diagnostic as `file:line:col - error E405: message`, followed by a code frame with the range
 * underlined when the source is given. Lines and columns are printed one-based.
 * @example formatDiagnostic(d, { sources: { "schema.prisma": text } })
 */
export function formatDiagnostic(diagnostic: Diagnostic, options: FormatOptions = {}): string {
  const paint = (code: keyof typeof ansi, text: string) => (options.color ? `${ansi[code]}${text}${ansi.reset}` : text);
  const { start } = diagnostic.range;
  const severity = paint(diagnostic.severity === "error" ? "red" : "yellow", diagnostic.severity);
  const header = `${paint("bold", `${diagnostic.file}:${start.line + 1}:${start.character + 1}`)} - ${severity} ${diagnostic.code}: ${diagnostic.message}`;
  const source = lookup(options.sources, diagnostic.file);
  if (source === undefined) return header;
  return `${header}\n${codeFrame(diagnostic, source, options.contextLines ?? 1, paint)}`;
}

/** Formats several diagnostics, separated by blank lines. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], options: FormatOptions = {}): string {
  return diagnostics.map((diagnostic) => formatDiagnostic(diagnostic, options)).join("\n\n");
}

function lookup(sources: FormatOptions["sources"], file: string): string | undefined {
  if (!sources) return undefined;
  if (sources instanceof Map) return sources.get(file);
  return Object.hasOwn(sources, file) ? (sources as Readonly<Record<string, string>>)[file] : undefined;
}

function codeFrame(
  diagnostic: Diagnostic,
  source: string,
  context: number,
  paint: (code: keyof typeof ansi, text: string) => string,
): string {
  const lines = source.split(/\r\n|\r|\n/);
  const { start, end } = diagnostic.range;
  const first = Math.max(0, start.line - context);
  const last = Math.min(lines.length - 1, start.line + context);
  const width = String(last + 1).length;
  const out: string[] = [];
  for (let line = first; line <= last; line++) {
    const text = (lines[line] ?? "").replace(/\t/g, " ");
    out.push(`${paint("dim", `${String(line + 1).padStart(width)} |`)} ${text}`);
    if (line === start.line) {
      const to = end.line === start.line ? Math.max(end.character, start.character + 1) : text.length;
      const marker = `${" ".repeat(start.character)}${"^".repeat(Math.max(1, to - start.character))}`;
      out.push(
        `${" ".repeat(width)} ${paint("dim", "|")} ${paint(diagnostic.severity === "error" ? "red" : "yellow", marker)}`,
      );
    }
  }
  return out.join("\n");
}
