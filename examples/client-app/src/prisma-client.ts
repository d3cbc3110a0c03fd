import { spawnSync } from "node:child_process";
import { join } from "node:path";

/** The example's folder. */
export const root = join(import.meta.dirname, "..");

/**
 * Generates Prisma Client 7 into `.prisma-client/` with the real `prisma generate`, offline: generate needs no
 * schema engine, the CLI only checks for one, so `/bin/true` stands in (see TESTING.md).
 */
export function generatePrismaClient(): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    [join(root, "node_modules/prisma/build/index.js"), "generate", "--schema", "schema.prisma"],
    {
      cwd: root,
      encoding: "utf8",
      env: {
        ...process.env,
        PRISMA_SCHEMA_ENGINE_BINARY: "/bin/true",
        CHECKPOINT_DISABLE: "1",
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      },
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
