import type { Provider, ReferentialAction } from "../model/types.js";

/** What a database connector supports, for the rules that depend on it (Prisma's connector capabilities). */
export interface Capabilities {
  /** `length:` on index and key columns (MySQL prefix indexes). */
  readonly lengthPrefix: boolean;
  /** `sort:` on primary key columns. */
  readonly primaryKeySort: boolean;
  /** `clustered:` on ids and indexes. */
  readonly clustering: boolean;
  /** `@@fulltext`. */
  readonly fullText: boolean;
  /** `sort:` inside `@@fulltext`. */
  readonly fullTextSort: boolean;
  /** More than one `@@fulltext` per model. */
  readonly manyFullText: boolean;
  /** `schemas = [...]` in the datasource. */
  readonly multiSchema: boolean;
  /** Cascade cycles and multiple cascade paths are rejected by the database itself. */
  readonly cycleDetection: boolean;
  /** `@@index(type: ...)` values the connector accepts. */
  readonly indexTypes: readonly string[];
  /** Referential actions with `relationMode = "foreignKeys"`. */
  readonly foreignKeyActions: readonly ReferentialAction[];
  /** Referential actions with `relationMode = "prisma"` (emulated by Prisma Client). */
  readonly emulatedActions: readonly ReferentialAction[];
}

const allActions: readonly ReferentialAction[] = ["Cascade", "Restrict", "NoAction", "SetNull", "SetDefault"];
const emulated: readonly ReferentialAction[] = ["Cascade", "Restrict", "NoAction", "SetNull"];
// PostgreSQL and SQLite cannot emulate NoAction (it would mean deferred checks).
const emulatedWithoutNoAction: readonly ReferentialAction[] = ["Cascade", "Restrict", "SetNull"];

const none: Capabilities = {
  lengthPrefix: false,
  primaryKeySort: false,
  clustering: false,
  fullText: false,
  fullTextSort: false,
  manyFullText: false,
  multiSchema: false,
  cycleDetection: false,
  indexTypes: ["BTree"],
  foreignKeyActions: allActions,
  emulatedActions: emulated,
};

/** Capabilities per provider. */
export const capabilitiesByProvider: Readonly<Record<Provider, Capabilities>> = {
  postgresql: {
    ...none,
    multiSchema: true,
    indexTypes: ["BTree", "Hash", "Gist", "Gin", "SpGist", "Brin"],
    emulatedActions: emulatedWithoutNoAction,
  },
  cockroachdb: { ...none, multiSchema: true, indexTypes: ["BTree", "Gin"] },
  mysql: { ...none, lengthPrefix: true, fullText: true, manyFullText: true },
  sqlite: { ...none, emulatedActions: emulatedWithoutNoAction },
  sqlserver: {
    ...none,
    primaryKeySort: true,
    clustering: true,
    multiSchema: true,
    cycleDetection: true,
    foreignKeyActions: ["Cascade", "NoAction", "SetNull", "SetDefault"],
  },
  mongodb: { ...none, fullText: true, fullTextSort: true, foreignKeyActions: emulated },
};

/** The capabilities of a schema's provider; a schema without datasource gets the most permissive checks off. */
export function capabilitiesOf(provider: Provider | undefined): Capabilities {
  return provider ? capabilitiesByProvider[provider] : { ...none, lengthPrefix: true, primaryKeySort: true };
}

/** MongoDB has no foreign keys: its relations always behave as `relationMode = "prisma"`. */
export function usesPrismaRelationMode(
  datasource: { readonly provider: Provider; readonly relationMode: string } | undefined,
): boolean {
  return datasource?.provider === "mongodb" || datasource?.relationMode === "prisma";
}

/** The referential actions allowed for the datasource. */
export function allowedActions(
  datasource: { readonly provider: Provider; readonly relationMode: string } | undefined,
): readonly ReferentialAction[] {
  if (!datasource) return allActions;
  const capabilities = capabilitiesByProvider[datasource.provider];
  return usesPrismaRelationMode(datasource) ? capabilities.emulatedActions : capabilities.foreignKeyActions;
}
