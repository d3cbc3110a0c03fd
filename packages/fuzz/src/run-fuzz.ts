import { parseMermaidErDiagram } from "@cardinal/testing";
import { type GeneratedOutputs, generateAll, isValidSchema } from "./outputs/generate-all.js";
import { importZodModules } from "./outputs/import-zod.js";
import { openSqlRunner, type SqlRunner } from "./outputs/sql-engines.js";
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
  /** The longest time one schema's four generators took, in ms. */
  readonly slowestMs: number;
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
  const { schemas, generated } = validSchemas(options.seed, options.runs);
  options.log?.(`seed ${options.seed}: ${schemas.length} valid of ${generated} generated`);
  return { ...(await checkOutputs(schemas, options)), generated };
}

/**
 * Generates every output of the given valid schemas and checks it like `runFuzz` (which draws the schemas); the
 * report's `generated` is the number of schemas given. `seed` only labels failures.
 */
export async function checkOutputs(
  schemas: readonly string[],
  options: Omit<FuzzOptions, "runs">,
): Promise<FuzzReport> {
  const { seed, tscBatch = 200, zodImports = 20, log = () => undefined } = options;
  const state = newRunState(seed, schemas);
  const zodStep = Math.max(1, Math.floor(schemas.length / Math.max(zodImports, 1)));
  const sql = await openSqlRunner();
  try {
    // Chunks of one tsc batch keep memory bounded however many schemas a soak checks.
    for (let start = 0; start < schemas.length; start += tscBatch) {
      const end = Math.min(schemas.length, start + tscBatch);
      const outputs: GeneratedOutputs[] = [];
      for (let index = start; index < end; index++) outputs.push(await checkOne(state, sql, index));
      checkTypeScript(state, start, outputs);
      for (const [offset, output] of outputs.entries())
        if ((start + offset) % zodStep === 0 && (start + offset) / zodStep < zodImports)
          state.fail("zod-import", start + offset, importZodModules(output.zod));
      log(
        `checked ${end} of ${schemas.length}; slowest generation ${state.slowestMs.toFixed(1)} ms; failures ${state.failures.length}`,
      );
    }
  } finally {
    await sql.close();
  }
  const counts = { generate: 0, tsc: 0, "zod-import": 0, sql: 0, mermaid: 0 };
  for (const failure of state.failures) counts[failure.check]++;
  const { failures, executed, refused, slowestMs } = state;
  return { generated: schemas.length, valid: schemas.length, failures, counts, executed, refused, slowestMs };
}

interface RunState {
  readonly failures: FuzzFailure[];
  readonly executed: { postgresql: number; sqlite: number; mermaid: number };
  readonly refused: { postgresql: number; sqlite: number; mysql: number };
  slowestMs: number;
  readonly schemas: readonly string[];
  fail(check: FuzzFailure["check"], index: number, messages: readonly string[]): void;
}

function newRunState(seed: number, schemas: readonly string[]): RunState {
  // A failure names the schema's index in the list it was checked in.
  const failures: FuzzFailure[] = [];
  return {
    failures,
    executed: { postgresql: 0, sqlite: 0, mermaid: 0 },
    refused: { postgresql: 0, sqlite: 0, mysql: 0 },
    slowestMs: 0,
    schemas,
    fail(check, index, messages) {
      if (messages.length > 0) failures.push({ check, seed, index, schema: schemas[index] ?? "", messages });
    },
  };
}

/** Generates one schema's outputs (timed), executes its SQL and parses its diagrams. */
async function checkOne(state: RunState, sql: SqlRunner, index: number): Promise<GeneratedOutputs> {
  const started = performance.now();
  const output = generateAll(state.schemas[index] ?? "");
  state.slowestMs = Math.max(state.slowestMs, performance.now() - started);
  state.fail("generate", index, output.problems);
  for (const dialect of output.refusedSql) state.refused[dialect]++;
  state.fail("sql", index, await sql.run(output.sql));
  for (const file of output.sql)
    if (file.path !== "mysql.sql") state.executed[file.path === "sqlite.sql" ? "sqlite" : "postgresql"]++;
  state.fail("mermaid", index, await parseMermaid(output));
  state.executed.mermaid += output.mermaid.filter((file) => file.path.endsWith(".mmd")).length;
  return output;
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

function checkTypeScript(state: RunState, start: number, outputs: readonly GeneratedOutputs[]): void {
  const entries: TypeScriptEntry[] = outputs.map((output, offset) => ({
    index: start + offset,
    types: output.types,
    zod: output.zod,
  }));
  for (const [index, lines] of typecheckBatch(entries)) state.fail("tsc", index, lines);
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
