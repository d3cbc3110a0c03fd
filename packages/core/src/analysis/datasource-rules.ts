import type { ConfigBlock, ConfigProperty, Expression } from "../parser/ast.js";
import { capabilitiesOf } from "./capabilities.js";
import type { AnalysisContext, Located } from "./context.js";

/**
 * Datasource properties the provider cannot use or that repeat themselves: `schemas` without multi-schema
 * support or with a name twice (E506), `extensions` outside PostgreSQL, with `-` in a name or with unnamed
 * arguments (E507).
 */
export function checkDatasourceRules(context: AnalysisContext): void {
  const { datasource } = context;
  const located = context.configs.find((config) => config.node.kind === "datasource");
  if (!datasource || !located || located.node.name.text !== datasource.name) return;
  for (const property of located.node.properties) {
    if (property.key.text === "schemas")
      checkSchemas(located, property, capabilitiesOf(datasource.provider).multiSchema);
    if (property.key.text === "extensions") checkExtensions(located, property, datasource.provider === "postgresql");
  }
}

function checkSchemas(located: Located<ConfigBlock>, property: ConfigProperty, supported: boolean): void {
  if (!supported) {
    located.report(
      "E506",
      "The `schemas` property is not supported by this provider (only PostgreSQL, CockroachDB and SQL Server have multiple schemas).",
      property,
    );
    return;
  }
  const seen = new Set<string>();
  const items = property.value.kind === "array" ? property.value.items : [property.value];
  for (const item of items) {
    if (item.kind !== "string") continue;
    if (seen.has(item.value)) {
      located.report(
        "E506",
        `The schema "${item.value}" is listed twice in \`schemas\`; each schema name may appear once.`,
        item,
      );
    }
    seen.add(item.value);
  }
}

function checkExtensions(located: Located<ConfigBlock>, property: ConfigProperty, supported: boolean): void {
  if (!supported) {
    located.report(
      "E507",
      'The `extensions` property is only supported on PostgreSQL (`provider = "postgresql"`).',
      property.key,
    );
    return;
  }
  const items: readonly Expression[] = property.value.kind === "array" ? property.value.items : [property.value];
  for (const item of items) {
    const name = item.kind === "constant" ? item.name : item.kind === "function" ? item.name.text : undefined;
    if (name?.includes("-")) {
      located.report(
        "E507",
        `The character \`-\` is not allowed in the extension name \`${name}\`; use \`map:\` for the database name, e.g. \`uuid_ossp(map: "uuid-ossp")\`.`,
        item,
      );
    }
    if (item.kind !== "function") continue;
    for (const argument of item.arguments.arguments) {
      if (argument.name === undefined) {
        located.report(
          "E507",
          `The arguments of the extension \`${item.name.text}\` must be named (\`map:\`, \`schema:\` or \`version:\`).`,
          argument,
        );
      }
    }
  }
}
