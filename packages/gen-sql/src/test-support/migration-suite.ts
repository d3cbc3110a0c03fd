import { parseSchema } from "@cardinal/core";
import { createRandom, randomSeed, withProvider } from "@cardinal/testing";
import { describe, expect, it } from "vitest";
import { type MigrationEngine, migrationEngines } from "./migration-engines.js";
import { baseSchemas, Dice, makePair } from "./migration-pairs.js";
import { sharedKeys } from "./regression-schemas.js";
import { type PairOutcome, runPair } from "./run-pair.js";

/** Pairs per engine; `CARDINAL_MIGRATION_PAIRS` scales them all (the soak script sets it high). */
const pairsPerEngine: Readonly<Record<string, number>> = {
  PGlite: 40,
  SQLite: 760,
  "PostgreSQL server": 160,
  "MySQL/MariaDB server": 40,
};

/** One pair in this many starts from a realistic schema (30+ models, slower). */
const realisticEvery = Number(process.env.CARDINAL_REALISTIC_EVERY ?? "40");

/** Pairs that seeded runs once found failing, kept as fixed cases on every engine: `[name, from, to]`. */
const regressionPairs: readonly (readonly [string, string, string])[] = [
  [
    // MySQL drops the own index of a key served by a longer key's index: dropping the key must not drop that index.
    "two keys sharing a column, the referencing table renamed (seed 474357252)",
    sharedKeys("", ""),
    sharedKeys('@map("col_156")', '@@map("table_157")'),
  ],
];

/** What every migrated pair must show: it ran, reached the catalog of create(to), and kept its rows. */
function expectMigrated(outcome: PairOutcome, context: string): void {
  expect(outcome.unflaggedFailure, context).toBeUndefined();
  expect(outcome.actual, context).toEqual(outcome.expected);
  expect(outcome.lostRows, context).toEqual([]);
}

/** Runs the fixed regression pairs on an engine; each must migrate to the catalog of create(to) with its rows. */
async function runRegressionPairs(engine: MigrationEngine): Promise<void> {
  for (const [name, fromBody, toBody] of regressionPairs) {
    const [fromText, toText] = [withProvider(fromBody, engine.dialect), withProvider(toBody, engine.dialect)];
    const [from, to] = [parseSchema(fromText).model, parseSchema(toText).model];
    const pair = { base: name, fromText, toText, from, to, edits: [name], renamedModels: new Map<string, string>() };
    const outcome = await runPair(engine, pair);
    const context = `${engine.label}, ${name}\n--- migration:\n${outcome.sql}`;
    expect(outcome.createFailed, context).toBeUndefined();
    expectMigrated(outcome, context);
  }
}

/**
 * The seeded migration test of one engine, in a file of its own so that vitest runs the engines side by side:
 * pairs of schemas (corpus and realistic ones, mutated), each applied as create(from) + rows + diff(from, to) and
 * compared with create(to). A pair whose create() itself fails on the engine is not counted (and is listed).
 */
export function describeMigrations(engineName: string): void {
  const factory = migrationEngines().find((f) => f.name === engineName);
  if (!factory) throw new Error(`no engine ${engineName}`);
  const seed = randomSeed();
  const count = Math.round((pairsPerEngine[engineName] ?? 100) * Number(process.env.CARDINAL_MIGRATION_PAIRS ?? "1"));
  describe(`diffSql() on ${engineName}: create(from) + rows + diff(from, to) has the catalog of create(to) (seed ${seed}, replay with CARDINAL_SEED=${seed})`, () => {
    it.skipIf(!factory.create)(
      `${regressionPairs.length} fixed regression pairs`,
      async () => {
        const engine = await (factory.create as NonNullable<typeof factory.create>)();
        try {
          await runRegressionPairs(engine);
        } finally {
          await engine.close();
        }
      },
      120_000,
    );
    it.skipIf(!factory.create)(
      `${count} seeded pairs${factory.skip ? ` (${factory.skip})` : ""}`,
      async () => {
        const engine = await (factory.create as NonNullable<typeof factory.create>)();
        const dice = new Dice(createRandom(seed));
        const bases = baseSchemas(engine.dialect);
        const counter = { n: 0 };
        const createFailures = new Set<string>();
        const stats = { pairs: 0, withRows: 0, flagged: 0, rowsBefore: 0, rowsKept: 0, warnings: 0, skipped: 0 };
        try {
          for (let attempt = 0; stats.pairs < count && attempt < count * 4; attempt++) {
            const pool = bases.large.length > 0 && attempt % realisticEvery === 0 ? bases.large : bases.small;
            const base = dice.pick(pool);
            const pair = base && makePair(base, engine.dialect, dice, counter);
            if (!pair) continue;
            const outcome = await runPair(engine, pair);
            if (outcome.createFailed) {
              stats.skipped++;
              createFailures.add(`${pair.base}: ${outcome.createFailed.split("\n")[0]}`);
              continue;
            }
            stats.pairs++;
            const context = `${engine.label}, pair ${stats.pairs} from ${pair.base}: ${pair.edits.join("; ")}\n--- to:\n${pair.toText}\n--- migration:\n${outcome.sql}`;
            expectMigrated(outcome, context);
            if (outcome.failedWithRows) stats.flagged++;
            else stats.withRows++;
            stats.rowsBefore += outcome.rowsBefore;
            stats.rowsKept += outcome.rowsAfter;
            stats.warnings += outcome.warnings;
          }
        } finally {
          await engine.close();
          console.log(
            `${engine.label} (seed ${seed}): ${stats.pairs} pairs, catalog equal on all ${stats.pairs}; migrated with rows ${stats.withRows} (${stats.rowsKept}/${stats.rowsBefore} rows kept), flagged and failing on rows ${stats.flagged} (then applied to an empty database); ${stats.warnings} warnings; ${stats.skipped} pairs left out because create() itself fails on this engine${createFailures.size > 0 ? `: ${[...createFailures].join("; ")}` : ""}`,
          );
        }
        expect(stats.pairs).toBe(count);
      },
      600_000,
    );
  });
}
