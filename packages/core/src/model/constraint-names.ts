import type { IndexDefinition, Provider } from "./types.js";

/** Kinds of named database constraints (and indexes). */
export type ConstraintKind = "primaryKey" | "unique" | "index" | "foreignKey";

const suffixes: Readonly<Record<ConstraintKind, string>> = {
  primaryKey: "_pkey",
  unique: "_key",
  index: "_idx",
  foreignKey: "_fkey",
};

/** Longest identifier each database accepts, in bytes (PostgreSQL truncates silently at 63). */
const identifierLimits: Readonly<Record<Provider, number>> = {
  postgresql: 63,
  cockroachdb: 63,
  mysql: 64,
  sqlserver: 128,
  sqlite: 10_000,
  mongodb: 127,
};

/** The identifier length limit of a provider, in UTF-8 bytes. Without a datasource there is none. */
export function maxIdentifierLength(provider: Provider | undefined): number {
  return provider ? identifierLimits[provider] : 10_000;
}

/**
 * Prisma's default name for a constraint: `{table}_pkey`, `{table}_{cols}_key`, `{table}_{cols}_idx`,
 * `{table}_{cols}_fkey`, from database names, with the part before the suffix cut (at a character boundary)
 * so that the whole name stays under the provider's limit. Every generator names constraints with this.
 * @example defaultConstraintName("unique", "User", ["email"], "postgresql") // "User_email_key"
 */
export function defaultConstraintName(
  kind: ConstraintKind,
  table: string,
  columns: readonly string[],
  provider: Provider | undefined,
): string {
  const suffix = suffixes[kind];
  const stem = kind === "primaryKey" ? table : `${table}_${columns.join("_")}`;
  const room = maxIdentifierLength(provider) - suffix.length;
  return `${utf8Length(stem) >= room ? truncateUtf8(stem, room) : stem}${suffix}`;
}

/**
 * The database name a key's attribute gives it, undefined when Prisma's default name applies: `map:`, or for
 * `@@index` also `name:`, which Prisma still takes as the index's database name for schemas of before Prisma 3 (on
 * `@@unique` and `@@id`, `name:` is the client's name only).
 * @example explicitKeyName({ kind: "index", name: "order_customer_idx", mapName: undefined }) // "order_customer_idx"
 */
export function explicitKeyName(key: Pick<IndexDefinition, "kind" | "name" | "mapName">): string | undefined {
  return key.mapName ?? (key.kind === "index" ? key.name : undefined);
}

/** The length of a string in UTF-8 bytes, counted without allocating (works in browsers too). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The longest prefix of `text` that fits in `bytes` UTF-8 bytes without splitting a character. */
function truncateUtf8(text: string, bytes: number): string {
  let used = 0;
  let end = 0;
  for (const char of text) {
    const size = utf8Length(char);
    if (used + size > bytes) break;
    used += size;
    end += char.length;
  }
  return text.slice(0, end);
}
