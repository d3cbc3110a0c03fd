import type { SchemaModel } from "@cardinal/core";
import type { Catalog } from "@cardinal/testing";
import { type Dialect, qualify } from "../compile/dialect.js";
import { tablelessModels, tableName } from "../ddl/plan-schema.js";
import { mysql } from "../dialects/mysql.js";
import { postgresql } from "../dialects/postgresql.js";
import { sqlite } from "../dialects/sqlite.js";
import { generateSql } from "../generate-sql.js";
import { diffSql } from "../migrate/diff-sql.js";
import { countRows, fillRows } from "./fill-rows.js";
import { columnsByName, type MigrationEngine } from "./migration-engines.js";
import type { SchemaPair } from "./migration-pairs.js";

const dialects = { postgresql, mysql, sqlite } as const;

/** What one pair did on one engine. */
export interface PairOutcome {
  /** `create(to)` itself failed on the engine: not a migration matter, counted apart. */
  readonly createFailed?: string;
  readonly migrated: boolean;
  /** The migration failed on the database with rows and was applied to an empty one (only when flagged). */
  readonly failedWithRows?: string;
  readonly unflaggedFailure?: string;
  readonly warnings: number;
  readonly actual?: Catalog;
  readonly expected?: Catalog;
  readonly rowsBefore: number;
  readonly rowsAfter: number;
  /** Tables whose row count changed though no warning flags them. */
  readonly lostRows: readonly string[];
  readonly sql: string;
}

function createSql(model: SchemaModel, dialect: Dialect): string {
  const file = generateSql(model, { dialects: [dialect.name] }).files[0];
  if (!file) throw new Error("no SQL generated");
  return file.content;
}

/** The tables whose rows should survive: each model kept (maybe renamed), each join table kept by name. */
function keptTables(pair: SchemaPair, dialect: Dialect): [string, string][] {
  const result: [string, string][] = [];
  // A model without columns has no table on SQLite and MySQL (W007).
  const tableless = new Set([
    ...tablelessModels(pair.from, dialect.provider),
    ...tablelessModels(pair.to, dialect.provider),
  ]);
  for (const model of pair.from.models) {
    if (model.kind !== "model" || tableless.has(model)) continue;
    const target = pair.to.models.find((m) => m.name === (pair.renamedModels.get(model.name) ?? model.name));
    if (target && !tableless.has(target))
      result.push([qualify(dialect, tableName(model)), qualify(dialect, tableName(target))]);
  }
  const joins = (schema: SchemaModel) =>
    schema.relations.flatMap((r) => {
      if (r.kind !== "many-to-many" || r.storage.kind !== "join-table") return [];
      const end = r.storage.a;
      const model = schema.models.find((m) => m.name === end.model);
      return model ? [qualify(dialect, { schema: tableName(model).schema, name: r.storage.name })] : [];
    });
  const toJoins = new Set(joins(pair.to));
  for (const name of joins(pair.from)) if (toJoins.has(name)) result.push([name, name]);
  return result;
}

async function attempt(engine: MigrationEngine, sql: string): Promise<string | undefined> {
  try {
    await engine.exec(sql);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * create(from), rows, diff(from, to); then the catalog against create(to) on an empty database. A migration
 * that fails with rows must have flagged a step; it is then applied to an empty database instead.
 */
export async function runPair(engine: MigrationEngine, pair: SchemaPair): Promise<PairOutcome> {
  const dialect = dialects[engine.dialect];
  const migration = diffSql(pair.from, pair.to, { dialects: [dialect.name] }).migrations[0];
  if (!migration) throw new Error("no migration");
  const base = { warnings: migration.warnings.length, sql: migration.sql, rowsBefore: 0, rowsAfter: 0, lostRows: [] };
  await engine.reset();
  const toFailure = await attempt(engine, createSql(pair.to, dialect));
  if (toFailure) return { ...base, migrated: false, createFailed: toFailure };
  const expected = columnsByName(await engine.catalog());
  await engine.reset();
  const fromFailure = await attempt(engine, createSql(pair.from, dialect));
  if (fromFailure) return { ...base, migrated: false, createFailed: fromFailure };
  await fillRows(engine, pair.from);
  const tables = keptTables(pair, dialect);
  const before: number[] = [];
  for (const [from] of tables) before.push(await countRows(engine, from));
  const failure = await attempt(engine, migration.sql);
  if (failure) {
    if (migration.warnings.length === 0) return { ...base, migrated: false, unflaggedFailure: failure };
    await engine.reset();
    await engine.exec(createSql(pair.from, dialect));
    const empty = await attempt(engine, migration.sql);
    if (empty) return { ...base, migrated: false, unflaggedFailure: `on an empty database: ${empty}` };
    return {
      ...base,
      migrated: true,
      failedWithRows: failure,
      actual: columnsByName(await engine.catalog()),
      expected,
    };
  }
  const after: number[] = [];
  for (const [, to] of tables) after.push(await countRows(engine, to));
  const lostRows = tables.flatMap(([from, to], i) =>
    after[i] === before[i] ? [] : [`${from} → ${to}: ${before[i]} → ${after[i]}`],
  );
  return {
    ...base,
    migrated: true,
    actual: columnsByName(await engine.catalog()),
    expected,
    rowsBefore: before.reduce((a, b) => a + b, 0),
    rowsAfter: after.reduce((a, b) => a + b, 0),
    lostRows,
  };
}
