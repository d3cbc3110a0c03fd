import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ts from "typescript";

/** A generated file as the generators return it. */
interface SourceFile {
  readonly path: string;
  readonly content: string;
}

/** What importing generated zod modules did to a fresh Node process. */
export interface ImportReport {
  /** Globals that exist after the import and did not before (zod's own loaded first). */
  readonly addedGlobals: readonly string[];
  /** Keys added to `Object.prototype`. */
  readonly addedPrototypeKeys: readonly string[];
  /** The names the entry module exports. */
  readonly exports: readonly string[];
}

/** Where the real zod is, and which generated file to import. */
export interface ImportOptions {
  /** The folder of the zod package the caller resolves (its `package.json`'s folder). */
  readonly zodDir: string;
  /** @default "index.ts" */
  readonly entry?: string;
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
 * import changed outside the module. Throws with the child's stderr when the import fails.
 */
export function importGenerated(files: readonly SourceFile[], options: ImportOptions): ImportReport {
  const root = mkdtempSync(join(tmpdir(), "cardinal-zod-import-"));
  try {
    mkdirSync(join(root, "node_modules"), { recursive: true });
    symlinkSync(options.zodDir, join(root, "node_modules/zod"), "dir");
    writeFileSync(join(root, "package.json"), JSON.stringify({ type: "module" }));
    const compilerOptions = { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 };
    for (const file of files) {
      const path = join(root, file.path.replace(/\.ts$/, ".js"));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, ts.transpileModule(file.content, { compilerOptions }).outputText);
    }
    writeFileSync(join(root, "run.mjs"), runner);
    const entry = `./${(options.entry ?? "index.ts").replace(/\.ts$/, ".js")}`;
    const output = execFileSync(process.execPath, [join(root, "run.mjs"), entry], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return JSON.parse(output) as ImportReport;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
