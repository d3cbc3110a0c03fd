// The watch scenario: `gen watch` on a schema, one model edited (a field appended) after the first run, and the
// time from the save until every output of that model (its types and zod files, the Mermaid and SQL files) has
// been rewritten with the new field (a large Mermaid diagram is split into parts: one of them is rewritten).
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { genBin } from "./cardinal.mjs";

/** A file's mtime, 0 while it is missing (gen swaps output folders by renaming them). */
const mtime = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
};

/** Waits until `test()` holds, polling every 10 ms; throws after `limitMs`. */
async function until(test, limitMs, what) {
  const end = performance.now() + limitMs;
  while (!test()) {
    if (performance.now() > end) throw new Error(`gen watch: timed out waiting for ${what}`);
    await sleep(10);
  }
}

/**
 * Milliseconds from saving the edited schema until the edited model's four outputs carry the new field, for each of
 * `modelIndexes` in turn (one `gen watch` process; edit k adds `benchExtra<k>` to M<index> and keeps the earlier
 * edits), and their median: one edit is a single sample, too noisy to compare.
 * @param {string} project a folder made by makeProjects() or makeFolderProject()
 * @param {number[]} modelIndexes which models to edit (M<index>), one edit each
 * @param {{ schema?: string }} [options] the schema file, or a folder of them (the file holding the model is edited)
 * @returns {Promise<{ ms: number, samples: number[] }>}
 */
export async function timeWatchEdits(project, modelIndexes, { schema = "schema.prisma" } = {}) {
  const out = join(project, "generated");
  const child = spawn(process.execPath, [genBin, "watch"], { cwd: project, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  const schemaPath = join(project, schema);
  const schemaFiles = statSync(schemaPath).isDirectory()
    ? readdirSync(schemaPath).map((name) => join(schemaPath, name))
    : [schemaPath];
  const originals = new Map(schemaFiles.map((file) => [file, readFileSync(file, "utf8")]));
  try {
    await until(() => /\bsql\b.*written/.test(log), 600_000, "the first run");
    await sleep(1000);
    const samples = [];
    for (const [k, index] of modelIndexes.entries()) {
      const model = `M${index}`;
      const file = schemaFiles.find((path) => readFileSync(path, "utf8").includes(`model ${model} {\n`));
      if (file === undefined) throw new Error(`gen watch: no model ${model} to edit`);
      samples.push(await timeOneEdit(out, file, model, `benchExtra${k}`));
      await sleep(500);
    }
    const sorted = [...samples].sort((a, b) => a - b);
    return { ms: sorted[Math.floor(sorted.length / 2)], samples };
  } finally {
    for (const [file, text] of originals) writeFileSync(file, text);
    child.kill("SIGTERM");
  }
}

/** Adds `field` to `model` in the schema and waits until the model's four outputs are rewritten with it. */
async function timeOneEdit(out, schemaFile, model, field) {
  // Types and zod: the model's own file. Mermaid and SQL: their folder (a large diagram is split into parts), done
  // when one of its files is rewritten.
  const files = [join(out, "types/models", `${model}.ts`), join(out, "zod/models", `${model}.ts`)];
  const folders = [join(out, "mermaid"), join(out, "sql")];
  const newest = (dir) => {
    try {
      return Math.max(0, ...readdirSync(dir).map((name) => mtime(join(dir, name))));
    } catch {
      return 0; // the folder is being swapped
    }
  };
  await until(() => [...files, ...folders].every(existsSync), 600_000, `the outputs of ${model}`);
  const schema = readFileSync(schemaFile, "utf8");
  const edited = schema.replace(`model ${model} {\n`, `model ${model} {\n  ${field} Int?\n`);
  if (edited === schema) throw new Error(`gen watch: no model ${model} to edit`);
  const before = [...files.map(mtime), ...folders.map(newest)];
  const start = performance.now();
  writeFileSync(schemaFile, edited);
  const now = () => [...files.map(mtime), ...folders.map(newest)];
  await until(() => now().every((time, i) => time > before[i]), 600_000, "the edit's outputs");
  const ms = performance.now() - start;
  const written = [...files, ...folders.flatMap((dir) => readdirSync(dir).map((name) => join(dir, name)))];
  const pattern = new RegExp(`${field.replace("benchExtra", "bench_?extra")}\\b`, "i");
  const mentions = (file) => pattern.test(readFileSync(file, "utf8"));
  const stale = [...files, ...folders].filter((target) =>
    files.includes(target) ? !mentions(target) : !written.some((file) => file.startsWith(target) && mentions(file)),
  );
  if (stale.length) throw new Error(`gen watch: rewritten without the new field: ${stale.join(", ")}`);
  return ms;
}
