import { isDeepStrictEqual } from "node:util";
import {
  createRandom,
  type EngineProvider,
  prismaDdl,
  prismaMigrationDiff,
  prismaVerdict,
  randomSeed,
  removeUrls,
} from "@cardinal/testing";
import { afterAll, describe, expect, it } from "vitest";
import { generateSql } from "../generate-sql.js";
import { columnsByName, type MigrationEngine, migrationEngines } from "../test-support/migration-engines.js";
import { baseSchemas, Dice, makePair } from "../test-support/migration-pairs.js";
import { diffSql } from "./diff-sql.js";

const scale = Number(process.env.CARDINAL_MIGRATION_PAIRS ?? "1");
const pairs: Readonly<Record<string, number>> = { PGlite: 6, SQLite: 30 };
const seed = randomSeed();
const summary: string[] = [];

async function catalogAfter(engine: MigrationEngine, create: string, migration: string) {
  await engine.reset();
  await engine.exec(create);
  await engine.exec(migration);
  return columnsByName(await engine.catalog());
}

describe(`diffSql() beside Prisma's schema engine diff: both applied to create(from) give the same catalog (seed ${seed})`, () => {
  afterAll(() => console.log(summary.join("\n")));
  for (const factory of migrationEngines().filter((f) => f.name in pairs)) {
    const count = Math.round((pairs[factory.name] ?? 0) * scale);
    it(`${factory.name}: ${count} seeded pairs`, async () => {
      const engine = await (factory.create as NonNullable<typeof factory.create>)();
      const provider = engine.dialect as EngineProvider;
      const dice = new Dice(createRandom(seed + 7));
      // Prisma 7's engine: only schemas it accepts once their connection URLs are gone.
      const bases = baseSchemas(engine.dialect).small.filter((b) => prismaVerdict(removeUrls(b.text).text).valid);
      const counter = { n: 0 };
      let compared = 0;
      const prismaFailed: string[] = [];
      const prismaSelfDisagrees: string[] = [];
      try {
        while (compared < count) {
          const base = dice.pick(bases);
          const pair = base && makePair(base, engine.dialect, dice, counter);
          if (!pair) continue;
          const create = generateSql(pair.from, { dialects: [engine.dialect] }).files[0]?.content ?? "";
          const ours = diffSql(pair.from, pair.to, { dialects: [engine.dialect] }).migrations[0]?.sql ?? "";
          const theirs = await prismaMigrationDiff(
            removeUrls(pair.fromText).text,
            removeUrls(pair.toText).text,
            provider,
          );
          const context = `${pair.base}: ${pair.edits.join("; ")}\n--- Cardinal:\n${ours}\n--- Prisma:\n${theirs}`;
          const actual = await catalogAfter(engine, create, ours).catch((error: unknown) => {
            throw new Error(
              `Cardinal's script failed: ${error instanceof Error ? error.message : String(error)}\n${context}`,
            );
          });
          let expected: Awaited<ReturnType<typeof catalogAfter>>;
          try {
            expected = await catalogAfter(engine, await prismaDdl(removeUrls(pair.fromText).text, provider), theirs);
          } catch (error) {
            // Prisma's own SQLite DDL does not run for some defaults (see generate-sql.prisma.test.ts): counted.
            prismaFailed.push(`${pair.base} (${error instanceof Error ? error.message : String(error)})`);
            compared++;
            continue;
          }
          if (!isDeepStrictEqual(actual, expected)) {
            // Prisma's migration can leave a database its own CREATE for the new schema would not make (an
            // optional serial column: CREATE makes it NOT NULL, the migration drops NOT NULL). Cardinal's aim is
            // the database a fresh CREATE makes, so there it must equal Prisma's CREATE of the new schema.
            const fresh = await catalogAfter(engine, await prismaDdl(removeUrls(pair.toText).text, provider), "");
            expect(actual, `${context}\n(and not what Prisma's CREATE of the new schema makes)`).toEqual(fresh);
            prismaSelfDisagrees.push(`${pair.base}: ${pair.edits.join("; ")}`);
          }
          compared++;
        }
      } finally {
        await engine.close();
        summary.push(
          `${engine.label}: ${compared} pairs, same catalog as Prisma's migration on all but the ${prismaFailed.length} where Prisma's own script failed: ${prismaFailed.join("; ") || "none"}; and the ${prismaSelfDisagrees.length} where Prisma's migration and Prisma's CREATE disagree (Cardinal's equals the CREATE): ${prismaSelfDisagrees.join("; ") || "none"}`,
        );
      }
    }, 600_000);
  }
});
