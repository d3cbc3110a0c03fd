/**
 * pgvector is in neither PGlite nor Debian's PostgreSQL 15. Where the engine lacks it, the DDL under test (Prisma's
 * and Cardinal's alike) gets a stand-in: the `CREATE EXTENSION` for `vector` becomes a `vector` domain over `real[]`
 * and `vector(n)` columns become `vector`. Everything else runs as generated. A DDL that never creates the
 * extension gets no stand-in, so a missing `CREATE EXTENSION` still fails.
 */
export function pgvectorStandIn(ddl: string): string {
  const create = /CREATE EXTENSION[^;]*"?\bvector\b"?[^;]*;/gi;
  if (!create.test(ddl)) return ddl;
  return ddl.replace(create, 'CREATE DOMAIN "vector" AS real[];').replace(/\bvector\(\d+\)/g, '"vector"');
}

/** Extensions a schema can use without declaring them, each with what shows it is used. */
const usedExtensions: readonly { readonly name: string; readonly use: RegExp }[] = [
  { name: "citext", use: /@db\.Citext\b/ },
  { name: "pg_trgm", use: /\b(?:gin|gist)_trgm_ops\b/ },
];

/**
 * The extensions a schema uses (`@db.Citext`, `gin_trgm_ops`) without listing them in `extensions = [...]`: such a
 * project creates them in a migration of its own (cal.com, civitai, documenso and rallly do), so neither Prisma's DDL
 * nor Cardinal's creates them. The database under test gets them first, as the project's would have them. An
 * extension the schema declares is left to the DDL: a DDL that omits its `CREATE EXTENSION` still fails.
 */
export function undeclaredExtensions(schemaText: string): string {
  const declared = /\bextensions\s*=\s*\[([^\]]*)\]/.exec(schemaText)?.[1] ?? "";
  return usedExtensions
    .filter(({ name, use }) => use.test(schemaText) && !new RegExp(`\\b${name}\\b`).test(declared))
    .map(({ name }) => `CREATE EXTENSION IF NOT EXISTS "${name}";\n`)
    .join("");
}
