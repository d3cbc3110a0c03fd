import { parseSchema } from "@cardinal/core";
import { describe, expect, it } from "vitest";
import { generateTypes } from "./generate-types.js";
import { typesOptionsSchema } from "./options-schema.js";
import { typesGenerator } from "./plugin.js";

const { model } = parseSchema([
  {
    path: "schema.prisma",
    content:
      'datasource db {\n  provider = "postgresql"\n}\n\nenum Role {\n  A\n}\n\nmodel User {\n  id   Int  @id\n  role Role\n}\n',
  },
]);

describe("typesGenerator", () => {
  it("answers no options as its zod schema does, without loading zod, and any other through zod", () => {
    expect(typesGenerator.options.safeParse({})).toEqual(typesOptionsSchema.safeParse({}));
    expect(typesGenerator.options.safeParse({})).toEqual({ success: true, data: {} });
    expect(Object.keys(typesGenerator.options.shape ?? {})).toEqual(Object.keys(typesOptionsSchema.shape));
  });

  it("`typesGenerator` is named types and generates what generateTypes() does with the options its schema checked", async () => {
    expect(typesGenerator.name).toBe("types");
    const parsed = typesGenerator.options.safeParse({ layout: "single-file", client: false });
    if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
    expect(await typesGenerator.generate(model, parsed.data)).toEqual(
      generateTypes(model, { layout: "single-file", client: false }),
    );
  });

  it("`typesGenerator`'s options schema refuses a bad value with what it expected", () => {
    const parsed = typesGenerator.options.safeParse({ dateTime: "date" });
    expect(parsed.success).toBe(false);
    if (!parsed.success)
      expect(parsed.error.issues.map((issue) => [issue.path, issue.message])).toEqual([
        [["dateTime"], '"Date" or "string"'],
      ]);
  });
});
