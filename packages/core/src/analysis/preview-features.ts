import type { Report } from "../diagnostics/collector.js";
import { lookupTable } from "../lookup-table.js";
import type { Expression } from "../parser/ast.js";

/**
 * Preview features that Prisma 6.19 or Prisma 7 accepts without a warning (the union of both versions' lists, with
 * the hidden ones such as `typedSql` and `reactNative`). `fullTextSearchPostgres` only on PostgreSQL.
 */
export const knownPreviewFeatures: readonly string[] = [
  "fullTextSearchPostgres",
  "nativeDistinct",
  "partialIndexes",
  "postgresqlExtensions",
  "reactNative",
  "relationJoins",
  "schemaEngineDriverAdapters",
  "shardKeys",
  "strictUndefinedChecks",
  "typedSql",
  "views",
];

/**
 * Features Prisma accepts with a deprecation warning: generally available now (or being removed), so naming them
 * does nothing (W003). `metrics` is known to Prisma 6.19 only.
 */
const deprecatedPreviewFeatures: readonly string[] = [
  "aggregateApi",
  "atomicNumberOperations",
  "clientExtensions",
  "cockroachdb",
  "connectOrCreate",
  "createMany",
  "dataProxy",
  "deno",
  "distinct",
  "driverAdapters",
  "extendedIndexes",
  "extendedWhereUnique",
  "fieldReference",
  "filterJson",
  "filteredRelationCount",
  "fullTextIndex",
  "fullTextSearch",
  "groupBy",
  "improvedQueryRaw",
  "interactiveTransactions",
  "jsonProtocol",
  "metrics",
  "microsoftSqlServer",
  "middlewares",
  "mongoDb",
  "multiSchema",
  "nApi",
  "namedConstraints",
  "nativeTypes",
  "omitApi",
  "orderByAggregateGroup",
  "orderByNulls",
  "orderByRelation",
  "prismaSchemaFolder",
  "queryCompiler",
  "referentialActions",
  "referentialIntegrity",
  "selectRelationCount",
  "tracing",
  "transactionApi",
  "uncheckedScalarInputs",
];

/** Features only one version knows: naming one of each kind leaves no version that accepts the schema. */
const onlyInVersion: Readonly<Record<string, "Prisma 6.19" | "Prisma 7">> = lookupTable({
  metrics: "Prisma 6.19",
  partialIndexes: "Prisma 7",
});

/** True when a preview feature only Prisma 6.19 knows is named: then only Prisma 6.19 can accept the schema. */
export function needsPrisma6(features: ReadonlySet<string>): boolean {
  return [...features].some((feature) => onlyInVersion[feature] === "Prisma 6.19");
}

/** Where Prisma reads a provider as PostgreSQL for `fullTextSearchPostgres`. */
const postgresProviders = new Set(["postgresql", "postgres"]);

/** A `previewFeatures` item with its span. */
type FeatureItem = Extract<Expression, { kind: "string" }>;

/**
 * Reads `previewFeatures` (a string or a list of strings, case-insensitive) and returns the known and deprecated
 * features in Prisma's spelling. Unknown ones are errors (E211), deprecated ones warnings (W003).
 * @param provider the datasource's provider as written, for provider-specific features
 */
export function readPreviewFeatures(value: Expression | undefined, provider: string | undefined, report: Report) {
  if (!value) return [];
  const items = value.kind === "array" ? value.items : [value];
  const features: string[] = [];
  for (const item of items) {
    if (item.kind !== "string") {
      report("E211", `Preview features must be strings, e.g. \`previewFeatures = ["views"]\`.`, item);
      continue;
    }
    const feature = readFeature(item, provider, report);
    if (feature) features.push(feature);
  }
  checkSingleVersion(features, items, report);
  return features;
}

function readFeature(item: FeatureItem, provider: string | undefined, report: Report): string | undefined {
  const lower = item.value.toLowerCase();
  const onPostgres = provider !== undefined && postgresProviders.has(provider);
  const known = knownPreviewFeatures.find((feature) => feature.toLowerCase() === lower);
  if (known && (known !== "fullTextSearchPostgres" || onPostgres)) return known;
  const deprecated = deprecatedPreviewFeatures.find((feature) => feature.toLowerCase() === lower);
  if (deprecated === "fullTextSearch" && onPostgres) {
    const message = `On \`provider = "${provider}"\`, the preview feature "fullTextSearch" has been renamed to "fullTextSearchPostgres". Use that name.`;
    report("W003", message, item);
    return deprecated;
  }
  if (deprecated) {
    const message = `The preview feature "${deprecated}" is deprecated: it is generally available or being removed, so naming it does nothing. Remove it.`;
    report("W003", message, item);
    return deprecated;
  }
  const expected = knownPreviewFeatures.filter((feature) => feature !== "fullTextSearchPostgres" || onPostgres);
  const where = known ? " on this provider (it needs PostgreSQL)" : "";
  report("E211", `Unknown preview feature "${item.value}"${where}. Expected one of: ${expected.join(", ")}.`, item);
  return undefined;
}

/** `metrics` (Prisma 6.19 only) with `partialIndexes` (Prisma 7 only): no version accepts both (E220). */
function checkSingleVersion(features: readonly string[], items: readonly Expression[], report: Report): void {
  const versions = new Set(features.flatMap((feature) => onlyInVersion[feature] ?? []));
  if (versions.size < 2) return;
  const names = features.filter((feature) => onlyInVersion[feature] !== undefined);
  const last = items.at(-1);
  const first = items[0];
  if (!first || !last) return;
  const list = names.map((name) => `"${name}" (${onlyInVersion[name]} only)`).join(" and ");
  const message = `The preview features ${list} are not known to any one Prisma version together. Keep those of one version.`;
  report("E220", message, { start: first.start, end: last.end });
}
