// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the hostile annotations are text that must stay text.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseSchema } from "@cardinal/core";
import { typecheckProject } from "@cardinal/testing";
import { afterAll, describe, expect, it } from "vitest";
import { generateZod } from "./generate-zod.js";
import { importGenerated } from "./test-support/import-generated.js";

/** A schema with one `String` field (or `type`) per annotation, each annotation alone on its line. */
function schemaWith(annotations: readonly string[], type = "String"): string {
  const fields = annotations.map((text, i) => `  /// @zod ${text}\n  f${i} ${type}`);
  return `datasource db {\n  provider = "postgresql"\n}\n\nmodel A {\n  id Int @id\n${fields.join("\n")}\n}\n`;
}

/** The reproduction: the old argument checker read `/[/` as a regex literal and copied the text verbatim. */
const reproduction = `.regex(/[/, "]/, (Function('globalThis.PWNED = 1')(), 'x')),//")`;

/** Annotations that are not a chain of calls with literal arguments: each must be E601, whatever it tries. */
const rejected = [
  reproduction,
  ".max(1) */ globalThis.PWNED = 1; /*",
  ".max(1) // globalThis.PWNED = 1",
  ".max(1) /* x */",
  ".max(1)); globalThis.PWNED = (1",
  ".startsWith(`${(globalThis.PWNED = 1)}`)",
  ".startsWith(`a${1}b`)",
  '.startsWith("a" + (globalThis.PWNED = 1))',
  ".startsWith(String.fromCharCode(65))",
  '.max(5, { get error() { globalThis.PWNED = 1; return "m" } })',
  '.max(5, { error: (() => "m")() })',
  '.max(5, { error() { return "m" } })',
  '.max(5, { ["error"]: "m" })',
  '.max(5, { __proto__: { error: "m" } })',
  '.max(5, { "__proto__": null })',
  '.max(5, { error: "m", error: "n" })',
  ".constructor(1)",
  ".__proto__(1)",
  ".toString()",
  ".hasOwnProperty(1)",
  ".max(1)['constructor']('globalThis.PWNED = 1')()",
  ".max\\u0028 1)",
  ".max(globalThis)",
  ".max(undefined)",
  ".max(NaN)",
  ".max(1e999)",
  ".max(017)",
  ".regex(/a(/)",
  ".regex(/a/gg)",
  ".regex(/a/x)",
  ".regex(/a\u2028b/)",
  ".regex(new RegExp('a'))",
  ".max(1).email()", // a string field: `.max` fine, `.email` fine, but see the number field below
  ".max(-'1')",
  ".max(+1)",
  ".max(1, 2)",
  '.min("1")',
  ".regex('a')",
  ".max(1,,)",
  ".max(1) .",
  "max(1)",
  ".max(1)\u0000",
  ".max(1);",
  ".max(1), globalThis.PWNED = 1",
  ".max(1)\\",
  ".max(import.meta)",
  '.max(5, { error: "m" } as any)',
].filter((text) => text !== ".max(1).email()");

/** Annotations that are accepted: written again from their values, they must compile, import and do nothing else. */
const accepted = [
  '.startsWith("*/ globalThis.PWNED = 1; /*")',
  ".startsWith(`*/ \\u0060 \\${globalThis.PWNED = 1}`)",
  ".startsWith('\\u0027); globalThis.PWNED = 1; (\\u0027')",
  '.startsWith("\\u2028\\u2029 \\\\ \\0 \\x00 </script>")',
  ".endsWith('\\\\')",
  '.startsWith("a\u2028b\u2029c")',
  ".regex(/[/]x/)",
  ".regex(/[\\]/]*\\/*/gu)",
  ".regex(/a*/, '*/ globalThis.PWNED = 1 /*')",
  ".regex(/(?<x>a)\\k<x>/u)",
  ".regex(/\\u{1F600}|\\u2028/u)",
  ".regex(/=/)",
  '.max(5, { error: "`${globalThis.PWNED = 1}`", abort: true, })',
  '.max(5, { "message": "m" })',
  ".min(0x10).max(1_000)",
  '.includes("x", { position: 2 })',
  '.email({ pattern: /^[^@]+@[^@]+$/, error: "no" })',
  ".url({ protocol: /^https$/, hostname: /^example\\.com$/ })",
  ".trim().toLowerCase().lowercase()",
];

