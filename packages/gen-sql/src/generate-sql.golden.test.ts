import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSchema } from "@cardinal/core";
import { corpusDirectory, engineFactories, prismaVerdict, type SqlEngine, withProvider } from "@cardinal/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSql } from "./generate-sql.js";
import { type SqlDialect, sqlDialects } from "./options.js";

/**
 * Feature-named corpus schemas whose SQL is kept as goldens in `goldens/<schema>/<dialect>.sql`, for every
 * dialect on which Prisma accepts the schema. Update with `pnpm vitest run packages/gen-sql -u`, then read the diff.
 */
const goldenSchemas = [
  "one-to-one-optional-fk-unique",
  "one-to-one-references-unique-email",
  "one-to-one-composite-fk",
  "one-to-one-shared-primary-key",
  "one-to-one-self",
  "one-to-many-mandatory",
  "one-to-many-optional",
  "one-to-many-self",
  "one-to-many-identifying-composite",
  "many-to-many-implicit",
  "many-to-many-self",
  "relations-named-two-between-same-models",
  "relations-cycle",
  "relation-reserved-sql-names",
  "relation-mode-prisma",
  "relation-to-mapped-model",
  "actions-set-default",
  "defaults-literals",
  "defaults-functions",
  "types-all-scalars",
  "types-enum-mapped-values",
  "native-types-mysql",
  "attributes-indexes-with-sort-and-length",
  "attributes-index-types-and-operator-classes",
  "attributes-index-name-legacy",
  "attributes-partial-indexes",
  "attributes-fulltext-mysql",
  "constraints-long-default-names-truncated",
  "syntax-comments-and-doc-comments",
  "datasource-multi-schema",
  "datasource-extensions",
] as const;

const providerOf: Readonly<Record<SqlDialect, string>> = { postgresql: "postgresql", mysql: "mysql", sqlite: "sqlite" };

function goldenCases(): { schema: string; dialect: SqlDialect; sql: string }[] {
  return goldenSchemas.flatMap((schema) => {
    const content = readFileSync(join(corpusDirectory, `${schema}.prisma`), "utf8");
    return sqlDialects
      .filter((dialect) => prismaVerdict(withProvider(content, providerOf[dialect])).valid)
      .map((dialect) => {
        const result = parseSchema(withProvider(content, providerOf[dialect]));
        const sql = generateSql(result.model, { dialects: [dialect] }).files[0]?.content ?? "";
        return { schema, dialect, sql };
      });
  });
}

const cases = goldenCases();

describe("generateSql() goldens", () => {
  it.each(cases.map((c) => [`${c.schema} (${c.dialect})`, c] as const))(
    "%s",
    async (_name, { schema, dialect, sql }) => {
      await expect(sql).toMatchFileSnapshot(`../goldens/${schema}/${dialect}.sql`);
    },
  );
});

for (const factory of engineFactories()) {
  describe.skipIf(factory.skip !== undefined)(`goldens run on ${factory.name}`, () => {
    let engine: SqlEngine;
    beforeAll(async () => {
      if (factory.create) engine = await factory.create();
    }, 60_000);
    afterAll(async () => {
      await engine?.close();
    });
    it("every golden of the engine's dialect executes", async () => {
      const mine = cases.filter((c) => c.dialect === engine.dialect);
      expect(mine.length).toBeGreaterThan(10);
      for (const { schema, sql } of mine) {
        await engine.reset();
        await expect(engine.exec(sql), schema).resolves.toBeUndefined();
      }
    }, 60_000);
  });
}
