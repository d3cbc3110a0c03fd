import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSchema } from "@cardinal/core";
import { generateTypes } from "@cardinal/gen-types";
import { corpusDirectory } from "@cardinal/testing";
import { describe, expect, it } from "vitest";
import { generateZod } from "./generate-zod.js";

/**
 * Goldens: the fixture (gen-types' type-test schema) as zod schemas and, beside them, gen-types' output for the
 * same schema, which the type-equality tests compare; plus feature schemas. Update with
 * `pnpm vitest run packages/gen-zod -u`, then read the diff.
 */
const fixtureSchema = readFileSync(
  join(import.meta.dirname, "../../gen-types/src/test-support/fixture.prisma"),
  "utf8",
);
const features = [
  "many-to-many-self",
  "one-to-many-self",
  "one-to-one-composite-fk",
  "types-all-scalars",
  "types-composite-on-mongodb",
  "mongodb-composite-types-and-references",
  "mongodb-many-to-many-id-lists",
  "native-types-postgres",
];

describe("generateZod() goldens", () => {
  it("fixture: zod schemas and the gen-types output they must match", async () => {
    const { model } = parseSchema(fixtureSchema);
    for (const file of generateZod(model).files)
      await expect(file.content).toMatchFileSnapshot(`__goldens__/fixture/zod/${file.path}`);
    for (const file of generateTypes(model).files)
      await expect(file.content).toMatchFileSnapshot(`__goldens__/fixture/types/${file.path}`);
  });

  it.each(features)("%s", async (name) => {
    const { model, valid } = parseSchema(readFileSync(join(corpusDirectory, `${name}.prisma`), "utf8"));
    expect(valid).toBe(true);
    for (const file of generateZod(model).files)
      await expect(file.content).toMatchFileSnapshot(`__goldens__/${name}/${file.path}`);
  });
});
