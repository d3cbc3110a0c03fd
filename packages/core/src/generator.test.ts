import { describe, expect, it } from "vitest";
import {
  defineGenerator,
  type GeneratorPlugin,
  isGeneratorPlugin,
  lazyOptionsSchema,
  type OptionsSchema,
} from "./generator.js";
import { parseSchema } from "./parse-schema.js";

/** A hand-written options schema: core's contract needs no validation library. */
const upperSchema: OptionsSchema<{ upper: boolean }> = {
  safeParse: (value) =>
    typeof value === "object" && value !== null && typeof (value as { upper?: unknown }).upper === "boolean"
      ? { success: true, data: { upper: (value as { upper: boolean }).upper } }
      : { success: false, error: { issues: [{ path: ["upper"], message: "true or false" }] } },
};

const names = defineGenerator({
  name: "names",
  options: upperSchema,
  generate: (model, options) => ({
    files: [
      {
        path: "names.txt",
        content: model.models.map((m) => (options.upper ? m.name.toUpperCase() : m.name)).join("\n"),
      },
    ],
    diagnostics: [],
  }),
});

describe("defineGenerator()", () => {
  it("`defineGenerator()` returns the plugin as given, its generate typed by the schema's output", async () => {
    const { model } = parseSchema([{ path: "schema.prisma", content: "model User {\n  id Int @id\n}\n" }]);
    const parsed = names.options.safeParse({ upper: true });
    if (!parsed.success) throw new Error("expected valid options");
    expect(await names.generate(model, parsed.data)).toEqual({
      files: [{ path: "names.txt", content: "USER" }],
      diagnostics: [],
    });
    expect(names.options.safeParse({ upper: "yes" })).toMatchObject({ success: false });
  });
});

describe("isGeneratorPlugin()", () => {
  it("`isGeneratorPlugin()` accepts a name, an options schema and generate, and refuses anything less", () => {
    expect(isGeneratorPlugin(names)).toBe(true);
    const partial: Partial<GeneratorPlugin> = { ...names };
    delete partial.generate;
    for (const value of [partial, { ...names, name: 3 }, { ...names, options: {} }, null, "names", () => names])
      expect(isGeneratorPlugin(value), JSON.stringify(value)).toBe(false);
  });
});

describe("lazyOptionsSchema()", () => {
  /** A schema that accepts `{ n?: number }` and counts how often it was loaded. */
  const counted = () => {
    const loads = { count: 0 };
    const load = (): OptionsSchema<{ n?: number }> => {
      loads.count++;
      return {
        shape: { n: true },
        safeParse: (value) =>
          !Array.isArray(value) &&
          (typeof (value as { n?: unknown }).n === "number" || Object.keys(value as object).length === 0)
            ? { success: true, data: value as { n?: number } }
            : { success: false, error: { issues: [{ path: ["n"], message: "a number" }] } },
      };
    };
    return { loads, load };
  };

  it("answers no options with `whenEmpty` without loading, and loads once for the rest", () => {
    const { loads, load } = counted();
    const schema = lazyOptionsSchema(load, {});
    expect(schema.safeParse({})).toEqual({ success: true, data: {} });
    expect(loads.count).toBe(0);
    expect(schema.safeParse({ n: 1 })).toEqual({ success: true, data: { n: 1 } });
    expect(schema.safeParse({ n: "x" }).success).toBe(false);
    expect(Object.keys(schema.shape ?? {})).toEqual(["n"]);
    expect(loads.count).toBe(1);
  });

  it("loads for no options too when no `whenEmpty` is given, and for a value that is not an empty object", () => {
    const { loads, load } = counted();
    expect(lazyOptionsSchema(load).safeParse({}).success).toBe(true);
    expect(loads.count).toBe(1);
    const withEmpty = lazyOptionsSchema(load, {});
    expect(withEmpty.safeParse([]).success).toBe(false);
    expect(loads.count).toBe(2);
  });
});
