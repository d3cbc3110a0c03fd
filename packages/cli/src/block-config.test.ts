import { type GeneratorConfig, parseSchema } from "@cardinal/core";
import { describe, expect, it } from "vitest";
import { resolveWithBlock } from "./block-config.js";
import { formatConfigError } from "./config.js";

const root = "/project";

/** The first generator block of a schema at prisma/schema.prisma whose cardinal block has these lines. */
function block(...lines: string[]): GeneratorConfig {
  const text = ["generator cardinal {", '  provider = "cardinal-generator"', ...lines.map((l) => `  ${l}`), "}", ""];
  const found = parseSchema([{ path: "prisma/schema.prisma", content: text.join("\n") }]).model.generators[0];
  if (!found) throw new Error("no generator block");
  return found;
}

function resolved(generator: GeneratorConfig, file: Record<string, unknown> = {}, only?: string[]) {
  const result = resolveWithBlock(generator, file, { only }, root);
  if ("errors" in result) throw new Error(result.errors.map(formatConfigError).join("\n"));
  return result.config;
}

function errors(generator: GeneratorConfig, file: Record<string, unknown> = {}) {
  const result = resolveWithBlock(generator, file, {}, root);
  return "errors" in result ? result.errors.map(formatConfigError) : [];
}

describe("resolveWithBlock()", () => {
  it("`resolveWithBlock()` reads only, dialects, typed options and output relative to the schema file", () => {
    const config = resolved(
      block(
        'output = "../out"',
        'only = "types, sql,mermaid"',
        'dialects = "postgresql,sqlite"',
        "sql_comments = false",
        'mermaid_maxCharacters = "9000"',
        'mermaid_include = ["User", "Post*"]',
        'types_layout = "single-file"',
      ),
    );
    expect(config.output).toBe("/project/out");
    expect([...config.generators.keys()]).toEqual(["types", "mermaid", "sql"]);
    expect(config.generators.get("sql")).toEqual({ dialects: ["postgresql", "sqlite"], comments: false });
    expect(config.generators.get("mermaid")).toEqual({ maxCharacters: 9000, include: ["User", "Post*"] });
    expect(config.generators.get("types")).toEqual({ layout: "single-file" });
  });

  it("`resolveWithBlock()` lets the config file win for every key both set, and `false` turn a generator off", () => {
    const config = resolved(block('output = "../out"', 'sql_dialects = "mysql"', 'zod_naming_prefix = "Z"'), {
      output: "elsewhere",
      generators: { sql: { dialects: ["sqlite"], comments: false }, zod: { naming: { suffix: "S" } }, types: false },
    });
    expect(config.output).toBe("elsewhere");
    expect(config.generators.get("sql")).toEqual({ dialects: ["sqlite"], comments: false });
    expect(config.generators.get("zod")).toEqual({ naming: { prefix: "Z", suffix: "S" } });
    expect(config.generators.has("types")).toBe(false);
  });

  it("`resolveWithBlock()` gives --only precedence over the block's only", () => {
    expect([...resolved(block('only = "types"'), {}, ["zod"]).generators.keys()]).toEqual(["zod"]);
  });

  it("`resolveWithBlock()` locates a bad value at the block key, with what was expected and received", () => {
    expect(errors(block('sql_dialects = "postgresql,oracle"'))).toEqual([
      'prisma/schema.prisma:3:3: generator cardinal: sql_dialects: expected an array of "postgresql", "mysql", "sqlite", received an array (["postgresql","oracle"])',
    ]);
    expect(errors(block('zod_naming_prefix = "1x"'))[0]).toMatch(
      /^prisma\/schema\.prisma:3:3: generator cardinal: zod_naming_prefix: expected the start of a TypeScript identifier/,
    );
    expect(errors(block("types_client = yes"))[0]).toBe(
      'prisma/schema.prisma:3:3: generator cardinal: types_client: expected true or false, received string "yes"',
    );
  });

  it("`resolveWithBlock()` refuses unknown keys, a bad only and values it cannot read", () => {
    expect(errors(block('zod_dateTimes = "coerce"', 'only = "types,zodd"', 'sql_comments = env("X")'))).toEqual([
      "prisma/schema.prisma:3:3: generator cardinal: zod_dateTimes: expected one of output, only, dialects, or <generator>_<option> such as sql_dialects, zod_dateTime, mermaid_direction, received an unknown key",
      'prisma/schema.prisma:4:3: generator cardinal: only: expected a comma-separated list of types, zod, mermaid, sql, received string "types,zodd"',
      "prisma/schema.prisma:5:3: generator cardinal: sql_comments: expected a string, a number, true, false or a list of strings, received a value Cardinal cannot read (env(), an object)",
    ]);
  });

  it("`resolveWithBlock()` leaves Prisma's own keys to Prisma", () => {
    const config = resolved(
      block('previewFeatures = ["views"]', 'binaryTargets = ["native"]', 'engineType = "library"'),
    );
    expect(config.generators.size).toBe(4);
  });
});

describe("resolveWithBlock() readings", () => {
  it("`resolveWithBlock()` reads one word as a list when the option takes a list, and reports it as one", () => {
    expect(resolved(block('sql_dialects = "sqlite"')).generators.get("sql")).toEqual({ dialects: ["sqlite"] });
    expect(errors(block('sql_dialects = "oracle"'))).toEqual([
      'prisma/schema.prisma:3:3: generator cardinal: sql_dialects: expected an array of "postgresql", "mysql", "sqlite", received an array (["oracle"])',
    ]);
    expect(errors(block("mermaid_maxCharacters = -5"))).toEqual([
      "prisma/schema.prisma:3:3: generator cardinal: mermaid_maxCharacters: expected a positive integer, received number -5",
    ]);
    expect(resolved(block('mermaid_title = "true"')).generators.get("mermaid")).toEqual({ title: "true" });
  });
});
