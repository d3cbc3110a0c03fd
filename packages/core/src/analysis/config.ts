import type { Report } from "../diagnostics/collector.js";
import { lookupTable } from "../lookup-table.js";
import type { Datasource, GeneratorConfig, Provider } from "../model/types.js";
import type { ConfigBlock, ConfigProperty, Expression } from "../parser/ast.js";
import { checkEnvCalls, expectStringOrEnv, stringOrEnv } from "./config-values.js";
import { type Located, locationOf } from "./context.js";
import { readExtensions } from "./extensions.js";
import { readGeneratorProperties } from "./generator-properties.js";
import { needsPrisma6, readPreviewFeatures } from "./preview-features.js";

const providers: readonly Provider[] = ["postgresql", "cockroachdb", "mysql", "sqlite", "sqlserver", "mongodb"];

/** Provider names Prisma accepts as another spelling of a provider. */
const providerAliases: Readonly<Record<string, Provider>> = lookupTable({ postgres: "postgresql" });

const datasourceProperties = new Set(["provider", "relationMode", "referentialIntegrity", "schemas", "extensions"]);
/** Connection URLs: Prisma 6 reads them from the schema, Prisma 7 from `prisma.config.ts`; Cardinal needs none. */
const urlProperties = new Set(["url", "directUrl", "shadowDatabaseUrl"]);
/** Generator properties whose value is a string or `env("VAR")`. */
const generatorStringProperties = ["provider", "output", "engineType"];

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
  const first = datasources[0];
  const providerText = first && providerAsWritten(first.node);
  const generators = configs
    .filter((config) => config.node.kind === "generator")
    .map((config) => readGenerator(config, providerText));
  const previewFeatures = new Set(generators.flatMap((generator) => generator.previewFeatures));
  const datasource = first ? readDatasource(first, previewFeatures) : undefined;
  return { datasource, generators, previewFeatures };
}

/** The datasource's provider string as written, if it is a string. */
function providerAsWritten(node: ConfigBlock): string | undefined {
  const value = node.properties.find((property) => property.key.text === "provider")?.value;
  return value?.kind === "string" ? value.value : undefined;
}

/** A connection URL as Prisma 6 accepts it (a string or `env("VAR")`): Cardinal ignores it, as Prisma 7 does. */
function isWellFormedUrl(property: ConfigProperty): boolean {
  return urlProperties.has(property.key.text) && stringOrEnv(property.value) !== undefined;
}

/**
 * A key given twice in a datasource or generator block (E211). Well-formed connection URLs are ignored (Prisma 7
 * reads none), unless a Prisma-6.19-only preview feature leaves Prisma 6.19, which rejects a repeated `url`.
 */
function reportDuplicateKeys(located: Located<ConfigBlock>, prisma6Only = false): void {
  const seen = new Set<string>();
  for (const property of located.node.properties) {
    if (!prisma6Only && isWellFormedUrl(property)) continue;
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
  reportDuplicateKeys(located, needsPrisma6(previewFeatures));
  let provider: Provider | undefined;
  let relationMode: Datasource["relationMode"] = "foreignKeys";
  let schemas: string[] = [];
  let extensions: Datasource["extensions"] = [];
  for (const property of node.properties) {
    const key = property.key.text;
    if (urlProperties.has(key)) checkUrl(located, property);
    else if (!datasourceProperties.has(key)) {
      report(
        "E211",
        `Unknown datasource property \`${key}\`. Expected one of: provider, url, directUrl, shadowDatabaseUrl, relationMode, schemas, extensions.`,
        property.key,
      );
    } else if (key === "provider") provider = readProvider(located, property);
    else if (key === "relationMode" || key === "referentialIntegrity") {
      relationMode = readRelationMode(located, property) ?? relationMode;
    } else if (key === "schemas") schemas = readStringArray(located, property);
    else if (key === "extensions") {
      if (!previewFeatures.has("postgresqlExtensions")) {
        report("E210", "The `extensions` property needs the `postgresqlExtensions` preview feature.", property);
      }
      extensions = readExtensions(property.value, report);
    }
  }
  checkReferentialIntegrity(located);
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
  const provider = providers.find((known) => known === value.value) ?? providerAliases[value.value];
  if (!provider) {
    located.report(
      "E211",
      `Unknown datasource provider "${value.value}". Expected one of: ${providers.join(", ")}.`,
      value,
    );
  }
  return provider;
}

/** `url`, `directUrl`, `shadowDatabaseUrl`: a string or `env("VAR")` (Prisma 6), else an error. */
function checkUrl(located: Located<ConfigBlock>, property: ConfigProperty): void {
  checkEnvCalls(property.value, located.report);
  expectStringOrEnv(property.value, property.key.text, located.report);
}

/** `referentialIntegrity` is the deprecated name of `relationMode` (W003); both together are an error (E211). */
function checkReferentialIntegrity(located: Located<ConfigBlock>): void {
  const { properties } = located.node;
  const legacy = properties.find((property) => property.key.text === "referentialIntegrity");
  if (!legacy) return;
  located.report(
    "W003",
    "`referentialIntegrity` is deprecated; write `relationMode` instead (same values).",
    legacy.key,
  );
  if (properties.some((property) => property.key.text === "relationMode")) {
    const message = "`referentialIntegrity` and `relationMode` cannot be used together. Keep only `relationMode`.";
    located.report("E211", message, legacy.key);
  }
}

function readRelationMode(
  located: Located<ConfigBlock>,
  property: ConfigProperty,
): Datasource["relationMode"] | undefined {
  const { value } = property;
  if (value.kind === "string" && (value.value === "prisma" || value.value === "foreignKeys")) return value.value;
  located.report("E211", `Invalid ${property.key.text}. Expected "prisma" or "foreignKeys".`, value);
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

function readGenerator(located: Located<ConfigBlock>, datasourceProvider: string | undefined): GeneratorConfig {
  const { node, report } = located;
  reportDuplicateKeys(located);
  for (const property of node.properties) checkEnvCalls(property.value, report);
  const get = (key: string) => node.properties.find((property) => property.key.text === key)?.value;
  const strings = new Map<string, string | undefined>();
  for (const key of generatorStringProperties) {
    const value = get(key);
    if (value) strings.set(key, expectStringOrEnv(value, key, report));
  }
  checkBinaryTargets(get("binaryTargets"), report);
  if (!get("provider")) {
    report(
      "E211",
      `The generator \`${node.name.text}\` has no \`provider\`. Add e.g. \`provider = "prisma-client-js"\`.`,
      node.name,
    );
  }
  return {
    name: node.name.text,
    provider: strings.get("provider"),
    output: strings.get("output"),
    previewFeatures: readPreviewFeatures(get("previewFeatures"), datasourceProvider, report),
    location: locationOf(located, node.name),
    properties: readGeneratorProperties(located),
  };
}

/** `binaryTargets`: a string or `env("VAR")`, or a list of them. */
function checkBinaryTargets(value: Expression | undefined, report: Report): void {
  if (!value) return;
  for (const item of value.kind === "array" ? value.items : [value]) expectStringOrEnv(item, "binaryTargets", report);
}
