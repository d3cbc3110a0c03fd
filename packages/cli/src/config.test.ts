import { describe, expect, it } from "vitest";
import { defineConfig, formatConfigError, resolveConfig } from "./config.js";
import { describeValue } from "./config-values.js";

const resolve = (raw: unknown) => resolveConfig(raw, {}, "/project");
const errorsOf = (raw: unknown) => {
  const result = resolve(raw);
  return "errors" in result ? result.errors.map(formatConfigError) : [];
};

describe("describeValue()", () => {
  it("`describeValue()` says what BigInt, circular, symbol, function and NaN values are without throwing", () => {
    const loop: unknown[] = [];
    loop.push(loop);
    expect(describeValue(10n)).toBe("bigint 10n");
    expect(describeValue([1n, 2n])).toBe("an array ([ 1n, 2n ])");
    expect(describeValue(loop)).toContain("Circular");
    expect(describeValue(Symbol("s"))).toBe("symbol Symbol(s)");
    expect(describeValue(() => 1)).toBe("a function");
    expect(describeValue(Number.NaN)).toBe("number NaN");
    expect(describeValue(Promise.resolve())).toBe("a Promise");
    expect(describeValue("x".repeat(100))).toHaveLength(`string ""`.length + 61);
  });
});

describe("resolveConfig()", () => {
  it("`resolveConfig()` refuses null, undefined, an array and a Promise instead of taking them as {}", () => {
    for (const raw of [null, undefined, [], Promise.resolve({})])
      expect(errorsOf(raw), String(raw)).toEqual([expect.stringMatching(/^\(config\): expected an object, received/)]);
    expect(errorsOf({ generators: { sql: null } })).toEqual([
      "generators.sql: expected an options object or false, received null",
    ]);
  });

  it("`resolveConfig()` reports a BigInt option and a circular array at their paths", () => {
    const loop: unknown[] = [];
    loop.push(loop);
    const errors = errorsOf({ output: 1n, generators: { sql: { dialects: loop }, mermaid: { maxCharacters: 5n } } });
    expect(errors).toContain("output: expected a path (string), received bigint 1n");
    expect(errors).toContainEqual(expect.stringMatching(/^generators\.sql\.dialects: .*Circular/));
    expect(errors).toContain("generators.mermaid.maxCharacters: expected a positive integer, received bigint 5n");
  });

  it("`resolveConfig()` refuses two generators in one folder, and one generator's folder inside another's", () => {
    expect(errorsOf({ generators: { types: { output: "shared" }, zod: { output: "shared" } } })).toEqual([
      expect.stringMatching(
        /^generators\.zod\.output: expected a folder of its own.*received string "shared" \(generated\/shared, which overlaps generators\.types\.output generated\/shared\)$/,
      ),
    ]);
    expect(errorsOf({ generators: { sql: { output: "zod/sql" } } })).toEqual([
      expect.stringMatching(/^generators\.sql\.output: .*overlaps the default folder of zod generated\/zod\)$/),
    ]);
    expect(errorsOf({ output: "out", generators: { mermaid: { output: "" } } })).toEqual([
      expect.stringMatching(/^generators\.mermaid\.output: .*received string "" \(out, /),
    ]);
    // Turned off, a generator's folder is free; side by side is fine.
    expect(errorsOf({ generators: { types: false, zod: { output: "types" }, sql: { output: "db/sql" } } })).toEqual([]);
  });

  it("`resolveConfig()` accepts identifier parts as typePrefix, typeSuffix and zod naming, and refuses the rest", () => {
    for (const [prefix, suffix] of [
      ["", ""],
      ["I", "Row"],
      ["$db_", "_2"],
      ["Ñ", "É"],
    ])
      expect(
        errorsOf({
          generators: { types: { typePrefix: prefix, typeSuffix: suffix }, zod: { naming: { prefix, suffix } } },
        }),
        `${prefix} ${suffix}`,
      ).toEqual([]);
    expect(
      errorsOf({
        generators: {
          types: { typePrefix: "2x", typeSuffix: "-row" },
          zod: { naming: { prefix: "a b", suffix: "Schema.", extra: "" } },
        },
      }),
    ).toEqual([
      expect.stringMatching(/^generators\.types\.typePrefix: expected the start of a TypeScript identifier.*"2x"$/),
      expect.stringMatching(/^generators\.types\.typeSuffix: expected the rest of a TypeScript identifier.*"-row"$/),
      expect.stringMatching(/^generators\.zod\.naming\.prefix: .*"a b"$/),
      expect.stringMatching(/^generators\.zod\.naming\.suffix: .*"Schema\."$/),
      "generators.zod.naming.extra: expected prefix or suffix, received an unknown key",
    ]);
  });
});

describe("resolveConfig() with generator plugins", () => {
  it("`resolveConfig()` adds a plugin under its key with `use`, its options checked by its schema, located", async () => {
    const { sqlGenerator } = await import("@cardinal/gen-sql/plugin");
    const ok = resolve({ generators: { ddl: { use: sqlGenerator, dialects: ["sqlite"], output: "ddl" } } });
    if ("errors" in ok) throw new Error(ok.errors.map(formatConfigError).join("\n"));
    expect([...ok.config.generators.keys()]).toEqual(["types", "zod", "mermaid", "sql", "ddl"]);
    expect(ok.config.generators.get("ddl")).toEqual({ dialects: ["sqlite"], output: "ddl" });
    expect(ok.config.plugins.get("ddl")).toBe(sqlGenerator);
    expect(errorsOf({ generators: { ddl: { use: sqlGenerator, dialects: ["oracle"], dialect: "x" } } })).toEqual([
      "generators.ddl.dialect: expected one of use, output, dialects, comments, received an unknown option",
      'generators.ddl.dialects: expected an array of "postgresql", "mysql", "sqlite", received an array (["oracle"])',
    ]);
    expect(errorsOf({ generators: { ddl: { use: "./not-loaded.mjs" } } })).toEqual([
      'generators.ddl.use: expected a generator plugin (made with defineGenerator) or a module specifier that exports one, received string "./not-loaded.mjs"',
    ]);
    expect(errorsOf({ generators: { ddl: {} } })).toEqual([
      "generators.ddl: expected one of types, zod, mermaid, sql, received an unknown generator (a generator plugin of your own is added with `use`)",
    ]);
  });

  it("`resolveConfig()` takes a plugin's name in --only, and refuses a generator name with `_`", async () => {
    const { sqlGenerator } = await import("@cardinal/gen-sql/plugin");
    const only = resolveConfig({ generators: { ddl: { use: sqlGenerator } } }, { only: ["ddl"] }, "/project");
    expect("config" in only && [...only.config.generators.keys()]).toEqual(["ddl"]);
    expect(errorsOf({ generators: { my_ddl: { use: sqlGenerator } } })).toEqual([
      'generators.my_ddl: expected a name of letters, digits and - (a generator block\'s keys are <name>_<option>), received string "my_ddl"',
    ]);
  });
});

describe("defineConfig()", () => {
  it("`defineConfig()` types the built-in generators' options and takes any other name as a plugin entry", () => {
    const config = defineConfig({
      generators: { types: { layout: "single-file" }, kysely: { use: "./kysely-plugin.ts", fileName: "db" } },
    });
    // @ts-expect-error: not a layout of the types generator
    defineConfig({ generators: { types: { layout: "flat" } } });
    expect(config.generators?.kysely).toEqual({ use: "./kysely-plugin.ts", fileName: "db" });
  });
});
