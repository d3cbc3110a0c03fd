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
