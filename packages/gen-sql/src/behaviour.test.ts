import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSchema } from "@cardinal/core";
import { corpusDirectory, engineFactories, type SqlEngine, type Violation } from "@cardinal/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSql } from "./generate-sql.js";

/** One step: a statement that must succeed, fail on a constraint, or a query with its expected rows. */
type Step =
  | { readonly run: string }
  | { readonly fails: string; readonly violation: Violation }
  | { readonly rows: string; readonly expected: readonly unknown[][] };

interface Scenario {
  readonly schema: string;
  readonly title: string;
  readonly steps: readonly Step[];
  /** Dialects on which the behaviour is not the database's to give, with the reason. */
  readonly skipOn?: Partial<Record<SqlEngine["dialect"], string>>;
}

const run = (sql: string): Step => ({ run: sql });
const fails = (sql: string, violation: Violation): Step => ({ fails: sql, violation });
const rows = (sql: string, ...expected: unknown[][]): Step => ({ rows: sql, expected });

const usersAndPost = [
  run(`INSERT INTO "User" ("id") VALUES (1)`),
  run(`INSERT INTO "Post" ("id", "authorId") VALUES (10, 1)`),
];

const scenarios: readonly Scenario[] = [
  {
    schema: "one-to-one-optional-fk-unique",
    title: "1-1 with a unique FK: a second Profile for the same User fails; a Profile needs an existing User",
    steps: [
      run(`INSERT INTO "User" ("id", "email") VALUES (1, 'a@example.com')`),
      run(`INSERT INTO "Profile" ("id", "bio", "userId") VALUES (1, 'first', 1)`),
      fails(`INSERT INTO "Profile" ("id", "bio", "userId") VALUES (2, 'second', 1)`, "unique"),
      fails(`INSERT INTO "Profile" ("id", "bio", "userId") VALUES (3, 'orphan', 99)`, "foreign-key"),
    ],
  },
  {
    schema: "one-to-one-references-unique-email",
    title: "1-1 over a unique email: one Profile per email, and the email must exist",
    steps: [
      run(`INSERT INTO "User" ("id", "email") VALUES (1, 'a@example.com')`),
      run(`INSERT INTO "Profile" ("id", "userEmail") VALUES (1, 'a@example.com')`),
      fails(`INSERT INTO "Profile" ("id", "userEmail") VALUES (2, 'a@example.com')`, "unique"),
      fails(`INSERT INTO "Profile" ("id", "userEmail") VALUES (3, 'nobody@example.com')`, "foreign-key"),
    ],
  },
  {
    schema: "one-to-one-composite-fk",
    title: "composite 1-1: the (first, last) pair is unique in Profile and must exist in User",
    steps: [
      run(`INSERT INTO "User" ("firstName", "lastName") VALUES ('Ada', 'Lovelace')`),
      run(`INSERT INTO "Profile" ("id", "userFirstName", "userLastName") VALUES (1, 'Ada', 'Lovelace')`),
      fails(`INSERT INTO "Profile" ("id", "userFirstName", "userLastName") VALUES (2, 'Ada', 'Lovelace')`, "unique"),
      fails(`INSERT INTO "Profile" ("id", "userFirstName", "userLastName") VALUES (3, 'Ada', 'Byron')`, "foreign-key"),
    ],
  },
  {
    schema: "one-to-one-shared-primary-key",
    title: "shared primary key: the Profile's id is its User's id, unique by being the key; Cascade removes it",
    steps: [
      run(`INSERT INTO "User" ("id") VALUES (1)`),
      run(`INSERT INTO "Profile" ("userId", "bio") VALUES (1, 'hi')`),
      fails(`INSERT INTO "Profile" ("userId", "bio") VALUES (1, 'again')`, "unique"),
      fails(`INSERT INTO "Profile" ("userId", "bio") VALUES (2, 'orphan')`, "foreign-key"),
      run(`DELETE FROM "User" WHERE "id" = 1`),
      rows(`SELECT COUNT(*) AS "n" FROM "Profile"`, [0]),
    ],
  },
  {
    schema: "one-to-one-optional-both-sides",
    title: "optional 1-1: a Profile may have no User, and several may have none (NULLs are not duplicates)",
    steps: [
      run(`INSERT INTO "Profile" ("id", "userId") VALUES (1, NULL)`),
      run(`INSERT INTO "Profile" ("id", "userId") VALUES (2, NULL)`),
      run(`INSERT INTO "User" ("id") VALUES (1)`),
      run(`INSERT INTO "Profile" ("id", "userId") VALUES (3, 1)`),
      fails(`INSERT INTO "Profile" ("id", "userId") VALUES (4, 1)`, "unique"),
      run(`DELETE FROM "User" WHERE "id" = 1`),
      rows(`SELECT "id", "userId" FROM "Profile" ORDER BY "id"`, [1, null], [2, null], [3, null]),
    ],
  },
  {
    schema: "one-to-many-mandatory",
    title: "mandatory 1-n: a Post needs an author that exists; an author with posts cannot be deleted",
    steps: [
      run(`INSERT INTO "User" ("id") VALUES (1)`),
      run(`INSERT INTO "Post" ("id", "title", "authorId") VALUES (10, 'a', 1)`),
      run(`INSERT INTO "Post" ("id", "title", "authorId") VALUES (11, 'b', 1)`),
      fails(`INSERT INTO "Post" ("id", "title", "authorId") VALUES (12, 'c', NULL)`, "not-null"),
      fails(`INSERT INTO "Post" ("id", "title", "authorId") VALUES (13, 'd', 99)`, "foreign-key"),
      fails(`DELETE FROM "User" WHERE "id" = 1`, "foreign-key"),
    ],
  },
  {
    schema: "one-to-many-optional",
    title: "optional 1-n: a Post may have no author; deleting the author sets it to NULL (the default)",
    steps: [
      ...usersAndPost,
      run(`INSERT INTO "Post" ("id", "authorId") VALUES (11, NULL)`),
      run(`DELETE FROM "User" WHERE "id" = 1`),
      rows(`SELECT "id", "authorId" FROM "Post" ORDER BY "id"`, [10, null], [11, null]),
    ],
  },
  {
    schema: "many-to-many-implicit",
    title: "implicit m-n: one join row per pair, both ends must exist, and it goes with either end",
    steps: [
      run(`INSERT INTO "Post" ("id") VALUES (1)`),
      run(`INSERT INTO "Tag" ("id", "name") VALUES (1, 'sql')`),
      run(`INSERT INTO "_PostToTag" ("A", "B") VALUES (1, 1)`),
      fails(`INSERT INTO "_PostToTag" ("A", "B") VALUES (1, 1)`, "unique"),
      fails(`INSERT INTO "_PostToTag" ("A", "B") VALUES (1, 2)`, "foreign-key"),
      run(`DELETE FROM "Post" WHERE "id" = 1`),
      rows(`SELECT COUNT(*) AS "n" FROM "_PostToTag"`, [0]),
    ],
  },
  {
    schema: "one-to-one-self",
    title: "self 1-1: a Version has at most one successor",
    steps: [
      run(`INSERT INTO "Version" ("id", "previousId") VALUES (1, NULL)`),
      run(`INSERT INTO "Version" ("id", "previousId") VALUES (2, 1)`),
      fails(`INSERT INTO "Version" ("id", "previousId") VALUES (3, 1)`, "unique"),
      fails(`INSERT INTO "Version" ("id", "previousId") VALUES (4, 42)`, "foreign-key"),
    ],
  },
  {
    schema: "one-to-many-self",
    title: "self 1-n: children need an existing parent and lose it (SetNull) when it goes",
    steps: [
      run(`INSERT INTO "Category" ("id", "parentId") VALUES (1, NULL)`),
      run(`INSERT INTO "Category" ("id", "parentId") VALUES (2, 1)`),
      run(`INSERT INTO "Category" ("id", "parentId") VALUES (3, 1)`),
      fails(`INSERT INTO "Category" ("id", "parentId") VALUES (4, 9)`, "foreign-key"),
      run(`DELETE FROM "Category" WHERE "id" = 1`),
      rows(`SELECT "id", "parentId" FROM "Category" ORDER BY "id"`, [2, null], [3, null]),
    ],
  },
  {
    schema: "many-to-many-self",
    title: "self m-n: following someone twice fails",
    steps: [
      run(`INSERT INTO "User" ("id") VALUES (1)`),
      run(`INSERT INTO "User" ("id") VALUES (2)`),
      run(`INSERT INTO "_Follows" ("A", "B") VALUES (1, 2)`),
      run(`INSERT INTO "_Follows" ("A", "B") VALUES (2, 1)`),
      fails(`INSERT INTO "_Follows" ("A", "B") VALUES (1, 2)`, "unique"),
    ],
  },
  {
    schema: "actions-cascade",
    title: "Cascade: an updated key follows, a deleted parent takes its children",
    steps: [
      ...usersAndPost,
      run(`UPDATE "User" SET "id" = 2 WHERE "id" = 1`),
      rows(`SELECT "authorId" FROM "Post"`, [2]),
      run(`DELETE FROM "User" WHERE "id" = 2`),
      rows(`SELECT COUNT(*) AS "n" FROM "Post"`, [0]),
    ],
  },
  {
    schema: "actions-restrict",
    title: "Restrict: a parent with children can be neither re-keyed nor deleted",
    steps: [
      ...usersAndPost,
      fails(`UPDATE "User" SET "id" = 2 WHERE "id" = 1`, "foreign-key"),
      fails(`DELETE FROM "User" WHERE "id" = 1`, "foreign-key"),
    ],
  },
  {
    schema: "actions-no-action",
    title: "NoAction: the same refusals, checked at the end of the statement",
    steps: [
      ...usersAndPost,
      fails(`UPDATE "User" SET "id" = 2 WHERE "id" = 1`, "foreign-key"),
      fails(`DELETE FROM "User" WHERE "id" = 1`, "foreign-key"),
    ],
  },
  {
    schema: "actions-set-null-optional",
    title: "SetNull: children keep living without a parent",
    steps: [
      ...usersAndPost,
      run(`UPDATE "User" SET "id" = 2 WHERE "id" = 1`),
      rows(`SELECT "authorId" FROM "Post"`, [null]),
      run(`UPDATE "Post" SET "authorId" = 2`),
      run(`DELETE FROM "User" WHERE "id" = 2`),
      rows(`SELECT "authorId" FROM "Post"`, [null]),
    ],
  },
  {
    schema: "actions-set-default",
    title: "SetDefault: children fall back to the default parent (id 0)",
    skipOn: { mysql: "InnoDB does not implement SET DEFAULT (Prisma warns about it too)" },
    steps: [
      run(`INSERT INTO "User" ("id") VALUES (0)`),
      ...usersAndPost,
      run(`DELETE FROM "User" WHERE "id" = 1`),
      rows(`SELECT "authorId" FROM "Post"`, [0]),
    ],
  },
];

