#!/usr/bin/env node
// Benchmark: zod generation for 1,000 models (per-model files and one file), and `tsc --noEmit --strict` of the
// generated files against the real zod. zod-prisma-types and prisma-zod-generator cannot run here (they need
// `prisma generate`, which downloads a native engine), so the comparison is with Cardinal's own earlier figures. Writes bench/results/types.md and the README section between the bench:zod markers.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateSchema } from "./generate-schema.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const { parseSchema } = await import(join(root, "packages/core/dist/index.js"));
const { generateZod } = await import(join(root, "packages/gen-zod/dist/index.js"));
const tscPath = createRequire(join(root, "packages/gen-zod/package.json")).resolve("typescript/bin/tsc");
const size = Number(process.env.BENCH_SIZES?.split(",")[0] ?? 1000);
const { model } = parseSchema(generateSchema(size));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
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

const rows = [];
for (const layout of ["per-model", "single-file"]) {
  const generate = time(() => generateZod(model, { layout }), 3);
  const { files } = generateZod(model, { layout });
  const dir = mkdtempSync(join(tmpdir(), "cardinal-bench-zod-"));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.content);
  }
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }');
  mkdirSync(join(dir, "node_modules"), { recursive: true });
  symlinkSync(
    dirname(realpathSync(createRequire(join(root, "packages/gen-zod/package.json")).resolve("zod/package.json"))),
    join(dir, "node_modules/zod"),
    "dir",
  );
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: "NodeNext",
        moduleResolution: "nodenext",
        target: "ES2022",
        lib: ["ES2022"],
        types: [],
        skipLibCheck: true,
      },
      include: ["**/*.ts"],
    }),
  );
  const tsc = time(() => execFileSync(process.execPath, [tscPath, "-p", dir], { stdio: "inherit" }), 3);
  const lines = files.reduce((sum, file) => sum + file.content.split("\n").length, 0);
  rmSync(dir, { recursive: true, force: true });
  rows.push({ layout, files: files.length, lines, generate, tsc });
  console.log(
    `${size} models, ${layout}: ${files.length} files, ${lines} lines; generate ${generate.toFixed(0)} ms, tsc --noEmit ${tsc.toFixed(0)} ms`,
  );
}

const table = [
  "| models | layout | files | lines | Cardinal `generateZod` | `tsc --noEmit --strict` of the output (zod 4.6) |",
  "| --- | --- | ---: | ---: | ---: | ---: |",
  ...rows.map(
    (r) =>
      `| ${size.toLocaleString("en")} | ${r.layout} | ${r.files} | ${r.lines.toLocaleString("en")} | ${r.generate.toFixed(0)} ms | ${r.tsc.toFixed(0)} ms |`,
  ),
].join("\n");
const note = `Node ${process.version}, TypeScript 5.9, ${new Date().toISOString().slice(0, 10)}, \`npm run bench\` (bench/zod.mjs); tsc time is a whole process (about 0.5 s of it is start-up).`;
mkdirSync(join(here, "results"), { recursive: true });
writeFileSync(join(here, "results", "zod.md"), `${table}\n\n${note}\n`);
const readmePath = join(root, "README.md");
const readme = readFileSync(readmePath, "utf8");
const marked = /<!-- bench:zod:start -->[\s\S]*<!-- bench:zod:end -->/;
if (marked.test(readme)) {
  writeFileSync(
    readmePath,
    readme.replace(marked, `<!-- bench:zod:start -->\n${table}\n\n${note}\n<!-- bench:zod:end -->`),
  );
  console.log("README.md updated");
}
