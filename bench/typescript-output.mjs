// Shared by bench/types.mjs and bench/zod.mjs: generation time for 1,000 models in both layouts, and the time
// `tsc --noEmit --strict` takes over the generated files. Writes bench/results/<name>.md and the README section
// between the bench:<name> markers.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateSchema } from "./generate-schema.mjs";
import { median, writeReport } from "./report.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");

function time(fn, runs) {
  fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/**
 * Measures one TypeScript-emitting generator.
 * @param {{ name: string, label: string, packageDir: string, generate: (model: unknown, options: object) => { files: { path: string, content: string }[] }, dependencies?: string[], note?: string }} bench
 */
export async function benchTypeScriptOutput(bench) {
  const { parseSchema } = await import(join(root, "packages/core/dist/index.js"));
  const require = createRequire(join(root, bench.packageDir, "package.json"));
  const tscPath = require.resolve("typescript/bin/tsc");
  const size = Number(process.env.BENCH_SIZES?.split(",")[0] ?? 1000);
  const { model } = parseSchema(generateSchema(size));
  const rows = [];
  for (const layout of ["per-model", "single-file"]) {
    const generate = time(() => bench.generate(model, { layout }), 3);
    const { files } = bench.generate(model, { layout });
    const dir = mkdtempSync(join(tmpdir(), `cardinal-bench-${bench.name}-`));
    for (const file of files) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.content);
    }
    writeFileSync(join(dir, "package.json"), '{ "type": "module" }');
    for (const dependency of bench.dependencies ?? []) {
      mkdirSync(join(dir, "node_modules"), { recursive: true });
      symlinkSync(
        dirname(realpathSync(require.resolve(`${dependency}/package.json`))),
        join(dir, "node_modules", dependency),
        "dir",
      );
    }
    const compilerOptions = {
      strict: true,
      noEmit: true,
      module: "NodeNext",
      moduleResolution: "nodenext",
      target: "ES2022",
      lib: ["ES2022"],
      types: [],
      skipLibCheck: true,
    };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, include: ["*.ts", "models/*.ts"] }));
    const tsc = time(() => execFileSync(process.execPath, [tscPath, "-p", dir], { stdio: "inherit" }), 3);
    const lines = files.reduce((sum, file) => sum + file.content.split("\n").length, 0);
    rmSync(dir, { recursive: true, force: true });
    rows.push({ layout, files: files.length, lines, generate, tsc });
    console.log(
      `${size} models, ${layout}: ${files.length} files, ${lines} lines; generate ${generate.toFixed(0)} ms, tsc --noEmit ${tsc.toFixed(0)} ms`,
    );
  }
  const table = [
    `| models | layout | files | lines | Cardinal \`${bench.label}\` | \`tsc --noEmit --strict\` of the output |`,
    "| --- | --- | ---: | ---: | ---: | ---: |",
    ...rows.map(
      (r) =>
        `| ${size.toLocaleString("en")} | ${r.layout} | ${r.files} | ${r.lines.toLocaleString("en")} | ${r.generate.toFixed(0)} ms | ${r.tsc.toFixed(0)} ms |`,
    ),
  ].join("\n");
  const note = `Node ${process.version}, TypeScript 5.9, ${new Date().toISOString().slice(0, 10)}, \`npm run bench\` (bench/${bench.name}.mjs); tsc time is a whole process (about 0.5 s of it is start-up).${bench.note ? ` ${bench.note}` : ""}`;
  writeReport(bench.name, table, note);
}
