import type { Enum } from "../model/types.js";
import type { EnumBlock } from "../parser/ast.js";
import { readArguments, stringArgument } from "./arguments.js";
import { type AnalysisContext, type Located, locationOf } from "./context.js";
import { documentationText, renamedFromOf } from "./doc-lines.js";
import { collectBlockAttributes, readName, readSchema } from "./models.js";
import { checkNameCharacters } from "./names.js";

const enumBlockAttributes = new Set(["map", "schema"]);

/** Reads an enum: values with their database names, `@@map`, `@@schema`. */
export function analyzeEnum(located: Located<EnumBlock>, context: AnalysisContext): Enum {
  const { node, report } = located;
  if (node.values.length === 0)
    report("E212", `The enum \`${node.name.text}\` has no values; an enum must have at least one.`, node.name);
  if (context.datasource?.provider === "sqlserver") {
    report(
      "E503",
      `The enum \`${node.name.text}\` cannot be used: the sqlserver connector does not support enums.`,
      node.name,
    );
  }
  const seen = new Set<string>();
  const values = node.values.map((value) => {
    checkNameCharacters(value.name, "Enum value", report);
    if (seen.has(value.name.text))
      report(
        "E202",
        `The value \`${value.name.text}\` is defined more than once in enum \`${node.name.text}\`.`,
        value.name,
      );
    seen.add(value.name.text);
    let dbName = value.name.text;
    for (const attribute of value.attributes) {
      if (attribute.name.text !== "map") {
        report(
          "E301",
          `Attribute not known on an enum value: "@${attribute.name.text}". Only \`@map\` is allowed.`,
          attribute.name,
        );
        continue;
      }
      const args = readArguments(attribute, "@map", ["name"], report);
      dbName = stringArgument(args, "name", "@map", report)?.value ?? dbName;
    }
    return { name: value.name.text, dbName, documentation: documentationText(value.documentation) };
  });
  const attributes = collectBlockAttributes(node.attributes, located, enumBlockAttributes);
  const mapAttribute = attributes.get("map");
  return {
    name: node.name.text,
    dbName: mapAttribute ? (readName(mapAttribute, "@@map", located) ?? node.name.text) : node.name.text,
    schema: readSchema(attributes.get("schema"), located, context),
    values,
    documentation: documentationText(node.documentation),
    renamedFrom: renamedFromOf(node.documentation),
    location: locationOf(located, node.name),
  };
}
