import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { acceptOptions, type OptionRules, option, ruledOptionsSchema } from "./options-rules.js";
import { zodSchemaFromRules } from "./zod-options.js";

/** One rule of every kind and every builder, as generators use them. */
const rules = {
  choice: option.oneOf(["per-model", "single-file", ""]),
  flag: option.boolean(),
  anyText: option.text("a string"),
  fileName: option.text("a file name", /^[\w.-]+$/),
  prefix: option.identifierStart(),
  suffix: option.identifierPart(),
  count: option.positiveInteger(),
  names: option.stringList("an array of names"),
  dialects: option.stringList("an array of dialects", {
    item: (value): value is "a" | "b" => value === "a" || value === "b",
    nonEmpty: true,
  }),
  paths: option.stringList("an array of paths", { item: (value): value is string => value !== "" }),
  naming: option.record(
    { prefix: option.identifierStart(), style: option.oneOf(["camel", "snake"]) },
    { expected: "an object with prefix and/or style", unknownKeys: "prefix or style" },
  ),
} satisfies OptionRules;

const schema = zodSchemaFromRules(rules, z);

const sparse = (): unknown[] => {
  const values: unknown[] = [];
  values[1] = "a";
  return values;
};

/** Values near the edges of every rule: accepted ones and ones just outside. */
const edgeValues: unknown[] = [
  ...[undefined, null, true, false, 0, -0, 1, 2, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 2 ** 53 - 1],
  ...[10n, "", " ", "a", "b", "A", "per-model", "Per-model", "single-file ", "camel", "snake"],
  ...["x.y-z_1", "a b", "1abc", "$x", "_", "é", "a\u200Cb", "\u200C", "a/b", "0"],
  ...[[], ["a"], ["b", "a"], ["a", "c"], [""], ["x", ""], [1], ["a", 2], sparse(), [null]],
  ...[{}, { prefix: "Db" }, { style: "camel" }, { prefix: "1" }, { other: 1 }, { prefix: undefined }],
  new Date(0),
  Object.create(null) as object,
];

/** `value` under each option alone, and a few combinations. */
const candidates: unknown[] = [
  ...Object.keys(rules).flatMap((name) => edgeValues.map((value) => ({ [name]: value }))),
  {},
  { choice: "per-model", flag: true, count: 3, names: ["User"], naming: { prefix: "Db", style: "snake" } },
  { choice: "per-model", unknown: 1 },
  ...edgeValues,
];

/** The problem with one value, or undefined when the fast check and zod agree on it. */
function disagreement(value: unknown): string | undefined {
  const fast = acceptOptions(rules, value);
  const parsed = schema.safeParse(value);
  const unknownKeys =
    typeof value === "object" && value !== null && Object.keys(value).some((key) => !Object.hasOwn(rules, key));
  if (fast !== undefined && !parsed.success) return "accepted without zod, refused by zod";
  if (fast !== undefined && parsed.success && !isDeepStrictEqual({ ...fast }, { ...parsed.data }))
    return `parsed to ${JSON.stringify(fast)} without zod, to ${JSON.stringify(parsed.data)} by zod`;
  if (fast === undefined && parsed.success && !unknownKeys) return "refused without zod, accepted by zod";
  return undefined;
}

const describeValue = (value: unknown) =>
  typeof value === "bigint"
    ? `${value}n`
    : (JSON.stringify(value, (_key, v) => (v === undefined ? "<undefined>" : v)) ?? String(value));

describe("option rules", () => {
  it("accept exactly what their zod schema accepts, with the same data, on values at every rule's edges", () => {
    const problems = candidates.flatMap((value) => {
      const problem = disagreement(value);
      return problem === undefined ? [] : [`${describeValue(value)}: ${problem}`];
    });
    expect(problems).toEqual([]);
    // Both sides of the line are tried: most candidates are refused, and a fair number accepted.
    const accepted = candidates.filter((value) => acceptOptions(rules, value) !== undefined).length;
    expect(accepted).toBeGreaterThan(40);
    expect(candidates.length - accepted).toBeGreaterThan(200);
  });

  it("agree with their zod schema on arbitrary values under every option", () => {
    const anyValue = fc.oneof(
      fc.anything({ withNullPrototype: true, withSparseArray: true, withBigInt: true, withDate: true }),
      fc.constantFrom(...edgeValues),
      fc.array(fc.constantFrom("a", "b", "", "x.y", "1a", 1)),
      fc.dictionary(fc.constantFrom("prefix", "style", "other"), fc.constantFrom("Db", "camel", "1", 1, undefined)),
    );
    const options = fc.dictionary(fc.constantFrom(...Object.keys(rules), "unknown"), anyValue, { maxKeys: 4 });
    fc.assert(fc.property(options, (value) => disagreement(value) === undefined));
  });

  it("copy arrays and objects as zod does, keeping only known options in rule order", () => {
    const names = ["a"];
    const accepted = acceptOptions(rules, { naming: { style: "camel" }, names, flag: false });
    expect(accepted).toEqual({ flag: false, names: ["a"], naming: { style: "camel" } });
    expect(Object.keys(accepted ?? {})).toEqual(["flag", "names", "naming"]);
    expect(accepted?.names).not.toBe(names);
  });

  it("make a schema that answers options that are fine without loading zod, and asks zod about the rest", () => {
    let loads = 0;
    const ruled = ruledOptionsSchema(rules, () => {
      loads++;
      return zodSchemaFromRules(rules, z);
    });
    expect(Object.keys(ruled.shape ?? {})).toEqual(Object.keys(rules));
    expect(ruled.safeParse({ choice: "single-file", count: 2 })).toEqual({
      success: true,
      data: { choice: "single-file", count: 2 },
    });
    expect(ruled.safeParse({})).toEqual({ success: true, data: {} });
    expect(loads).toBe(0);
    const refused = ruled.safeParse({ choice: "flat", naming: { prefix: "Db", case: "x" } });
    expect(loads).toBe(1);
    expect(refused.success).toBe(false);
    if (!refused.success)
      expect(refused.error.issues.map((issue) => [issue.path, issue.message, issue.keys])).toEqual([
        [["choice"], '"per-model", "single-file" or ""', undefined],
        [["naming"], "prefix or style", ["case"]],
      ]);
    ruled.safeParse({ count: 0 });
    expect(loads).toBe(1);
  });
});
