import { describe, expect, it } from "vitest";
import { closestName } from "./suggest.js";

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
