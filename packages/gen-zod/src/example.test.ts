import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSchema } from "@cardinal/core";
import { describe, expect, it } from "vitest";
import { generateZod } from "./generate-zod.js";

const example = join(import.meta.dirname, "../../../examples/blog");

describe("the bundled example", () => {
  const { model } = parseSchema(readFileSync(join(example, "schema.prisma"), "utf8"));
  it.each(generateZod(model).files.map((file) => [file.path, file] as const))(
    "has an up-to-date examples/blog/generated/zod/%s (run `npm run example`)",
    (_path, file) => {
      expect(readFileSync(join(example, "generated/zod", file.path), "utf8")).toBe(file.content);
    },
  );
});
