import type { Extension } from "@electric-sql/pglite";

/** The contrib extensions PGlite ships that schemas commonly list in `extensions = [...]`, loaded on demand. */
const contrib: Readonly<Record<string, () => Promise<Extension>>> = {
  btree_gin: async () => (await import("@electric-sql/pglite/contrib/btree_gin")).btree_gin,
  btree_gist: async () => (await import("@electric-sql/pglite/contrib/btree_gist")).btree_gist,
  citext: async () => (await import("@electric-sql/pglite/contrib/citext")).citext,
  cube: async () => (await import("@electric-sql/pglite/contrib/cube")).cube,
  hstore: async () => (await import("@electric-sql/pglite/contrib/hstore")).hstore,
  ltree: async () => (await import("@electric-sql/pglite/contrib/ltree")).ltree,
  pg_trgm: async () => (await import("@electric-sql/pglite/contrib/pg_trgm")).pg_trgm,
  pgcrypto: async () => (await import("@electric-sql/pglite/contrib/pgcrypto")).pgcrypto,
  "uuid-ossp": async () => (await import("@electric-sql/pglite/contrib/uuid_ossp")).uuid_ossp,
};

/** The contrib extensions a DDL creates (`CREATE EXTENSION IF NOT EXISTS "citext"`) that PGlite can load. */
export function requiredExtensions(ddl: string): string[] {
  const names = [...ddl.matchAll(/CREATE EXTENSION(?: IF NOT EXISTS)? "?([\w-]+)"?/gi)].map(
    (match) => match[1] as string,
  );
  return [...new Set(names)].filter((name) => name in contrib).sort();
}

/** Loads PGlite's extension modules by name, for `PGlite.create({ extensions })`. */
export async function loadExtensions(names: readonly string[]): Promise<Record<string, Extension>> {
  const entries = await Promise.all(
    names.map(async (name) => [name.replace("-", "_"), await (contrib[name] as () => Promise<Extension>)()] as const),
  );
  return Object.fromEntries(entries);
}

/**
 * pgvector is not shipped by PGlite: a DDL that creates it gets a stand-in, a `vector` domain over `real[]`, and its
 * `vector(n)` columns become `vector`. Any other DDL is returned unchanged.
 */
export function pgvectorStandIn(ddl: string): string {
  const create = /CREATE EXTENSION[^;]*"?\bvector\b"?[^;]*;/gi;
  if (!create.test(ddl)) return ddl;
  return ddl.replace(create, 'CREATE DOMAIN "vector" AS real[];').replace(/\bvector\(\d+\)/g, '"vector"');
}
