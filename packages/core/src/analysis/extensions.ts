import type { Report } from "../diagnostics/collector.js";
import type { DatabaseExtension } from "../model/types.js";
import type { Expression } from "../parser/ast.js";
import { readArguments, stringArgument } from "./arguments.js";

/**
 * Reads `extensions = [pg_trgm, pgvector(map: "vector", schema: "ext", version: "0.5.0")]`: each item is a bare name
 * or a call with `map`, `schema` and `version`. Sorted by name, so output does not follow declaration order.
 */
export function readExtensions(value: Expression, report: Report): DatabaseExtension[] {
  const items = value.kind === "array" ? value.items : [value];
  const extensions: DatabaseExtension[] = [];
  for (const item of items) {
    const extension = readExtension(item, report);
    if (extension) extensions.push(extension);
  }
  return extensions.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function readExtension(item: Expression, report: Report): DatabaseExtension | undefined {
  if (item.kind === "constant") return { name: item.name, dbName: item.name, schema: undefined, version: undefined };
  if (item.kind !== "function") {
    report("E211", 'An extension is a name, optionally with arguments: `pg_trgm` or `pgvector(map: "vector")`.', item);
    return undefined;
  }
  const name = item.name.text;
  const display = `extension ${name}`;
  // A call has an attribute's shape (name + argument list), so the attribute argument reader applies.
  const args = readArguments(item, display, ["map", "schema", "version"], report);
  const text = (key: string) => stringArgument(args, key, display, report)?.value;
  return { name, dbName: text("map") ?? name, schema: text("schema"), version: text("version") };
}
