import { parseSchema } from "@cardinal/core";
import { describe, expect, it } from "vitest";
import { generateZod } from "./generate-zod.js";
import { zodOptionsSchema } from "./options-schema.js";
import { zodGenerator } from "./plugin.js";

const { model } = parseSchema([
  {
    path: "schema.prisma",
    content:
      'datasource db {\n  provider = "postgresql"\n}\n\nenum Role {\n  A\n}\n\nmodel User {\n  id   Int  @id\n  role Role\n}\n',
  },
]);

describe("zodGenerator", () => {
  it("answers no options as its zod schema does, without loading zod, and any other through zod", () => {
    expect(zodGenerator.options.safeParse({})).toEqual(zodOptionsSchema.safeParse({}));
    expect(zodGenerator.options.safeParse({})).toEqual({ success: true, data: {} });
    expect(Object.keys(zodGenerator.options.shape ?? {})).toEqual(Object.keys(zodOptionsSchema.shape));
  });

  it("`zodGenerator` is named zod and generates what generateZod() does with the options its schema checked", async () => {
    expect(zodGenerator.name).toBe("zod");
    const parsed = zodGenerator.options.safeParse({ dateTime: "coerce", naming: { suffix: "Z" } });
    if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
    expect(await zodGenerator.generate(model, parsed.data)).toEqual(
      generateZod(model, { dateTime: "coerce", naming: { suffix: "Z" } }),
    );
  });

  it("`zodGenerator`'s options schema refuses a bad value with what it expected", () => {
    const parsed = zodGenerator.options.safeParse({ naming: { prefix: "1", other: "" } });
    expect(parsed.success).toBe(false);
    if (!parsed.success)
      expect(parsed.error.issues.map((issue) => [issue.path, issue.message])).toEqual([
        [
          ["naming", "prefix"],
          "the start of a TypeScript identifier (letters, digits, _ or $, not starting with a digit)",
        ],
        [["naming"], "prefix or suffix"],
      ]);
  });
});
