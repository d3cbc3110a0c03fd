import { describe, expect, it } from "vitest";
import { fileNameKey, maxFileStemBytes, uniqueFileNames } from "./file-names.js";

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe("fileNameKey()", () => {
  it("meets names a case-insensitive, normalizing file system would confuse", () => {
    for (const [a, b] of [
      ["User", "user"],
      ["Aσ", "Aς"],
      ["Aσ", "AΣ"],
      ["Iı", "II"],
      ["ﬁle", "file"],
      ["ｆile", "file"],
      ["Straße", "STRASSE"],
      ["\u212Aelvin", "kelvin"],
      ["e\u0301", "\u00e9"],
      ["ǅx", "ǆx"],
    ])
      expect(fileNameKey(a as string), `${a} ${b}`).toBe(fileNameKey(b as string));
    expect(fileNameKey("User")).not.toBe(fileNameKey("Users"));
  });
});

describe("uniqueFileNames()", () => {
  it("gives every name a stem whose key no other stem has, the same whatever the order", () => {
    const names = ["user", "User", "USER", "Aσ", "Aς", "Iı", "II", "ﬁle", "file", "user_2", "Con", "nul"];
    const stems = uniqueFileNames(names);
    expect(new Set([...stems.values()].map(fileNameKey)).size).toBe(names.length);
    expect(uniqueFileNames([...names].reverse())).toEqual(stems);
    expect(stems.get("USER")).toBe("USER");
    expect(stems.get("User")).toBe("User_3");
    expect(stems.get("user_2")).toBe("user_2");
    expect(stems.get("Con")).toBe("Con_2");
  });

  it("keeps stems within the byte limit with a hash of the whole name, still distinct", () => {
    const long = "Ж".repeat(120);
    const longer = `${"Ж".repeat(119)}Я`;
    const ascii = "A".repeat(234);
    const stems = uniqueFileNames([long, longer, ascii, "Short"]);
    for (const stem of stems.values()) expect(bytes(stem)).toBeLessThanOrEqual(maxFileStemBytes);
    expect(stems.get("Short")).toBe("Short");
    expect(stems.get(long)).not.toBe(stems.get(longer));
    expect(stems.get(ascii)).toMatch(/^A{141}-[0-9a-f]{8}$/);
    expect(uniqueFileNames([long])).toEqual(new Map([[long, stems.get(long)]]));
  });

  it("disambiguates wanted stems that differ from the names (`Billing` and `billing!` both slugged `billing`)", () => {
    const slug = (name: string) => `schema-${name.replace(/[^\p{L}\p{N}]+/gu, "").toLowerCase()}`;
    const stems = uniqueFileNames(["billing!", "Billing", "billing"], { stem: slug });
    expect([...stems]).toEqual([
      ["billing!", "schema-billing_3"],
      ["Billing", "schema-billing"],
      ["billing", "schema-billing_2"],
    ]);
  });
});
