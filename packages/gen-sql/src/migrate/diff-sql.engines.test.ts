import { createRandom, randomSeed } from "@cardinal/testing";
import { afterAll, describe, expect, it } from "vitest";
import { migrationEngines } from "../test-support/migration-engines.js";
import { baseSchemas, Dice, makePair } from "../test-support/migration-pairs.js";
import { runPair } from "../test-support/run-pair.js";

/** Pairs per engine: `CARDINAL_MIGRATION_PAIRS` scales them all (the soak script sets it high). */
const scale = Number(process.env.CARDINAL_MIGRATION_PAIRS ?? "1");
const pairsPerEngine: Readonly<Record<string, number>> = {
  PGlite: 40,
  SQLite: 760,
  "PostgreSQL server": 160,
  "MySQL/MariaDB server": 40,
};
/** One pair in this many starts from a realistic schema (30+ models, slower). */
const realisticEvery = Number(process.env.CARDINAL_REALISTIC_EVERY ?? "40");

const seed = randomSeed();
const summary: string[] = [];

describe(`diffSql() on real engines: create(from) + rows + diff(from, to) has the catalog of create(to) (seed ${seed}, replay with CARDINAL_SEED=${seed})`, () => {
  afterAll(() => console.log(summary.join("\n")));

  for (const factory of migrationEngines()) {
    const count = Math.round((pairsPerEngine[factory.name] ?? 100) * scale);
    // One engine after the other: PGlite's wasm holds the event loop, so running them together gains nothing.
    it.skipIf(!factory.create)(
      `${factory.name}: ${count} seeded pairs${factory.skip ? ` (${factory.skip})` : ""}`,
      async () => {
        const engine = await (factory.create as NonNullable<typeof factory.create>)();
        const dice = new Dice(createRandom(seed + factory.name.length));
        const bases = baseSchemas(engine.dialect);
        const counter = { n: 0 };
        const createFailures = new Set<string>();
        const stats = {
          pairs: 0,
          equal: 0,
          withRows: 0,
          flaggedFailures: 0,
          createFailed: 0,
          rowsBefore: 0,
          rowsKept: 0,
          warnings: 0,
        };
        try {
          while (stats.pairs < count) {
            const pool = bases.large.length > 0 && stats.pairs % realisticEvery === 0 ? bases.large : bases.small;
            const base = dice.pick(pool);
            const pair = base && makePair(base, engine.dialect, dice, counter);
            if (!pair) continue;
            stats.pairs++;
            const outcome = await runPair(engine, pair);
            const context = `${engine.label}, pair ${stats.pairs} from ${pair.base}: ${pair.edits.join("; ")}\n--- to:\n${pair.toText}\n--- migration:\n${outcome.sql}`;
            if (outcome.createFailed) {
              stats.createFailed++;
              createFailures.add(outcome.createFailed.split("\n")[0] as string);
              continue;
            }
            expect(outcome.unflaggedFailure, context).toBeUndefined();
            expect(outcome.actual, context).toEqual(outcome.expected);
            expect(outcome.lostRows, context).toEqual([]);
            stats.equal++;
            if (outcome.failedWithRows) stats.flaggedFailures++;
            else stats.withRows++;
            stats.rowsBefore += outcome.rowsBefore;
            stats.rowsKept += outcome.rowsAfter;
            stats.warnings += outcome.warnings;
          }
        } finally {
          await engine.close();
          summary.push(
            `${engine.label}: ${stats.pairs} pairs, catalog equal on ${stats.equal}, migrated with rows ${stats.withRows} (${stats.rowsKept}/${stats.rowsBefore} rows kept), flagged and failing on rows ${stats.flaggedFailures}, create() itself failed ${stats.createFailed}${createFailures.size > 0 ? ` (${[...createFailures].join("; ")})` : ""}, warnings ${stats.warnings}`,
          );
        }
        expect(stats.equal).toBeGreaterThan(0);
      },
      600_000,
    );
  }
});
