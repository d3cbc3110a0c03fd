import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/** The flags generated TypeScript must compile with, on top of `strict`: what the strictest projects turn on. */
export const strictestCompilerOptions = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noImplicitOverride: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  noEmit: true,
  target: "ES2022",
  lib: ["ES2022"],
  types: [],
} as const;

/**
 * Type-checks the `.ts` files under `root/src` with `tsc` (the repository's pinned TypeScript) under one module
 * resolution. Returns what tsc printed: the empty string means no error. `root` becomes an ESM package, as NodeNext
 * needs.
 */
export function typecheckProject(
  root: string,
  moduleResolution: "bundler" | "nodenext",
  options: { readonly compilerOptions?: Record<string, unknown>; readonly exclude?: readonly string[] } = {},
): string {
  const compilerOptions = {
    ...strictestCompilerOptions,
    ...options.compilerOptions,
    module: moduleResolution === "bundler" ? "ESNext" : "NodeNext",
    moduleResolution,
  };
  const path = join(root, `tsconfig.${moduleResolution}.json`);
  writeFileSync(join(root, "package.json"), JSON.stringify({ type: "module" }));
  writeFileSync(path, JSON.stringify({ compilerOptions, include: ["src/**/*.ts"], exclude: options.exclude ?? [] }));
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  try {
    // A large heap: the Prisma-oracle projects of many big schemas need more than tsc's default.
    return execFileSync(process.execPath, ["--max-old-space-size=8192", tsc, "-p", path], { encoding: "utf8" });
  } catch (error) {
    // Type errors are on stdout; a crash (out of memory, a tsc bug) only on stderr, and must not read as "no errors".
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    return `${stdout}${stderr}` || String(error);
  }
}
