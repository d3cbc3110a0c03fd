import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closestName, editDistanceWithin } from "./suggest.js";

describe("closestName()", () => {
  it("suggests the nearest name within two edits", () => {
    expect(closestName("Strng", ["Int", "String", "User"])).toBe("String");
    expect(closestName("datetime", ["DateTime", "Decimal"])).toBe("DateTime");
    expect(closestName("Usr", ["User", "Post"])).toBe("User");
  });

  it("suggests nothing for a name far from every candidate, or for short names", () => {
    expect(closestName("Banana", ["Int", "String"])).toBeUndefined();
    expect(closestName("X", ["Y"])).toBeUndefined();
  });
});

/** The textbook full-matrix Levenshtein distance, as the reference. */
function fullDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i] as number[];
      const above = rows[i - 1] as number[];
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

describe("editDistanceWithin()", () => {
  it("equals the full Levenshtein distance when within the limit, and limit + 1 otherwise", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "b", "c"), maxLength: 9 }),
        fc.string({ unit: fc.constantFrom("a", "b", "c"), maxLength: 9 }),
        fc.integer({ min: 0, max: 3 }),
        (a, b, max) => {
          expect(editDistanceWithin(a, b, max)).toBe(Math.min(fullDistance(a, b), max + 1));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("compares 100,000-character names in linear time", () => {
    const long = "m".repeat(100_000);
    const started = performance.now();
    expect(closestName(long, [`${long}x`, `${long}yz`, "String"])).toBe(`${long}x`);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
