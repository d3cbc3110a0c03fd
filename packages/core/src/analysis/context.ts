import type { Report } from "../diagnostics/collector.js";
import type { SourceFile, Span } from "../diagnostics/source-file.js";
import { rangeOf } from "../diagnostics/source-file.js";
import type { Datasource, SourceLocation } from "../model/types.js";
import type { ConfigBlock, EnumBlock, ModelBlock } from "../parser/ast.js";

/** A block together with the file it came from and a reporter bound to that file. */
export interface Located<T> {
  readonly node: T;
  readonly file: SourceFile;
  readonly report: Report;
}

/** Everything the analysis passes share. */
export interface AnalysisContext {
  readonly models: ReadonlyMap<string, Located<ModelBlock>>;
  readonly compositeTypes: ReadonlyMap<string, Located<ModelBlock>>;
  readonly enums: ReadonlyMap<string, Located<EnumBlock>>;
  readonly configs: readonly Located<ConfigBlock>[];
  readonly datasource: Datasource | undefined;
  readonly previewFeatures: ReadonlySet<string>;
  /** Enum values by enum name, for default checks. */
  readonly enumValues: ReadonlyMap<string, { readonly values: readonly { readonly name: string }[] }>;
}

/** The source location of a span in a located block's file. */
export function locationOf(located: Located<unknown>, span: Span): SourceLocation {
  return { file: located.file.path, range: rangeOf(located.file, span) };
}
