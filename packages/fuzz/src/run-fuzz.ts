import { parseMermaidErDiagram } from "@cardinal/testing";
import { type GeneratedOutputs, generateAll, isValidSchema } from "./outputs/generate-all.js";
import { importZodModules } from "./outputs/import-zod.js";
import { openSqlRunner } from "./outputs/sql-engines.js";
import { type TypeScriptEntry, typecheckBatch } from "./outputs/typecheck-batch.js";
import { sampleSchemas } from "./valid-schema-arbitrary.js";

/** Options of a fuzz run. */
export interface FuzzOptions {
  readonly seed: number;
  /** How many VALID schemas to check. */
  readonly runs: number;
  /** Schemas per tsc project. @default 200 */
  readonly tscBatch?: number;
  /** How many zod outputs to import in a fresh Node process. @default 20 */
  readonly zodImports?: number;
  /** Progress lines. @default nothing */
  readonly log?: (line: string) => void;
}

/** A failure: the check, the seed and schema index that replay it, the schema and what went wrong. */
export interface FuzzFailure {
  readonly check: "generate" | "tsc" | "zod-import" | "sql" | "mermaid";
  readonly seed: number;
  readonly index: number;
  readonly schema: string;
  readonly messages: readonly string[];
}

/** What a run checked and found. */
export interface FuzzReport {
  readonly generated: number;
  readonly valid: number;
  readonly failures: readonly FuzzFailure[];
  readonly counts: Readonly<Record<FuzzFailure["check"], number>>;
  readonly executed: { readonly postgresql: number; readonly sqlite: number; readonly mermaid: number };
  /** Schemas whose DDL for a dialect gen-sql refused (names the engine cannot tell apart), so not executed. */
  readonly refused: { readonly postgresql: number; readonly sqlite: number; readonly mysql: number };
}

/** `runs` valid schemas from `seed` (drawn until that many are valid), with how many were drawn. */
export function validSchemas(seed: number, runs: number): { schemas: string[]; generated: number } {
  const schemas: string[] = [];
  let generated = 0;
  for (let round = 0; schemas.length < runs && round < 50; round++) {
    const batch = sampleSchemas(seed + round, Math.max(runs, 20));
    for (const schema of batch) {
      if (schemas.length >= runs) break;
      generated++;
      if (isValidSchema(schema.text)) schemas.push(schema.text);
    }
  }
  return { schemas, generated };
}

/** Generates every output of `runs` valid schemas and checks it with tsc, Node + zod, PGlite, sql.js and Mermaid. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const { seed, runs, tscBatch = 200, zodImports = 20, log = () => undefined } = options;
  const { schemas, generated } = validSchemas(seed, runs);
  log(`seed ${seed}: ${schemas.length} valid of ${generated} generated`);
  const failures: FuzzFailure[] = [];
  const fail = (check: FuzzFailure["check"], index: number, messages: readonly string[]) => {
    if (messages.length > 0) failures.push({ check, seed, index, schema: schemas[index] ?? "", messages });
  };
  const executed = { postgresql: 0, sqlite: 0, mermaid: 0 };
  const refused = { postgresql: 0, sqlite: 0, mysql: 0 };
  const sql = await openSqlRunner();
  const outputs: GeneratedOutputs[] = [];
  try {
    for (const [index, schema] of schemas.entries()) {
      const output = generateAll(schema);
      outputs.push(output);
      fail("generate", index, output.problems);
      for (const dialect of output.refusedSql) refused[dialect]++;
      fail("sql", index, await sql.run(output.sql));
      for (const file of output.sql)
        if (file.path !== "mysql.sql") executed[file.path === "sqlite.sql" ? "sqlite" : "postgresql"]++;
      fail("mermaid", index, await parseMermaid(output));
      executed.mermaid += output.mermaid.filter((file) => file.path.endsWith(".mmd")).length;
      if (index % 100 === 99) log(`generated, executed and parsed ${index + 1}`);
    }
  } finally {
    await sql.close();
  }
  checkTypeScript(outputs, tscBatch, fail, log);
  const step = Math.max(1, Math.floor(outputs.length / Math.max(zodImports, 1)));
  for (let index = 0; index < outputs.length && index / step < zodImports; index += step)
    fail("zod-import", index, importZodModules(outputs[index]?.zod ?? []));
  const counts = { generate: 0, tsc: 0, "zod-import": 0, sql: 0, mermaid: 0 };
  for (const failure of failures) counts[failure.check]++;
  return { generated, valid: schemas.length, failures, counts, executed, refused };
}

async function parseMermaid(output: GeneratedOutputs): Promise<string[]> {
  const errors: string[] = [];
  // The `.md` file repeats the `.mmd` diagrams inside fences: parsing the `.mmd` files checks every diagram.
  for (const file of output.mermaid.filter((generated) => generated.path.endsWith(".mmd"))) {
    try {
      await parseMermaidErDiagram(file.content);
    } catch (error) {
      errors.push(`${file.path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return errors;
}

function checkTypeScript(
  outputs: readonly GeneratedOutputs[],
  batchSize: number,
  fail: (check: "tsc", index: number, messages: readonly string[]) => void,
  log: (line: string) => void,
): void {
  for (let start = 0; start < outputs.length; start += batchSize) {
    const entries: TypeScriptEntry[] = outputs
      .slice(start, start + batchSize)
      .map((output, offset) => ({ index: start + offset, types: output.types, zod: output.zod }));
    const errors = typecheckBatch(entries);
    for (const [index, lines] of errors) fail("tsc", index, lines);
    log(`tsc: schemas ${start}..${start + entries.length - 1}: ${errors.size} with errors`);
  }
}

/** A failure as text: check, seed, index, messages and the schema. */
export function formatFailure(failure: FuzzFailure): string {
  return [
    `${failure.check} failed for seed ${failure.seed}, schema #${failure.index} (replay: CARDINAL_SEED=${failure.seed})`,
    ...failure.messages.slice(0, 20).map((line) => `  ${line}`),
    "--- schema ---",
    failure.schema,
  ].join("\n");
}
