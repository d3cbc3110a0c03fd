import type { DiagnosticCode } from "./codes.js";

/** A zero-based line and character (UTF-16 code unit) position, as in the Language Server Protocol. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** A half-open range between two positions. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** `error` makes a schema invalid; `warning` does not. */
export type Severity = "error" | "warning";

/**
 * A problem found in a schema: returned as data, never thrown.
 * @example { code: "E401", severity: "error", message: "...", file: "schema.prisma", range: {...} }
 */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  /** The schema file's path as given to `parseSchema`. */
  readonly file: string;
  readonly range: Range;
}
