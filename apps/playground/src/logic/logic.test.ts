import { parseSchema } from "@cardinal/core";
import { strFromU8, unzipSync, unzlibSync } from "fflate";
import { describe, expect, it } from "vitest";
import { toEditorDiagnostics } from "./diagnostic-ranges.js";
import { exampleById } from "./examples.js";
import { generateAll } from "./generate-code.js";
import { defaultOptions, normalizeOptions } from "./options.js";
import { checkJson, loadZodModule } from "./run-zod.js";
import { decodeOptionsHash, decodeSchemaHash, encodeSchemaHash, mermaidLiveUrl } from "./share.js";
import { outputFiles, zipOutputs } from "./zip.js";
import { declaredModelNames, defaultZodSchema, zodSchemaNames } from "./zod-names.js";

const schema = exampleById("one-to-one").schema;

describe("generateAll()", () => {
  it("gives diagnostics and no outputs for an invalid schema", () => {
    const outputs = generateAll(`${schema}\nmodel Broken {\n  id Int @id\n  other Missing\n}\n`);
    expect(outputs.valid).toBe(false);
    expect(outputs.diagnostics.map((diagnostic) => diagnostic.code)).toContain("E203");
    expect(outputs.types).toBe("");
  });

  it("writes different SQL per dialect", () => {
    const { sql } = generateAll(schema);
    expect(new Set([sql.postgresql, sql.mysql, sql.sqlite]).size).toBe(3);
    expect(sql.mysql).toContain("`Profile`");
    expect(sql.postgresql).toContain('"Profile"');
  });
});

describe("share links", () => {
  it.each([
    ["the example", schema],
    ["unicode and symbols", "// Ünïcødé 🐦 + / = ?&#\nmodel A {\n id Int @id\n}\n"],
    ["empty", ""],
  ])("round-trip %s", (_name, text) => {
    const hash = encodeSchemaHash(text);
    expect(hash).toMatch(/^#schema=[\w-]*$/);
    expect(decodeSchemaHash(hash)).toBe(text);
  });

  it("ignores foreign or damaged hashes", () => {
    expect(decodeSchemaHash("#other=1")).toBeUndefined();
    expect(decodeSchemaHash("#schema=!!!not-base64")).toBeUndefined();
    expect(decodeSchemaHash(encodeSchemaHash(schema).slice(0, 20))).toBeUndefined();
  });

  it("carries the options beside the schema; a link without them (made before) has none", () => {
    const options = { ...defaultOptions, dialect: "sqlite", split: "component", zodSuffix: "" };
    const hash = encodeSchemaHash(schema, options);
    expect(hash).toMatch(/^#schema=[\w-]*&options=[\w-]*$/);
    expect(decodeSchemaHash(hash)).toBe(schema);
    expect(normalizeOptions(decodeOptionsHash(hash))).toEqual(options);
    expect(decodeOptionsHash(encodeSchemaHash(schema))).toBeUndefined();
    expect(decodeOptionsHash(`${encodeSchemaHash(schema)}&options=!!!`)).toBeUndefined();
    expect(decodeOptionsHash("#other=1&options=e30")).toBeUndefined();
  });
});

describe("mermaidLiveUrl()", () => {
  it("carries the diagram as the live editor's zlib + base64url JSON state", () => {
    const code = "erDiagram\n  A ||--o{ B : has\n";
    const url = mermaidLiveUrl(code);
    const state = /^https:\/\/mermaid\.live\/edit#pako:([\w-]+)$/.exec(url)?.[1] ?? "";
    const bytes = Uint8Array.from(atob(state.replaceAll("-", "+").replaceAll("_", "/")), (c) => c.charCodeAt(0));
    const decoded = JSON.parse(strFromU8(unzlibSync(bytes))) as { code: string; mermaid: string };
    expect(decoded.code).toBe(code);
    expect(JSON.parse(decoded.mermaid)).toMatchObject({ theme: "default" });
  });
});

describe("zipOutputs()", () => {
  it("holds every output file, and the same schema gives the same bytes", () => {
    const outputs = generateAll(schema);
    const zip = zipOutputs(schema, outputs);
    const entries = unzipSync(zip);
    const expected = outputFiles(schema, outputs);
    expect(Object.keys(entries).sort()).toEqual(Object.keys(expected).sort());
    for (const [path, text] of Object.entries(expected)) expect(strFromU8(entries[path] as Uint8Array)).toBe(text);
    expect(zipOutputs(schema, generateAll(schema))).toEqual(zip);
  });
});

describe("toEditorDiagnostics()", () => {
  it("puts each diagnostic at its line and column", () => {
    const text = `${schema}\nmodel Broken {\n  id Int @id\n  other Missing\n}\n`;
    const { diagnostics } = parseSchema(text);
    const [first] = toEditorDiagnostics(text, diagnostics);
    const line = text.split("\n").findIndex((entry) => entry.includes("other Missing")) + 1;
    expect(first?.line).toBe(line);
    expect(text.slice(first?.from, first?.to)).toBe("Missing");
    expect(first?.message).toMatch(/^E203 \(\d+:9\) /);
  });

  it("clamps ranges past the text and widens empty ones", () => {
    const diagnostic = {
      code: "E101",
      severity: "error",
      message: "m",
      file: "f",
      range: { start: { line: 9, character: 4 }, end: { line: 9, character: 4 } },
    } as const;
    const [mapped] = toEditorDiagnostics("ab\ncd", [diagnostic]);
    expect(mapped).toMatchObject({ from: 5, to: 5 });
    const [inside] = toEditorDiagnostics("ab\ncd", [
      { ...diagnostic, range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } } },
    ]);
    expect(inside).toMatchObject({ from: 1, to: 2 });
  });
});

