import { describe, expect, it } from "vitest";
import { naturalCompare } from "./natural-order.js";

describe("naturalCompare()", () => {
  it("orders digit runs by value and the rest by code unit", () => {
    expect(["M10", "M4", "M0", "Post", "M100", "Comment", "M04"].sort(naturalCompare)).toEqual([
      "Comment",
      "M0",
      "M04",
      "M4",
      "M10",
      "M100",
      "Post",
    ]);
  });

  it("is a total order: equal only for equal strings", () => {
    expect(naturalCompare("a1", "a01")).not.toBe(0);
    expect(naturalCompare("a1", "a1")).toBe(0);
  });
});
