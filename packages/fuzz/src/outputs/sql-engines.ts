import type { GeneratedFile } from "@cardinal/core";
import { createPglite, createSqlite, resetPostgres } from "@cardinal/testing";

type Pglite = Awaited<ReturnType<typeof createPglite>>;

/** Executes generated DDL: `postgresql.sql` on one shared PGlite (reset first), `sqlite.sql` on a fresh sql.js. */
export interface SqlRunner {
  /** Runs every executable file; returns the engines' errors (MySQL files are not executed). */
  run(files: readonly GeneratedFile[]): Promise<string[]>;
  close(): Promise<void>;
}

/** Opens the shared PGlite. */
export async function openSqlRunner(): Promise<SqlRunner> {
  let pglite: Pglite | undefined;
  const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
  const runFile = async (file: GeneratedFile): Promise<string | undefined> => {
    try {
      if (file.path === "postgresql.sql") {
        pglite ??= await createPglite();
        await resetPostgres(pglite);
        await pglite.exec(file.content);
      } else if (file.path === "sqlite.sql") {
        const db = await createSqlite();
        try {
          db.run(file.content);
        } finally {
          db.close();
        }
      }
      return undefined;
    } catch (error) {
      return `${file.path}: ${message(error)}`;
    }
  };
  return {
    async run(files) {
      const errors: string[] = [];
      for (const file of files) {
        const error = await runFile(file);
        if (error !== undefined) errors.push(error);
      }
      return errors;
    },
    async close() {
      await pglite?.close();
    },
  };
}
