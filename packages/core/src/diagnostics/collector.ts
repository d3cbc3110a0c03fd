import type { DiagnosticCode } from "./codes.js";
import type { Diagnostic, Severity } from "./diagnostic.js";
import { rangeOf, type SourceFile, type Span } from "./source-file.js";

/** Reports a diagnostic at a span of the file the reporter is bound to. */
export type Report = (code: DiagnosticCode, message: string, span: Span, severity?: Severity) => void;

/** Collects diagnostics from every file of a schema. */
export interface DiagnosticCollector {
  readonly diagnostics: Diagnostic[];
  /** A reporter bound to one file. */
  forFile(file: SourceFile): Report;
}

/** Creates an empty collector. */
export function createDiagnosticCollector(): DiagnosticCollector {
  const diagnostics: Diagnostic[] = [];
  return {
    diagnostics,
    forFile(file) {
      return (code, message, span, severity = code.startsWith("W") ? "warning" : "error") => {
        diagnostics.push({ code, severity, message, file: file.path, range: rangeOf(file, span) });
      };
    },
  };
}
