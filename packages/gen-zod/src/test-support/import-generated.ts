import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { GeneratedFile } from "@cardinal/core";
import ts from "typescript";

/** What importing the generated files did to a fresh Node process. */
export interface ImportReport {
  /** Globals that exist after the import and did not before (zod's own loaded first). */
  readonly addedGlobals: readonly string[];
  /** Keys added to `Object.prototype`. */
  readonly addedPrototypeKeys: readonly string[];
  /** The names the entry module exports. */
  readonly exports: readonly string[];
}

const runner = `
await import("zod");
const before = new Set(Reflect.ownKeys(globalThis).map(String));
const prototypeBefore = new Set(Reflect.ownKeys(Object.prototype).map(String));
const module = await import(process.argv[2]);
for (const value of Object.values(module)) {
  if (value && typeof value.safeParse === "function") for (const probe of [{}, "x", 1, null]) value.safeParse(probe);
}
console.log(JSON.stringify({
  addedGlobals: Reflect.ownKeys(globalThis).map(String).filter((key) => !before.has(key)),
  addedPrototypeKeys: Reflect.ownKeys(Object.prototype).map(String).filter((key) => !prototypeBefore.has(key)),
  exports: Object.keys(module),
}));
`;

/**
 * Compiles generated TypeScript to JavaScript (types stripped, nothing else changed), imports the entry in a new
 * Node process with the real zod, runs `safeParse` of every exported schema on a few probes, and reports what the
 * import changed outside the module.
 */
export function importGenerated(files: readonly GeneratedFile[], entry = "index.ts"): ImportReport {
  const root = mkdtempSync(join(tmpdir(), "cardinal-zod-import-"));
  try {
    const zod = dirname(realpathSync(createRequire(import.meta.url).resolve("zod/package.json")));
    mkdirSync(join(root, "node_modules"), { recursive: true });
    symlinkSync(zod, join(root, "node_modules/zod"), "dir");
    writeFileSync(join(root, "package.json"), JSON.stringify({ type: "module" }));
    for (const file of files) {
      const path = join(root, file.path.replace(/\.ts$/, ".js"));
      mkdirSync(dirname(path), { recursive: true });
      const options = { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 };
      writeFileSync(path, ts.transpileModule(file.content, { compilerOptions: options }).outputText);
    }
    writeFileSync(join(root, "run.mjs"), runner);
    const entryPath = `./${entry.replace(/\.ts$/, ".js")}`;
    const output = execFileSync(process.execPath, [join(root, "run.mjs"), entryPath], { cwd: root, encoding: "utf8" });
    return JSON.parse(output) as ImportReport;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
