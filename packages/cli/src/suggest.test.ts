import { describe, expect, it } from "vitest";
import { closest, editDistance } from "./suggest.js";

describe("editDistance()", () => {
  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("onyl", "only")).toBe(1);
    expect(editDistance("generte", "generate")).toBe(1);
    expect(editDistance("tpyes", "types")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});

describe("closest()", () => {
  it("suggests only a close candidate", () => {
    expect(closest("tpyes", ["types", "zod", "mermaid", "sql"])).toBe("types");
    expect(closest("postgres", ["postgresql", "mysql", "sqlite"])).toBe("postgresql");
    expect(closest("frobnicate", ["only", "out", "schema"])).toBeUndefined();
    expect(closest("x", ["zod", "sql"])).toBeUndefined();
  });
});
