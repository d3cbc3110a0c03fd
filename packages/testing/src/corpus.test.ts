import { describe, expect, it } from "vitest";
import { loadCorpus, readExpectation } from "./corpus.js";

describe("loadCorpus()", () => {
  it("loads at least 200 schemas, each with an expectation header", () => {
    const corpus = loadCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    for (const schema of corpus) expect(schema.expectValid || schema.expectCodes.length > 0).toBe(true);
  });

  it("names every schema after what it exercises (kebab-case, unique)", () => {
    const names = loadCorpus().map((schema) => schema.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe("readExpectation()", () => {
  it("reads valid with warnings and invalid with codes", () => {
    expect(readExpectation("// expect: valid W002\n")).toEqual({ expectValid: true, expectCodes: ["W002"] });
    expect(readExpectation("// expect: E405 E406\n")).toEqual({ expectValid: false, expectCodes: ["E405", "E406"] });
  });

  it("throws on a file without a header (a corpus authoring bug)", () => {
    expect(() => readExpectation("model A {}\n")).toThrow(/expect/);
  });
});
