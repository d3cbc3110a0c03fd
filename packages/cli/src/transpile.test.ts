import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createJiti, type Jiti, type JitiOptions } from "jiti";
import { afterAll, describe, expect, it } from "vitest";
import { createFastJiti } from "./transpile.js";

const folder = mkdtempSync(join(tmpdir(), "cardinal-transpile-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Evaluates `files[entry]` as evaluate-module.ts does; counts the jiti instances made (a second one is Babel's). */
async function evaluate(files: Record<string, string>, entry: string) {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  let instances = 0;
  const counting = (id: string, options?: JitiOptions): Jiti => {
    instances++;
    return createJiti(id, options);
  };
  const jiti = createFastJiti(counting, import.meta.url, { fsCache: false, moduleCache: false, interopDefault: false });
  const path = join(folder, entry);
  const exports = (await jiti.evalModule(readFileSync(path, "utf8"), {
    filename: path,
    async: true,
    forceTranspile: true,
  })) as { default?: unknown };
  return { value: exports.default, babelLoaded: instances > 1 };
}

describe("createFastJiti()", () => {
  it("runs a TypeScript config with types, an enum, a default import, an extensionless import and top-level await without Babel", async () => {
    const { value, babelLoaded } = await evaluate(
      {
        "shared.ts":
          "export enum Dialect { Postgres = 'postgresql' }\nexport default { output: 'generated' } as const;\n",
        "a.config.ts": [
          "import shared, { Dialect } from './shared';",
          "import type { Stats } from 'node:fs';",
          "interface Options { dialects: string[] }",
          "const stats: Stats | undefined = undefined;",
          "const options: Options = { dialects: [Dialect.Postgres] };",
          "const later = await Promise.resolve(stats === undefined);",
          "export default { ...shared, later, generators: { sql: options satisfies Options } };",
        ].join("\n"),
      },
      "a.config.ts",
    );
    expect(value).toEqual({ output: "generated", later: true, generators: { sql: { dialects: ["postgresql"] } } });
    expect(babelLoaded).toBe(false);
  });

  it("leaves `import.meta` to Babel, which rewrites it", async () => {
    const { value, babelLoaded } = await evaluate(
      { "b.config.ts": "const here: string = import.meta.dirname;\nexport default { here };\n" },
      "b.config.ts",
    );
    expect(value).toEqual({ here: folder });
    expect(babelLoaded).toBe(true);
  });

  it("leaves a syntax error to Babel, so it is reported with Babel's location", async () => {
    const failed = await evaluate({ "c.config.ts": "export default {\n  output: 'x',,\n};\n" }, "c.config.ts").catch(
      (error: Error) => error,
    );
    expect(failed).toBeInstanceOf(Error);
    expect((failed as Error).message).toMatch(/c\.config\.ts:2:\d+/);
  });

  it("keeps a config's lines: a throw on line 3 is reported on line 3", async () => {
    const failed = await evaluate(
      { "d.config.ts": 'type T = { a: number };\nconst t: T = { a: 1 };\nthrow new Error("bad " + t.a);\n' },
      "d.config.ts",
    ).catch((error: Error) => error);
    expect((failed as Error).message).toBe("bad 1");
    expect((failed as Error).stack).toContain(`${join(folder, "d.config.ts")}:3:`);
  });
});
