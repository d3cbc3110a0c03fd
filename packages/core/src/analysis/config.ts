import type { Datasource, GeneratorConfig, Provider } from "../model/types.js";
import type { ConfigBlock, ConfigProperty, Expression } from "../parser/ast.js";
import type { Located } from "./context.js";
import { readExtensions } from "./extensions.js";

const providers: readonly Provider[] = ["postgresql", "cockroachdb", "mysql", "sqlite", "sqlserver", "mongodb"];

/** Preview features Prisma's validator knows (any other one is an error). */
export const knownPreviewFeatures: readonly string[] = [
  "nativeDistinct",
  "partialIndexes",
  "postgresqlExtensions",
  "relationJoins",
  "schemaEngineDriverAdapters",
  "shardKeys",
  "strictUndefinedChecks",
  "typedSql",
  "views",
];

const datasourceProperties = new Set(["provider", "relationMode", "schemas", "extensions"]);
const urlProperties = new Set(["url", "directUrl", "shadowDatabaseUrl"]);

/** Reads the datasource and generators; reports duplicates and wrong properties. */
export function analyzeConfigs(configs: readonly Located<ConfigBlock>[]): {
  datasource: Datasource | undefined;
  generators: GeneratorConfig[];
  previewFeatures: Set<string>;
} {
  const datasources = configs.filter((config) => config.node.kind === "datasource");
  if (datasources.length > 1) {
    for (const config of datasources) {
      const message = `More than one datasource is defined (\`${config.node.name.text}\` is one of ${datasources.length}). Prisma supports exactly one; remove the others.`;
      config.report("E211", message, config.node.name);
    }
  }
  const generators = configs.filter((config) => config.node.kind === "generator").map(readGenerator);
  const previewFeatures = new Set(generators.flatMap((generator) => generator.previewFeatures));
  const first = datasources[0];
  const datasource = first ? readDatasource(first, previewFeatures) : undefined;
  return { datasource, generators, previewFeatures };
}

/** A key given twice in a datasource or generator block (E211). */
function reportDuplicateKeys(located: Located<ConfigBlock>): void {
  const seen = new Set<string>();
  for (const property of located.node.properties) {
    if (seen.has(property.key.text)) {
      located.report(
        "E211",
        `Key "${property.key.text}" is already defined in ${located.node.kind} "${located.node.name.text}". Remove one of them.`,
        property.key,
      );
    }
    seen.add(property.key.text);
  }
}

function readDatasource(located: Located<ConfigBlock>, previewFeatures: ReadonlySet<string>): Datasource | undefined {
  const { node, report } = located;
  reportDuplicateKeys(located);
  let provider: Provider | undefined;
  let relationMode: Datasource["relationMode"] = "foreignKeys";
  let schemas: string[] = [];
  let extensions: Datasource["extensions"] = [];
  for (const property of node.properties) {
    const key = property.key.text;
    if (urlProperties.has(key)) {
      report(
        "E211",
        `The datasource property \`${key}\` is no longer supported in schema files (Prisma 7). Move connection URLs to \`prisma.config.ts\`.`,
        property,
      );
    } else if (!datasourceProperties.has(key)) {
      report(
        "E211",
        `Unknown datasource property \`${key}\`. Expected one of: provider, relationMode, schemas, extensions.`,
        property.key,
      );
    } else if (key === "provider") provider = readProvider(located, property);
    else if (key === "relationMode") relationMode = readRelationMode(located, property) ?? relationMode;
    else if (key === "schemas") schemas = readStringArray(located, property);
    else if (key === "extensions") {
      if (!previewFeatures.has("postgresqlExtensions")) {
        report("E210", "The `extensions` property needs the `postgresqlExtensions` preview feature.", property);
      }
      extensions = readExtensions(property.value, report);
    }
  }
  if (!node.properties.some((property) => property.key.text === "provider")) {
    report(
      "E211",
      `The datasource \`${node.name.text}\` has no \`provider\`. Add e.g. \`provider = "postgresql"\`.`,
      node.name,
    );
  }
  return provider ? { name: node.name.text, provider, relationMode, schemas, extensions } : undefined;
}

function readProvider(located: Located<ConfigBlock>, property: ConfigProperty): Provider | undefined {
  const { value } = property;
  if (value.kind !== "string") {
    located.report("E211", 'The datasource provider must be a string literal, e.g. `provider = "postgresql"`.', value);
    return undefined;
  }
  const provider = providers.find((known) => known === value.value);
  if (!provider) {
    located.report(
      "E211",
      `Unknown datasource provider "${value.value}". Expected one of: ${providers.join(", ")}.`,
      value,
    );
  }
  return provider;
}

function readRelationMode(
  located: Located<ConfigBlock>,
  property: ConfigProperty,
): Datasource["relationMode"] | undefined {
  const { value } = property;
  if (value.kind === "string" && (value.value === "prisma" || value.value === "foreignKeys")) return value.value;
  located.report("E211", 'Invalid relationMode. Expected "prisma" or "foreignKeys".', value);
  return undefined;
}

function readStringArray(located: Located<ConfigBlock>, property: ConfigProperty): string[] {
  const { value } = property;
  const items = value.kind === "array" ? value.items : [value];
  const strings = items.filter((item): item is Extract<Expression, { kind: "string" }> => item.kind === "string");
  if (strings.length !== items.length) {
    located.report("E211", `\`${property.key.text}\` must be a list of strings, e.g. ["public", "auth"].`, value);
  }
  return strings.map((item) => item.value);
}

function readGenerator(located: Located<ConfigBlock>): GeneratorConfig {
  const { node, report } = located;
  reportDuplicateKeys(located);
  const get = (key: string) => node.properties.find((property) => property.key.text === key)?.value;
  const provider = get("provider");
  if (!provider) {
    report(
      "E211",
      `The generator \`${node.name.text}\` has no \`provider\`. Add e.g. \`provider = "prisma-client-js"\`.`,
      node.name,
    );
  }
  const output = get("output");
  const previewFeatures = readPreviewFeatures(located, get("previewFeatures"));
  return {
    name: node.name.text,
    provider: provider?.kind === "string" ? provider.value : undefined,
    output: output?.kind === "string" ? output.value : undefined,
    previewFeatures,
  };
}

function readPreviewFeatures(located: Located<ConfigBlock>, value: Expression | undefined): string[] {
  if (!value) return [];
  const items = value.kind === "array" ? value.items : [value];
  const features: string[] = [];
  for (const item of items) {
    if (item.kind !== "string") continue;
    const known = knownPreviewFeatures.find((feature) => feature.toLowerCase() === item.value.toLowerCase());
    if (known) features.push(known);
    else {
      located.report(
        "E211",
        `Unknown preview feature "${item.value}". Expected one of: ${knownPreviewFeatures.join(", ")}.`,
        item,
      );
    }
  }
  return features;
}
