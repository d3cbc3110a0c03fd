import { strToU8, zipSync } from "fflate";
import type { PlaygroundOutputs } from "./generate.js";

/** Every file of the playground's outputs, by path inside the zip, in a fixed order. */
export function outputFiles(schema: string, outputs: PlaygroundOutputs): Record<string, string> {
  return {
    "schema.prisma": schema,
    "types/index.ts": outputs.types,
    "zod/index.ts": outputs.zod,
    "mermaid/schema.mmd": outputs.mermaid,
    "sql/postgresql.sql": outputs.sql.postgresql,
    "sql/mysql.sql": outputs.sql.mysql,
    "sql/sqlite.sql": outputs.sql.sqlite,
  };
}

/** A zip of all outputs. Entries carry a fixed date, so the same schema always gives the same bytes. */
export function zipOutputs(schema: string, outputs: PlaygroundOutputs): Uint8Array {
  const fixedDate = new Date(Date.UTC(1980, 0, 1));
  const entries = Object.fromEntries(
    Object.entries(outputFiles(schema, outputs)).map(([path, text]) => [path, [strToU8(text), { mtime: fixedDate }]]),
  );
  return zipSync(entries as Parameters<typeof zipSync>[0], { level: 6 });
}
