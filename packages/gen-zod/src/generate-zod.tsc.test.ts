import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseSchema } from "@cardinal/core";
import { loadValidCorpus, typecheckProject } from "@cardinal/testing";
import { afterAll, describe, expect, it } from "vitest";
import { generateZod } from "./generate-zod.js";
import type { ZodOptions } from "./options.js";

const variants: readonly { name: string; options: ZodOptions }[] = [
  { name: "per-model", options: {} },
  { name: "single-file", options: { layout: "single-file" } },
  {
    name: "json-transport",
    options: { dateTime: "string", decimal: "number", naming: { prefix: "Db", suffix: "Zod" } },
  },
  { name: "coerce", options: { dateTime: "coerce", importExtension: "" } },
];

const require = createRequire(import.meta.url);
const example = readFileSync(join(import.meta.dirname, "../../../examples/blog/schema.prisma"), "utf8");
const torture = readFileSync(join(import.meta.dirname, "../../gen-types/src/test-support/torture.prisma"), "utf8");
const schemas = [
  ...loadValidCorpus().map((e) => ({ name: e.name, content: e.content })),
  { name: "example", content: example },
  { name: "torture", content: torture },
];
const root = mkdtempSync(join(tmpdir(), "cardinal-zod-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function writeProject(): number {
  mkdirSync(join(root, "node_modules"), { recursive: true });
  symlinkSync(dirname(realpathSync(require.resolve("zod/package.json"))), join(root, "node_modules/zod"), "dir");
  let count = 0;
  for (const schema of schemas) {
    const { model } = parseSchema(schema.content);
    for (const variant of variants) {
      const result = generateZod(model, variant.options);
      // Warnings (W005 on comments written for other tools) leave the output whole; errors would not.
      expect(
        result.diagnostics.filter((d) => d.severity === "error"),
        schema.name,
      ).toEqual([]);
      for (const file of result.files) {
        count += write(join(schema.name, variant.name, file.path), file.content);
        // The same files with `objectOf` as a plain `z.object`: the compiler then derives each getter schema's
        // type from its shape and checks it against the declared row type, which the fast output takes on trust.
        if (variant.name === "per-model")
          count += write(join(schema.name, "checked", file.path), checked(file.content));
      }
    }
  }
  return count;
}

function write(path: string, content: string): number {
  const target = join(root, "src", path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  return 1;
}

/** A file with the generated `objectOf` replaced by `z.object`, so nothing is taken on trust. */
function checked(content: string): string {
  const helper = /export function objectOf<T>\(shape: object\): z\.ZodType<T> \{\n[^\n]*\n\}/;
  return helper.test(content) ? content.replace(helper, "export const objectOf = z.object;") : content;
}

function tsc(moduleResolution: "bundler" | "nodenext"): string {
  // The "coerce" variant uses extensionless imports, which only bundler resolution accepts.
  // The per-model files are checked as written under nodenext, and as checked copies under bundler.
  const exclude = moduleResolution === "nodenext" ? ["src/*/coerce/**", "src/*/checked/**"] : ["src/*/per-model/**"];
  return typecheckProject(root, moduleResolution, { compilerOptions: { skipLibCheck: true }, exclude });
}

describe("generated zod schemas compile with tsc --strict against the real zod", () => {
  const files = writeProject();
  it(`${schemas.length} schemas × ${variants.length} option sets (per-model as checked copies), moduleResolution: bundler`, () => {
    expect(files).toBeGreaterThan(1000);
    expect(checked(readFileSync(join(root, "src/example/per-model/common.ts"), "utf8"))).toContain(
      "objectOf = z.object;",
    );
    expect(tsc("bundler")).toBe("");
  }, 180_000);
  it(`${schemas.length} schemas × ${variants.length - 1} option sets, moduleResolution: nodenext`, () => {
    expect(tsc("nodenext")).toBe("");
  }, 180_000);
});
