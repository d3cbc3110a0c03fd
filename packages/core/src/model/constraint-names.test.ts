import { describe, expect, it } from "vitest";
import { defaultConstraintName, utf8Length } from "./constraint-names.js";

describe("defaultConstraintName()", () => {
  it("names keys as Prisma does", () => {
    expect(defaultConstraintName("primaryKey", "User", [], "postgresql")).toBe("User_pkey");
    expect(defaultConstraintName("unique", "User", ["email"], "postgresql")).toBe("User_email_key");
    expect(defaultConstraintName("index", "Post", ["a", "b"], "mysql")).toBe("Post_a_b_idx");
    expect(defaultConstraintName("foreignKey", "Post", ["authorId"], "sqlite")).toBe("Post_authorId_fkey");
  });

  it("cuts the stem, not the suffix, to fit 63 bytes on PostgreSQL and 64 on MySQL", () => {
    const table = "T".repeat(70);
    const pg = defaultConstraintName("foreignKey", table, ["c"], "postgresql");
    expect(pg).toBe(`${"T".repeat(58)}_fkey`);
    expect(utf8Length(pg)).toBe(63);
    expect(utf8Length(defaultConstraintName("unique", table, ["c"], "mysql"))).toBe(64);
  });

  it("never splits a multi-byte character", () => {
    const name = defaultConstraintName("index", "é".repeat(40), ["x"], "postgresql");
    expect(name.endsWith("é_idx")).toBe(true);
    expect(utf8Length(name)).toBeLessThanOrEqual(63);
  });
});

describe("utf8Length()", () => {
  it("counts UTF-8 bytes of ASCII, two-, three- and four-byte characters", () => {
    expect(utf8Length("abc")).toBe(3);
    expect(utf8Length("é")).toBe(2);
    expect(utf8Length("日本")).toBe(6);
    expect(utf8Length("😀")).toBe(4);
    expect(utf8Length("a😀é")).toBe(new TextEncoder().encode("a😀é").length);
  });
});
