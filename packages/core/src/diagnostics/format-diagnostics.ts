import { codeFrame, type Paint, splitLines } from "./code-frame.js";
import type { Diagnostic } from "./diagnostic.js";
import { formatCount } from "./format-list.js";

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

/** Characters of a message printed at most; the rest is cut with `…` (messages quote names, which can be long). */
const maxMessageLength = 1_000;
/** Characters of one word (a name, a quoted value) printed at most; longer ones keep their start and end. */
const maxWordLength = 100;
/** Locations listed for diagnostics merged into one. */
const listedLocations = 5;
/** Warnings of one code printed with a code frame; the later ones of that code get their header line only. */
const framedWarningsPerCode = 3;

/** Split source lines per file, computed once per `formatDiagnostics` call. */
type LineCache = Map<string, readonly string[] | undefined>;

/**
 * Formats a diagnostic as `file:line:col - error E405: message`, followed by a code frame with the range
 * underlined when the source is given. Lines and columns are printed one-based; a long line is shown as a window
 * of 120 columns around the range, and long messages are shortened, so the output's size is bounded.
 * @example formatDiagnostic(d, { sources: { "schema.prisma": text } })
 */
export function formatDiagnostic(diagnostic: Diagnostic, options: FormatOptions = {}): string {
  return formatOne(diagnostic, options, new Map());
}

/**
 * Formats several diagnostics, separated by blank lines. Identical diagnostics (same code and message) are
 * printed once, with how many more there are and where the first few are, so the output grows linearly with
 * the schema. Every error gets its code frame; of the warnings of one code (a schema with 40 `/// @zod.` comments
 * of another tool gets 40 W005), the first three do and the others are one line each, nothing left out.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], options: FormatOptions = {}): string {
  const cache: LineCache = new Map();
  const warningsSeen = new Map<string, number>();
  let text = "";
  let previousCompact = false;
  for (const [first, ...rest] of groupIdentical(diagnostics)) {
    const seen = first.severity === "warning" ? (warningsSeen.get(first.code) ?? 0) : 0;
    if (first.severity === "warning") warningsSeen.set(first.code, seen + 1);
    const compact = seen >= framedWarningsPerCode;
    const one = compact ? headerOf(first, options) : formatOne(first, options, cache);
    const entry = rest.length === 0 ? one : `${one}\n${moreLikeThis(rest)}`;
    text += text === "" ? entry : `${compact && previousCompact ? "\n" : "\n\n"}${entry}`;
    previousCompact = compact;
  }
  return text;
}

function formatOne(diagnostic: Diagnostic, options: FormatOptions, cache: LineCache): string {
  const header = headerOf(diagnostic, options);
  const lines = linesOf(options.sources, diagnostic.file, cache);
  if (lines === undefined) return header;
  const style = diagnostic.severity === "error" ? "red" : "yellow";
  return `${header}\n${codeFrame(diagnostic.range, lines, options.contextLines ?? 1, painter(options), style)}`;
}

/** `file:line:col - severity CODE: message`. */
function headerOf(diagnostic: Diagnostic, options: FormatOptions): string {
  const paint = painter(options);
  const style = diagnostic.severity === "error" ? "red" : "yellow";
  const location = paint("bold", locationOf(diagnostic));
  return `${location} - ${paint(style, diagnostic.severity)} ${diagnostic.code}: ${shorten(diagnostic.message)}`;
}

function painter(options: FormatOptions): Paint {
  return (style, text) => (options.color ? `${ansi[style]}${text}${ansi.reset}` : text);
}

function locationOf(diagnostic: Diagnostic): string {
  const { start } = diagnostic.range;
  return `${diagnostic.file}:${start.line + 1}:${start.character + 1}`;
}

/** Diagnostics grouped by code and message, in the order of each group's first diagnostic. */
function groupIdentical(diagnostics: readonly Diagnostic[]): [Diagnostic, ...Diagnostic[]][] {
  const groups = new Map<string, [Diagnostic, ...Diagnostic[]]>();
  for (const diagnostic of diagnostics) {
    const key = `${diagnostic.code}\u0000${diagnostic.severity}\u0000${diagnostic.message}`;
    const group = groups.get(key);
    if (group) group.push(diagnostic);
    else groups.set(key, [diagnostic]);
  }
  return [...groups.values()];
}

function moreLikeThis(rest: readonly Diagnostic[]): string {
  const shown = rest.slice(0, listedLocations).map(locationOf);
  const others = rest.length > listedLocations ? ` and ${formatCount(rest.length - listedLocations)} more` : "";
  const what = rest.length === 1 ? "diagnostic" : "diagnostics";
  return `(${formatCount(rest.length)} more identical ${what}, at ${shown.join(", ")}${others})`;
}

/** A message with over-long words and an over-long tail cut with `…`. */
function shorten(message: string): string {
  const words = message.replace(/\S{101,}/g, (word) => `${word.slice(0, maxWordLength - 20)}…${word.slice(-19)}`);
  return words.length <= maxMessageLength ? words : `${words.slice(0, maxMessageLength - 1)}…`;
}

function linesOf(sources: FormatOptions["sources"], file: string, cache: LineCache): readonly string[] | undefined {
  if (cache.has(file)) return cache.get(file);
  const source = lookup(sources, file);
  const lines = source === undefined ? undefined : splitLines(source);
  cache.set(file, lines);
  return lines;
}

function lookup(sources: FormatOptions["sources"], file: string): string | undefined {
  if (!sources) return undefined;
  if (sources instanceof Map) return sources.get(file);
  return Object.hasOwn(sources, file) ? (sources as Readonly<Record<string, string>>)[file] : undefined;
}
