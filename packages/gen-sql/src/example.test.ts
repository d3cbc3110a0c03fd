import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSchema } from "@cardinal/core";
import { engineFactories } from "@cardinal/testing";
import { describe, expect, it } from "vitest";
import { generateSql } from "./generate-sql.js";

const example = join(import.meta.dirname, "../../../examples/blog");

describe("the bundled example", () => {
  it.each(["postgresql", "mysql", "sqlite"] as const)(
    "has up-to-date SQL in examples/blog/generated/sql/%s.sql (run `npm run example`)",
    (dialect) => {
      const { model, valid } = parseSchema(readFileSync(join(example, "schema.prisma"), "utf8"));
      expect(valid).toBe(true);
      const [file] = generateSql(model, { dialects: [dialect] }).files;
      expect(readFileSync(join(example, "generated/sql", `${dialect}.sql`), "utf8")).toBe(file?.content);
    },
  );
});

describe.each(engineFactories().map((factory) => [factory.name, factory] as const))(
  "the example's SQL on %s",
  (_name, factory) => {
    it.skipIf(factory.skip !== undefined)(
      "executes",
      async () => {
        const engine = await (factory.create as NonNullable<typeof factory.create>)();
        try {
          await engine.reset();
          await engine.exec(readFileSync(join(example, "generated/sql", `${engine.dialect}.sql`), "utf8"));
          const tables = await engine.query(
            engine.dialect === "sqlite"
              ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
              : engine.dialect === "mysql"
                ? "SHOW TABLES"
                : "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
          );
          // 6 models and 2 implicit join tables.
          expect(tables).toHaveLength(8);
        } finally {
          await engine.close();
        }
      },
      60_000,
    );
  },
);
