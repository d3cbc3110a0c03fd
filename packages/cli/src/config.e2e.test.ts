import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { gen, project, removeProjects, schema, write } from "./test-support/e2e.js";

afterEach(removeProjects);

/** Only the SQL generator, into `out/`: a config that is read shows as `out/sql/...`, a config ignored as `generated/`. */
const sqlOnly = `{ output: "out", generators: { types: false, zod: false, mermaid: false, sql: { dialects: ["sqlite"] } } }`;

/** A project with the test schema and one config file. */
function projectWith(file: string, text: string): string {
  const dir = project();
  write(dir, "prisma/schema.prisma", schema());
  write(dir, file, text);
  return dir;
}

/** A one-line `gen: ...` error and exit 2: no stack trace, nothing generated. */
function expectOneLineError(dir: string, result: ReturnType<typeof gen>, ...parts: string[]): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr).toMatch(/^gen: /);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  for (const part of parts) expect(result.stderr).toContain(part);
  expect(existsSync(join(dir, "generated"))).toBe(false);
}

describe("gen's config file (the built binary)", { timeout: 60_000 }, () => {
  it("a .ts config with no default export is a config error naming the file, not an empty config", () => {
    const dir = projectWith("cardinal.config.ts", `export const config = ${sqlOnly};\n`);
    expectOneLineError(dir, gen(dir), "cardinal.config.ts", "default export", "received no default export");
  });

  it("a .ts config whose default export is null (or a Promise of null) is a config error, not an empty config", () => {
    for (const text of ["export default null;\n", "export default Promise.resolve(null);\n"]) {
      const dir = projectWith("cardinal.config.ts", text);
      expectOneLineError(dir, gen(dir), "cardinal.config.ts", "default export", "received null");
    }
  });

  it("a default export that is a Promise, a function or an async function is awaited and called", () => {
    for (const text of [
      `export default Promise.resolve(${sqlOnly});\n`,
      `export default () => (${sqlOnly});\n`,
      `export default async () => { await new Promise((r) => setTimeout(r, 10)); return ${sqlOnly}; };\n`,
      `export default Promise.resolve(() => (${sqlOnly}));\n`,
    ]) {
      const dir = projectWith("cardinal.config.ts", text);
      const result = gen(dir);
      expect(result.code, `${text}\n${result.stderr}`).toBe(0);
      expect(existsSync(join(dir, "out/sql/sqlite.sql")), text).toBe(true);
      expect(existsSync(join(dir, "generated")), text).toBe(false);
    }
  });

  it("a default export that is a number or a function returning a string is a located config error", () => {
    const number = projectWith("cardinal.config.ts", "export default 42;\n");
    expectOneLineError(number, gen(number), "cardinal.config.ts", "received number 42");
    const dir = projectWith("cardinal.config.ts", 'export default () => "sql";\n');
    expectOneLineError(dir, gen(dir), "cardinal.config.ts", 'received string "sql"');
  });

  it("loading a .ts config writes no file into the project (a read-only folder works)", () => {
    // The config itself fails when anything but the project's own files is beside it while it is being loaded.
    const dir = projectWith(
      "cardinal.config.ts",
      `import { readdirSync } from "node:fs";\nconst extra = readdirSync(process.cwd()).filter((name) => !["cardinal.config.ts", "prisma", "node_modules"].includes(name));\nif (extra.length > 0) throw new Error(\`found beside the config: \${extra.join(", ")}\`);\nexport default ${sqlOnly};\n`,
    );
    const result = gen(dir);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(dir, "out/sql/sqlite.sql"))).toBe(true);
  });

  it("a syntax error in a .ts config is reported at file:line:column", () => {
    const dir = projectWith("cardinal.config.ts", 'const name = "out";\nexport default { output: name,, };\n');
    expectOneLineError(dir, gen(dir), "cardinal.config.ts:2:31");
  });

  it("a syntax error in a .json config is reported at file:line:column", () => {
    const dir = projectWith("cardinal.config.json", '{\n  "output": "out",,\n}\n');
    expectOneLineError(dir, gen(dir), "cardinal.config.json:2:19");
  });

  it("a .ts config can import another .ts file (without an extension), and its error is located in that file", () => {
    const dir = projectWith(
      "cardinal.config.ts",
      `import { dialects } from "./config/dialects";\nexport default { output: "out", generators: { types: false, zod: false, mermaid: false, sql: { dialects } } };\n`,
    );
    write(dir, "config/dialects.ts", 'export const dialects: ("sqlite" | "mysql")[] = ["sqlite", "mysql"];\n');
    const result = gen(dir);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(dir, "out/sql/mysql.sql"), "utf8")).toContain("CREATE TABLE");
    write(dir, "config/dialects.ts", 'export const dialects = ["sqlite",\n  "mysql" "x"];\n');
    expectOneLineError(dir, gen(dir, "--out", "generated"), "config/dialects.ts:2:11");
  });

  it("a config error reports BigInt and circular values instead of crashing", () => {
    const dir = projectWith(
      "cardinal.config.ts",
      "const loop: unknown[] = [];\nloop.push(loop);\nexport default { output: 1n, generators: { sql: { dialects: loop } } };\n",
    );
    expectOneLineError(
      dir,
      gen(dir),
      "output: expected a path (string), received bigint 1n",
      "generators.sql.dialects: expected an array of",
      "Circular",
    );
  });

  it("two generators configured into one folder (or one inside the other) are a config error", () => {
    const same = projectWith(
      "cardinal.config.json",
      JSON.stringify({ generators: { types: { output: "shared" }, zod: { output: "shared" } } }),
    );
    expectOneLineError(same, gen(same), "generators.zod.output", "generators.types.output");
    const nested = projectWith("cardinal.config.json", JSON.stringify({ generators: { types: { output: "." } } }));
    expectOneLineError(nested, gen(nested), "generators.types.output");
  });

  it("typePrefix, typeSuffix and zod naming must be identifier parts", () => {
    const dir = projectWith(
      "cardinal.config.json",
      JSON.stringify({
        generators: {
          types: { typePrefix: "my-", typeSuffix: "Row" },
          zod: { naming: { prefix: "1st", suffix: "Schema!" } },
        },
      }),
    );
    const result = gen(dir);
    expectOneLineError(
      dir,
      result,
      "cardinal.config.json",
      'generators.types.typePrefix: expected the start of a TypeScript identifier (letters, digits, _ or $, not starting with a digit), received string "my-"',
      'generators.zod.naming.prefix: expected the start of a TypeScript identifier (letters, digits, _ or $, not starting with a digit), received string "1st"',
      'generators.zod.naming.suffix: expected the rest of a TypeScript identifier (letters, digits, _ or $), received string "Schema!"',
    );
    expect(result.stderr).not.toContain("typeSuffix");
  });

  it("--config naming a folder, an empty path or an unknown extension is a one-line error, exit 2", () => {
    const dir = project();
    write(dir, "prisma/schema.prisma", schema());
    mkdirSync(join(dir, "configs"));
    expectOneLineError(dir, gen(dir, "--config", "configs"), "--config: configs is a folder");
    expectOneLineError(dir, gen(dir, "--config", ""), "--config: expected a file path");
    write(dir, "cardinal.yaml", "output: out\n");
    expectOneLineError(dir, gen(dir, "--config", "cardinal.yaml"), "--config: cardinal.yaml", ".json");
  });
});
