import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { GeneratedFile } from "@cardinal/core";
import ts from "typescript";

const runner = `
await import("zod");
const before = new Set(Reflect.ownKeys(globalThis).map(String));
const prototypeBefore = new Set(Reflect.ownKeys(Object.prototype).map(String));
const module = await import(process.argv[2]);
for (const value of Object.values(module)) {
  if (value && typeof value.safeParse === "function") for (const probe of [{}, "x", 1, null]) value.safeParse(probe);
}
const added = Reflect.ownKeys(globalThis).map(String).filter((key) => !before.has(key));
const prototypeAdded = Reflect.ownKeys(Object.prototype).map(String).filter((key) => !prototypeBefore.has(key));
console.log(JSON.stringify([...added, ...prototypeAdded.map((key) => "Object.prototype." + key)]));
`;

/**
 * Transpiles generated zod modules (types stripped), imports `index.ts` in a fresh Node process with the real zod,
 * runs `safeParse` of every exported schema on a few probes and returns the problems: globals or `Object.prototype`
 * keys the import added, or the import's error.
 */
export function importZodModules(files: readonly GeneratedFile[]): string[] {
  const root = mkdtempSync(join(tmpdir(), "cardinal-fuzz-zod-"));
  try {
    const zod = dirname(realpathSync(createRequire(import.meta.url).resolve("zod/package.json")));
    mkdirSync(join(root, "node_modules"), { recursive: true });
    symlinkSync(zod, join(root, "node_modules/zod"), "dir");
    writeFileSync(join(root, "package.json"), JSON.stringify({ type: "module" }));
    const options = { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 };
    for (const file of files) {
      const path = join(root, file.path.replace(/\.ts$/, ".js"));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, ts.transpileModule(file.content, { compilerOptions: options }).outputText);
    }
    writeFileSync(join(root, "run.mjs"), runner);
    const output = execFileSync(process.execPath, [join(root, "run.mjs"), "./index.js"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return (JSON.parse(output) as string[]).map((key) => `import set global ${key}`);
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? "";
    return [`import failed: ${stderr.trim().split("\n").slice(0, 8).join("\n") || String(error)}`];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