describe("the zod runner", () => {
  const module = loadZodModule(generateAll(schema).zod);

  it("loads the generated schemas", () => {
    expect(Object.keys(module)).toEqual(
      expect.arrayContaining(["UserSchema", "ProfileSchema", "UserCreateInputSchema"]),
    );
  });

  it("accepts a valid value and reports each issue of an invalid one", () => {
    expect(checkJson(module, "UserSchema", '{"id": 1, "email": "a@example.com"}')).toEqual({
      ok: true,
      data: { id: 1, email: "a@example.com" },
    });
    const result = checkJson(module, "UserSchema", '{"id": "one"}');
    expect(result.ok).toBe(false);
    expect("issues" in result && result.issues.map((issue) => issue.path)).toEqual(["id", "email"]);
  });

  it("lists exactly the schemas the module exports, also for Unicode model names", () => {
    expect(zodSchemaNames(generateAll(schema).zod).sort()).toEqual(Object.keys(module).sort());
    const unicode = generateAll('datasource db {\n  provider = "postgresql"\n}\n\nmodel Café {\n  id Int @id\n}\n').zod;
    expect(zodSchemaNames(unicode).sort()).toEqual(Object.keys(loadZodModule(unicode)).sort());
    expect(zodSchemaNames(unicode)).toContain("CaféSchema");
  });

  it("`defaultZodSchema()` picks the first model's schema, not a helper that accepts any JSON", () => {
    const names = zodSchemaNames(generateAll(exampleById("one-to-many").schema).zod);
    expect(names.length).toBeGreaterThan(1);
    expect(defaultZodSchema(["JsonValueSchema", ...names], ["User", "Post"], "Schema", "")).toBe("UserSchema");
    expect(defaultZodSchema(names, ["User"], "Schema", "PostSchema")).toBe("PostSchema");
    expect(defaultZodSchema(["A"], ["User"], "Schema", "Gone")).toBe("A");
    expect(declaredModelNames(exampleById("one-to-one").schema)).toEqual(["User", "Profile"]);
  });

  it("reports bad JSON and unknown schemas", () => {
    expect(checkJson(module, "UserSchema", "{")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^not JSON/),
    });
    expect(checkJson(module, "Nope", "{}")).toEqual({ ok: false, error: "there is no schema called Nope" });
  });
});
