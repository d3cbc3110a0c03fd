import { parseSchema } from "@cardinal/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MigrationEngine, migrationEngines } from "../test-support/migration-engines.js";
import type { SchemaPair } from "../test-support/migration-pairs.js";
import { runPair } from "../test-support/run-pair.js";

const user = "model User {\n  id    Int    @id\n  email String @unique\n  posts Post[]\n}\n";

/** Hand-written schema changes around relations, each applied with rows on every engine. */
const scenarios: Readonly<Record<string, readonly [string, string]>> = {
  "1-n becomes 1-1 (UNIQUE on the foreign key)": [
    `${user}model Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n`,
    `${user.replace("Post[]", "Post?")}model Post {\n  id       Int  @id\n  authorId Int  @unique\n  author   User @relation(fields: [authorId], references: [id])\n}\n`,
  ],
  "a 1-1 is removed, its foreign key column kept": [
    `${user.replace("Post[]", "Post?")}model Post {\n  id       Int  @id\n  authorId Int  @unique\n  author   User @relation(fields: [authorId], references: [id])\n}\n`,
    `${user.replace("  posts Post[]\n", "")}model Post {\n  id       Int  @id\n  authorId Int  @unique\n}\n`,
  ],
  "a composite foreign key to a composite id is added": [
    "model Tenant {\n  org  Int\n  slug String\n\n  @@id([org, slug])\n}\nmodel Page {\n  id  Int @id\n  org Int\n  tenantSlug String\n}\n",
    "model Tenant {\n  org  Int\n  slug String\n  pages Page[]\n\n  @@id([org, slug])\n}\nmodel Page {\n  id  Int @id\n  org Int\n  tenantSlug String\n  tenant Tenant @relation(fields: [org, tenantSlug], references: [org, slug], onDelete: Cascade)\n}\n",
  ],
  "a shared primary key (identifying 1-1) changes its action": [
    `${user.replace("  posts Post[]\n", "  settings Settings?\n")}model Settings {\n  userId Int  @id\n  user   User @relation(fields: [userId], references: [id])\n}\n`,
    `${user.replace("  posts Post[]\n", "  settings Settings?\n")}model Settings {\n  userId Int  @id\n  user   User @relation(fields: [userId], references: [id], onDelete: Cascade, onUpdate: Restrict)\n}\n`,
  ],
  "a cycle of optional foreign keys gets new actions and a renamed table": [
    'model A {\n  id  Int  @id\n  bId Int? @unique\n  b   B?   @relation("AB", fields: [bId], references: [id])\n  bs  B[]  @relation("BA")\n}\nmodel B {\n  id  Int @id\n  aId Int?\n  a   A?  @relation("BA", fields: [aId], references: [id])\n  ab  A?  @relation("AB")\n}\n',
    'model A {\n  id  Int  @id\n  bId Int? @unique\n  b   Bee? @relation("AB", fields: [bId], references: [id], onDelete: SetNull)\n  bs  Bee[] @relation("BA")\n}\n/// @renamedFrom B\nmodel Bee {\n  id  Int @id\n  aId Int?\n  a   A?  @relation("BA", fields: [aId], references: [id], onDelete: Cascade)\n  ab  A?  @relation("AB")\n}\n',
  ],
  "an implicit m-n keeps its pairs when a model is renamed": [
    "model Post {\n  id   Int   @id\n  tags Tag[]\n}\nmodel Tag {\n  id    Int    @id\n  posts Post[]\n}\n",
    "model Post {\n  id     Int     @id\n  labels Label[]\n}\n/// @renamedFrom Tag\nmodel Label {\n  id    Int    @id\n  posts Post[]\n}\n",
  ],
  "an enum gains a value that becomes the default, and is renamed with @@map": [
    "model Job {\n  id    Int   @id\n  state State @default(NEW)\n}\nenum State {\n  NEW\n}\n",
    'model Job {\n  id    Int   @id\n  state State @default(QUEUED)\n}\nenum State {\n  NEW\n  QUEUED\n\n  @@map("job_state")\n}\n',
  ],
  "a field renamed with a hint, another by @map": [
    `${user}model Post {\n  id       Int    @id\n  title    String\n  authorId Int\n  author   User   @relation(fields: [authorId], references: [id])\n}\n`,
    `${user}model Post {\n  id       Int    @id\n  /// @renamedFrom title\n  headline String\n  authorId Int    @map("author_id")\n  author   User   @relation(fields: [authorId], references: [id])\n}\n`,
  ],
};

function pairOf(name: string, provider: string, [a, b]: readonly [string, string]): SchemaPair {
  const datasource = `datasource db {\n  provider = "${provider}"\n}\n`;
  const from = parseSchema(datasource + a);
  const to = parseSchema(datasource + b);
  expect(from.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(to.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const renamedModels = new Map(
    [...b.matchAll(/@renamedFrom (\w+)\nmodel (\w+)/g)].map((m) => [m[1] as string, m[2] as string]),
  );
  return {
    base: name,
    fromText: datasource + a,
    toText: datasource + b,
    from: from.model,
    to: to.model,
    edits: [name],
    renamedModels,
  };
}

for (const factory of migrationEngines()) {
  describe.skipIf(!factory.create)(`diffSql() on relation changes, ${factory.name}`, () => {
    let engine: MigrationEngine;
    beforeAll(async () => {
      engine = await (factory.create as NonNullable<typeof factory.create>)();
    }, 60_000);
    afterAll(() => engine?.close());

    it.each(Object.entries(scenarios))(
      "%s: same catalog as create(to), every row kept",
      async (name, texts) => {
        const provider = engine.dialect === "postgresql" ? "postgresql" : engine.dialect;
        const outcome = await runPair(engine, pairOf(name, provider, texts));
        expect(outcome.createFailed, outcome.sql).toBeUndefined();
        expect(outcome.unflaggedFailure, outcome.sql).toBeUndefined();
        expect(outcome.failedWithRows, outcome.sql).toBeUndefined();
        expect(outcome.actual, outcome.sql).toEqual(outcome.expected);
        expect(outcome.lostRows, outcome.sql).toEqual([]);
        expect(outcome.rowsAfter).toBeGreaterThan(0);
      },
      60_000,
    );
  });
}
