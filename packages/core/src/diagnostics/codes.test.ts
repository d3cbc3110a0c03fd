import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diagnosticCodes } from "./codes.js";

describe("diagnosticCodes", () => {
  it("are all documented in the README's diagnostics table", () => {
    const readme = readFileSync(join(import.meta.dirname, "../../../../README.md"), "utf8");
    for (const [code, meaning] of Object.entries(diagnosticCodes)) {
      expect(readme).toContain(`| ${code} | ${meaning.replace(/\|/g, "\\|")} |`);
    }
  });

  it("follow the numbering scheme (E1xx–E5xx errors, W warnings)", () => {
    for (const code of Object.keys(diagnosticCodes)) expect(code).toMatch(/^(E[1-5][0-9]{2}|W[0-9]{3})$/);
  });
});