/** Corpus schemas use simple names, so switching to backticks is all MySQL needs. */
function forDialect(sql: string, dialect: SqlEngine["dialect"]): string {
  return dialect === "mysql" ? sql.replaceAll('"', "`") : sql;
}

function ddlFor(schemaName: string, dialect: SqlEngine["dialect"]): string {
  const result = parseSchema(readFileSync(join(corpusDirectory, `${schemaName}.prisma`), "utf8"));
  if (!result.valid) throw new Error(`${schemaName} is not valid`);
  const [file] = generateSql(result.model, { dialects: [dialect] }).files;
  return file?.content ?? "";
}

async function runStep(engine: SqlEngine, step: Step): Promise<void> {
  if ("run" in step) await engine.exec(forDialect(step.run, engine.dialect));
  else if ("fails" in step)
    expect(await engine.violation(forDialect(step.fails, engine.dialect)), step.fails).toBe(step.violation);
  else {
    const result = await engine.query(forDialect(step.rows, engine.dialect));
    // Engines differ in number types (bigint counts, strings): compare as JSON-ish numbers.
    expect(
      result.map((row) => Object.values(row).map((value) => (value === null ? null : Number(value)))),
      step.rows,
    ).toEqual(step.expected);
  }
}

for (const factory of engineFactories()) {
  describe.skipIf(factory.skip !== undefined)(
    `relations enforced on ${factory.name}${factory.skip ? ` (skipped: ${factory.skip})` : ""}`,
    () => {
      let engine: SqlEngine;
      beforeAll(async () => {
        if (!factory.create) return;
        engine = await factory.create();
      }, 60_000);
      afterAll(async () => {
        await engine?.close();
      });

      it.each(scenarios.map((scenario) => [scenario.title, scenario] as const))("%s", async (_title, scenario) => {
        const skip = scenario.skipOn?.[engine.dialect];
        if (skip) {
          console.log(`${engine.label}: skipped "${scenario.schema}": ${skip}`);
          return;
        }
        await engine.reset();
        await engine.exec(ddlFor(scenario.schema, engine.dialect));
        for (const step of scenario.steps) await runStep(engine, step);
      });
    },
  );
}
