import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSchema } from "@cardinal/core";
import { corpusDirectory } from "@cardinal/testing";
import { describe, expect, it } from "vitest";
import { generateTypes } from "./generate-types.js";
import type { TypesOptions } from "./options.js";

/**
 * Goldens: the type-test fixture (imported by the type-level tests, so it must stay current) and feature-named
 * corpus schemas, in both layouts. Update with `pnpm vitest run packages/gen-types -u`, then read the diff.
 */
const goldenSchemas = [
  "one-to-one-optional-fk-unique",
  "one-to-one-composite-fk",
  "one-to-one-shared-primary-key",
  "one-to-many-self",
  "many-to-many-implicit",
  "many-to-many-self",
  "relations-named-two-between-same-models",
  "model-compound-id-named",
  "types-all-scalars",
  "types-enum-mapped-values",
  "types-composite-on-mongodb",
  "mongodb-composite-types-and-references",
  "mongodb-many-to-many-id-lists",
  "types-view-with-preview",
];

const cases: { name: string; schema: string; options: TypesOptions }[] = [
  {
    name: "fixture",
    schema: readFileSync(join(import.meta.dirname, "test-support/fixture.prisma"), "utf8"),
    options: {},
  },
  {
    // The server side, imported by server.test.ts.
    name: "fixture-server",
    schema: readFileSync(join(import.meta.dirname, "test-support/fixture.prisma"), "utf8"),
    options: { layout: "single-file", server: true },
  },
  ...goldenSchemas.flatMap((name) => {
    const schema = readFileSync(join(corpusDirectory, `${name}.prisma`), "utf8");
    return [
      { name: `${name}/per-model`, schema, options: {} },
      { name: `${name}/single-file`, schema, options: { layout: "single-file" as const } },
    ];
  }),
];

describe("generateTypes() goldens", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, { name, schema, options }) => {
    const result = parseSchema(schema);
    expect(result.valid).toBe(true);
    for (const file of generateTypes(result.model, options).files) {
      await expect(file.content).toMatchFileSnapshot(`__goldens__/${name}/${file.path}`);
    }
  });
});
