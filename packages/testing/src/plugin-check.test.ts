import { describe, expect, it } from "vitest";
import { checkPlugin, shuffleBlocks } from "./plugin-check.js";

const schema = [
  'datasource db {\n  provider = "postgresql"\n}',
  "/// The user.\nmodel User {\n  id Int @id\n}",
  "enum Role {\n  ADMIN\n}",
  "model Post {\n  id Int @id\n}",
  "model Tag {\n  id Int @id\n}",
  "",
].join("\n\n");

/** A stand-in for core's parseSchema: the block names in declaration order. */
const parse = (files: { path: string; content: string }[]) => ({
  valid: true,
  model: [...(files[0]?.content ?? "").matchAll(/^(?:model|enum) (\w+)/gm)].map((m) => m[1] as string),
  diagnostics: [],
});

const options = {
  safeParse: (value: unknown) =>
    value && typeof value === "object"
      ? { success: true as const, data: value as { sorted?: boolean } }
      : { success: false as const, error: { issues: [{ message: "an object" }] } },
};

const namesPlugin = {
  name: "names",
  options,
  generate: (names: string[], { sorted }: { sorted?: boolean }) => ({
    files: [{ path: "names.txt", content: (sorted ? [...names].sort() : names).join("\n") }],
    diagnostics: [],
  }),
};

describe("shuffleBlocks()", () => {
  it("`shuffleBlocks()` moves whole blocks with their doc comments, keeps the datasource, and is seeded", () => {
    const orders = new Set([1, 2, 3, 4, 5].map((seed) => shuffleBlocks(schema, seed)));
    expect(orders.size).toBeGreaterThan(1);
    for (const shuffled of orders) {
      expect(shuffled.startsWith('datasource db {\n  provider = "postgresql"\n}')).toBe(true);
      expect(shuffled).toContain("/// The user.\nmodel User {\n  id Int @id\n}");
      expect(shuffled.split("\n").sort()).toEqual(schema.split("\n").sort());
    }
    expect(shuffleBlocks(schema, 2)).toBe(shuffleBlocks(schema, 2));
  });
});

describe("checkPlugin()", () => {
  it("`checkPlugin()` returns the files of an order-independent plugin", async () => {
    const result = await checkPlugin(namesPlugin, { schema, parse, options: { sorted: true } });
    expect(result.files).toEqual([{ path: "names.txt", content: "Post\nRole\nTag\nUser" }]);
  });

  it("`checkPlugin()` fails a plugin whose output follows the declaration order, or that is not deterministic", async () => {
    await expect(checkPlugin(namesPlugin, { schema, parse })).rejects.toThrow(
      /names: declaration order #\d changed names\.txt/,
    );
    let runs = 0;
    const clock = {
      ...namesPlugin,
      generate: () => ({ files: [{ path: "t.txt", content: String(runs++) }], diagnostics: [] }),
    };
    await expect(checkPlugin(clock, { schema, parse })).rejects.toThrow("names: a second run changed t.txt");
    await expect(checkPlugin(namesPlugin, { schema, parse, options: 3 })).rejects.toThrow("invalid options: an object");
  });
});
