#!/usr/bin/env node
// Soak test for `diffSql`: the seeded migration pairs of src/migrate/diff-sql.pglite.test.ts", "src/migrate/diff-sql.sqlite.test.ts", "src/migrate/diff-sql.postgres-server.test.ts", "src/migrate/diff-sql.mariadb.test.ts, many times more.
//   node packages/gen-sql/bench/migrations-soak.mjs [factor] [seed]
// factor multiplies the per-engine pair counts of the test (default 20: about 20,000 pairs with both servers);
// set CARDINAL_POSTGRES_URL / CARDINAL_MYSQL_URL (eval "$(scripts/test-databases.sh start)") for the servers.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const [factor = "20", seed] = process.argv.slice(2);
const env = { ...process.env, CARDINAL_MIGRATION_PAIRS: factor, ...(seed ? { CARDINAL_SEED: seed } : {}) };
const result = spawnSync(
  "npx",
  [
    "vitest",
    "run",
    "src/migrate/diff-sql.pglite.test.ts",
    "src/migrate/diff-sql.sqlite.test.ts",
    "src/migrate/diff-sql.postgres-server.test.ts",
    "src/migrate/diff-sql.mariadb.test.ts",
  ],
  {
    cwd: packageRoot,
    env,
    stdio: "inherit",
  },
);
process.exit(result.status ?? 1);
