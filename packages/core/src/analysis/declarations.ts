import type { DiagnosticCollector } from "../diagnostics/collector.js";
import type { SourceFile } from "../diagnostics/source-file.js";
import type { ConfigBlock, EnumBlock, ModelBlock, SchemaFileAst } from "../parser/ast.js";
import type { Located } from "./context.js";
import { checkTypeName } from "./names.js";

/** Top-level declarations by name. */
export interface Declarations {
  readonly models: Map<string, Located<ModelBlock>>;
  readonly compositeTypes: Map<string, Located<ModelBlock>>;
  readonly enums: Map<string, Located<EnumBlock>>;
  readonly configs: Located<ConfigBlock>[];
}

const displayKind = { model: "Model", view: "View", type: "Composite type", enum: "Enum" } as const;

/** Indexes the blocks of every file by name; reports duplicate and invalid names (E201, E204, E205). */
export function collectDeclarations(
  parsed: readonly { readonly file: SourceFile; readonly ast: SchemaFileAst }[],
  collector: DiagnosticCollector,
): Declarations {
  const declarations: Declarations = { models: new Map(), compositeTypes: new Map(), enums: new Map(), configs: [] };
  const seen = new Map<string, string>();
  const seenConfigs = new Set<string>();
  for (const { file, ast } of parsed) {
    const report = collector.forFile(file);
    for (const node of ast.blocks) {
      if (node.kind === "datasource" || node.kind === "generator") {
        const key = `${node.kind}:${node.name.text}`;
        if (seenConfigs.has(key))
          report("E211", `The ${node.kind} \`${node.name.text}\` is defined more than once.`, node.name);
        seenConfigs.add(key);
        declarations.configs.push({ node, file, report });
        continue;
      }
      const what = displayKind[node.kind];
      checkTypeName(node.name, what, report);
      const previous = seen.get(node.name.text);
      if (previous) {
        report(
          "E201",
          `The ${what.toLowerCase()} \`${node.name.text}\` cannot be defined because a ${previous.toLowerCase()} with that name already exists.`,
          node.name,
        );
        continue;
      }
      seen.set(node.name.text, what);
      if (node.kind === "enum") declarations.enums.set(node.name.text, { node, file, report });
      else if (node.kind === "type") declarations.compositeTypes.set(node.name.text, { node, file, report });
      else declarations.models.set(node.name.text, { node: node as ModelBlock, file, report });
    }
  }
  return declarations;
}
