import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diagnosticCodes } from "./codes.js";

/** The README's diagnostics table as code → meaning (cells trimmed: the formatter pads them). */
function readmeCodes(): Map<string, string> {
  const readme = readFileSync(join(import.meta.dirname, "../../../../README.md"), "utf8");
  const rows = readme.split("\n").map((line) => /^\|\s*([EW]\d{3})\s*\|\s*(.*?)\s*\|$/.exec(line));
  return new Map(
    rows.filter((row) => row !== null).map((row) => [row[1] as string, (row[2] as string).replace(/\\\|/g, "|")]),
  );
}

describe("diagnosticCodes", () => {
  it("are exactly the codes documented in the README's diagnostics table, with the same meaning", () => {
    expect(Object.fromEntries(readmeCodes())).toEqual({ ...diagnosticCodes });
  });

  it("follow the numbering scheme (E1xx–E6xx errors, W warnings)", () => {
    for (const code of Object.keys(diagnosticCodes)) expect(code).toMatch(/^(E[1-6][0-9]{2}|W[0-9]{3})$/);
  });
});