describe("`/// @zod` annotations are data, never code", () => {
  it("the reproduction: an argument that calls Function(...) is E601 at the comment, no file written", () => {
    const schema = schemaWith([reproduction]);
    const parsed = parseSchema(schema);
    expect(parsed.diagnostics).toEqual([]);
    const { files, diagnostics } = generateZod(parsed.model);
    expect(files).toEqual([]);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: "E601",
        severity: "error",
        range: { start: { line: 6, character: 2 }, end: { line: 6, character: 11 + reproduction.length } },
      }),
    ]);
  });

  it.each(rejected.map((text) => [text]))("rejects %s with E601 at its comment", (text) => {
    const parsed = parseSchema(schemaWith(["", text].slice(1)));
    const { files, diagnostics } = generateZod(parsed.model);
    expect(files).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([["E601", 6]]);
  });

  it("rejects what does not fit the field: `.email()` and string arguments on a number, a fraction on a BigInt", () => {
    for (const [text, type] of [
      [".email()", "Int"],
      ['.min("1")', "Int"],
      [".min(1.5)", "BigInt"],
      [".min(/1/)", "DateTime"],
      // z.uuid() and the other id formats have no .email()/.url(): tsc refused what was generated for these.
      [".email()", "String @default(uuid())"],
      [".max(30).url()", "String @default(cuid())"],
    ] as const) {
      const { diagnostics } = generateZod(parseSchema(schemaWith([text], type)).model);
      expect(diagnostics.map((d) => d.code)).toEqual(["E601"]);
    }
  });

  describe("accepted annotations compile, and importing them sets no global", () => {
    const numbers = [".min(-1).max(1e3, { error: 'big' })", ".multipleOf(0.5).nonnegative()"];
    const bigints = [".min(-10n).max(10)", ".positive('p').multipleOf(2n)"];
    const dates = ['.min(0).max("2100-01-01T00:00:00Z")'];
    const ids = [
      [".min(1).max(40).toLowerCase()", "uuid()"],
      ['.startsWith("c").regex(/^c/)', "cuid()"],
      [".length(26).uppercase()", "ulid()"],
    ];
    const schema = schemaWith(accepted)
      .replace(/\}\n$/, "")
      .concat(
        numbers.map((t, i) => `  /// @zod ${t}\n  n${i} Float\n`).join(""),
        bigints.map((t, i) => `  /// @zod ${t}\n  b${i} BigInt\n`).join(""),
        dates.map((t, i) => `  /// @zod ${t}\n  d${i} DateTime\n`).join(""),
        ids.map(([t, f], i) => `  /// @zod ${t}\n  u${i} String @default(${f})\n`).join(""),
        "}\n",
      );
    const parsed = parseSchema(schema);
    const result = generateZod(parsed.model);
    const source = result.files.find((file) => file.path === "models/A.ts")?.content ?? "";

    it("no diagnostics; the chain is rewritten from values (escaped strings, checked regexes, bigint literals)", () => {
      expect(parsed.diagnostics).toEqual([]);
      expect(result.diagnostics).toEqual([]);
      expect(source).toContain('f0: z.string().startsWith("*/ globalThis.PWNED = 1; /*"),');
      expect(source).toContain("f2: z.string().startsWith(\"'); globalThis.PWNED = 1; ('\"),");
      expect(source).toContain('f3: z.string().startsWith("\\u2028\\u2029 \\\\ \\u0000 \\u0000 </script>"),');
      expect(source).toContain("f6: z.string().regex(/[/]x/),");
      expect(source).toContain('f12: z.string().max(5, { "error": "`${globalThis.PWNED = 1}`", "abort": true }),');
      expect(source).toContain("f14: z.string().min(16).max(1000),");
      expect(source).toContain("b0: z.bigint().min(-10n).max(10n),");
      expect(source).toContain('d0: z.date().min(0).max(new globalThis.Date("2100-01-01T00:00:00Z")),');
      expect(source).toContain("u0: z.uuid().min(1).max(40).toLowerCase(),");
    });

    it("tsc accepts the files against the real zod", () => {
      const root = mkdtempSync(join(tmpdir(), "cardinal-zod-safety-"));
      afterAll(() => rmSync(root, { recursive: true, force: true }));
      const zod = dirname(realpathSync(createRequire(import.meta.url).resolve("zod/package.json")));
      mkdirSync(join(root, "node_modules"), { recursive: true });
      symlinkSync(zod, join(root, "node_modules/zod"), "dir");
      for (const file of result.files) {
        mkdirSync(dirname(join(root, "src", file.path)), { recursive: true });
        writeFileSync(join(root, "src", file.path), file.content);
      }
      expect(typecheckProject(root, "nodenext", { compilerOptions: { skipLibCheck: true } })).toBe("");
    }, 120_000);

    it("a fresh Node process imports them: no global set, Object.prototype untouched, checks work", () => {
      const report = importGenerated(result.files);
      expect(report.addedGlobals).toEqual([]);
      expect(report.addedPrototypeKeys).toEqual([]);
      expect(report.exports).toContain("ASchema");
    }, 60_000);
  });
});
