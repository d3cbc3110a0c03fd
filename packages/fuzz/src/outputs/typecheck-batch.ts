import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { GeneratedFile } from "@cardinal/core";
import { typecheckProject } from "@cardinal/testing";

/** One schema's TypeScript outputs for a batch: its index in the run and the files of gen-types and gen-zod. */
export interface TypeScriptEntry {
  readonly index: number;
  readonly types: readonly GeneratedFile[];
  readonly zod: readonly GeneratedFile[];
}

/** tsc's error lines, grouped by the index of the schema whose file they name (`-1`: no schema file named). */
export type TscErrors = Map<number, string[]>;

/**
 * Writes every entry's files into ONE project (`src/s<index>/types/…`, `src/s<index>/zod/…`) next to the real
 * zod, type-checks it once with the strictest options under NodeNext, and returns the errors per schema index.
 */
export function typecheckBatch(entries: readonly TypeScriptEntry[]): TscErrors {
  const root = mkdtempSync(join(tmpdir(), "cardinal-fuzz-tsc-"));
  try {
    mkdirSync(join(root, "node_modules"), { recursive: true });
    const zod = dirname(realpathSync(createRequire(import.meta.url).resolve("zod/package.json")));
    symlinkSync(zod, join(root, "node_modules/zod"), "dir");
    for (const entry of entries)
      for (const [kind, files] of [
        ["types", entry.types],
        ["zod", entry.zod],
      ] as const)
        for (const file of files) {
          const path = join(root, "src", `s${entry.index}`, kind, file.path);
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, file.content);
        }
    return groupErrors(typecheckProject(root, "nodenext", { compilerOptions: { skipLibCheck: true } }));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function groupErrors(output: string): TscErrors {
  const errors: TscErrors = new Map();
  let index = -1;
  for (const line of output.split("\n").filter((text) => text.trim() !== "")) {
    // Continuation lines (indented) belong to the error above them.
    if (!/^\s/.test(line)) index = Number(/^src\/s(\d+)\//.exec(line)?.[1] ?? -1);
    errors.set(index, [...(errors.get(index) ?? []), line]);
  }
  return errors;
}
