import { describe, expect, it } from "vitest";
import { lookupTable } from "./lookup-table.js";

describe("lookupTable()", () => {
  it("finds its own entries and nothing inherited from Object.prototype", () => {
    const table: Readonly<Record<string, number>> = lookupTable({ a: 1, b: 2 });
    expect([table.a, table.b]).toEqual([1, 2]);
    for (const key of Object.getOwnPropertyNames(Object.prototype)) expect(table[key]).toBeUndefined();
    expect(Object.keys(table)).toEqual(["a", "b"]);
    expect(Object.isFrozen(table)).toBe(true);
  });
});
