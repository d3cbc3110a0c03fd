import { parseSchema } from "@cardinal/core";
import { engineFactories, hostileComments, hostileSchema } from "@cardinal/testing";
import { describe, expect, it } from "vitest";
import { generateSql } from "./generate-sql.js";

/** What a database keeps of a comment: PostgreSQL text cannot hold NUL, which Cardinal writes as `␀`. */
const stored = (text: string) => text.replaceAll("\u0000", "\u2400");

describe("generateSql() on the hostile schema: every comment character is safe", () => {
  for (const factory of engineFactories()) {
    it.skipIf(factory.create === undefined)(
      `${factory.name}: the DDL runs, and doc comments come back as written`,
      async () => {
        const engine = await (factory.create as NonNullable<typeof factory.create>)();
        try {
          const schema = hostileSchema(engine.dialect, { tableNameClashes: false });
          const parsed = parseSchema(schema);
          expect(parsed.diagnostics).toEqual([]);
          const { files, diagnostics } = generateSql(parsed.model, { dialects: [engine.dialect] });
          expect(diagnostics).toEqual([]);
          await engine.reset();
          await engine.exec(files[0]?.content ?? "");
          const tables = await engine.query(
            engine.dialect === "sqlite"
              ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
              : engine.dialect === "mysql"
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                : "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
          );
          expect(tables.length).toBe(parsed.model.models.length);
          if (engine.dialect === "postgresql") {
            const comments = await engine.query<{ text: string }>(
              "SELECT description AS text FROM pg_description JOIN pg_class ON pg_class.oid = objoid WHERE relname = 'any' AND objsubid = 0",
            );
            expect(comments.map((row) => row.text)).toEqual([stored(`${hostileComments[0]}\n@group Billing`)]);
            const columns = await engine.query<{ text: string }>(
              "SELECT DISTINCT description AS text FROM pg_description",
            );
            for (const comment of hostileComments) expect(columns.map((row) => row.text)).toContain(stored(comment));
          }
          if (engine.dialect === "sqlite") {
            const [table] = await engine.query<{ sql: string }>("SELECT sql FROM sqlite_master WHERE name = 'any'");
            for (const line of stored(hostileComments[0] as string).split("\n"))
              expect(table?.sql).toContain(`-- ${line}`);
            const all = (await engine.query<{ sql: string }>("SELECT sql FROM sqlite_master")).map((row) => row.sql);
            for (const comment of hostileComments) expect(all.join("\n")).toContain(stored(comment).split("\n")[0]);
          }
          if (engine.dialect === "mysql") {
            const columns = await engine.query<{ text: string }>(
              "SELECT DISTINCT column_comment AS text FROM information_schema.columns WHERE table_schema = DATABASE()",
            );
            for (const comment of hostileComments) expect(columns.map((row) => row.text)).toContain(comment);
          }
        } finally {
          await engine.close();
        }
      },
      120_000,
    );
  }
});
