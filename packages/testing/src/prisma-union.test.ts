import { describe, expect, it } from "vitest";
import { ensureUrl, prismaDatamodelUnion, removeUrls, unionVerdict } from "./prisma-union.js";
import { prismaVerdict } from "./prisma-validator.js";

const model = "model User {\n  id Int @id\n}\n";
const datasource = (lines: string) => `datasource db {\n  provider = "postgresql"\n${lines}}\n`;
const generator = (features: string) =>
  `generator client {\n  provider = "prisma-client-js"\n  previewFeatures = [${features}]\n}\n`;

describe("prismaVerdict()", () => {
  it("`prismaVerdict()` asks the version it is given", () => {
    const withUrl = datasource('  url = env("DATABASE_URL")\n') + model;
    expect(prismaVerdict(withUrl, "6.19").valid).toBe(true);
    expect(prismaVerdict(withUrl, "7").valid).toBe(false);
    expect(prismaVerdict(withUrl).valid).toBe(false);
  });
});

describe("unionVerdict()", () => {
  it("`unionVerdict()` accepts connection URLs written as a string or env()", () => {
    const schema =
      datasource('  url = env("A")\n  directUrl = "postgresql://x"\n  shadowDatabaseUrl = env("B")\n') + model;
    const verdict = unionVerdict(schema);
    expect(verdict.valid).toBe(true);
    expect(verdict.acceptedBy).toEqual(["7", "6.19"]);
  });

  it("`unionVerdict()` accepts a datasource without url (Prisma 7), though Prisma 6.19 alone requires one", () => {
    const schema = datasource("") + model;
    expect(prismaVerdict(schema, "6.19").valid).toBe(false);
    expect(unionVerdict(schema).valid).toBe(true);
  });

  it("`unionVerdict()` rejects a URL that no version accepts (a number)", () => {
    const verdict = unionVerdict(datasource("  url = 5\n") + model);
    expect(verdict.valid).toBe(false);
    expect(verdict.errors.map((error) => error.text).join("\n")).toMatch(/numeric value `5`/);
  });

  it("`unionVerdict()` accepts what only one version knows, and says which", () => {
    expect(unionVerdict(datasource("") + generator('"metrics"')).acceptedBy).toEqual(["6.19"]);
    expect(unionVerdict(datasource("") + generator('"partialIndexes"')).acceptedBy).toEqual(["7"]);
    expect(unionVerdict(datasource("") + generator('"metrics", "partialIndexes"')).valid).toBe(false);
  });

  it("`unionVerdict()` gives Prisma 6.19's error offsets in the original text", () => {
    const schema = `${datasource("")}${model}model Post {\n  id Int @id\n  x Strin\n}\n`;
    const verdict = unionVerdict(schema);
    const error = verdict.v6.errors.find((item) => item.text.includes("Strin"));
    expect(error && schema.slice(error.start, error.end)).toBe("Strin");
  });

  it("`unionVerdict()` rewrites each file of a multi-file schema", () => {
    const files = [
      ["db.prisma", datasource('  url = env("A")\n')],
      ["user.prisma", model],
    ] as const;
    expect(unionVerdict(files).valid).toBe(true);
    expect(unionVerdict([...files, ["bad.prisma", "model Bad {\n  x Nope\n}\n"]]).valid).toBe(false);
  });
});

describe("ensureUrl() and removeUrls()", () => {
  it("`ensureUrl()` adds a url to each datasource that lacks one, and only there", () => {
    const text = `${datasource("")}datasource other {\n  url = "x"\n}\n`;
    const { text: result, inserted } = ensureUrl(text);
    expect(result.match(/url = env\("DATABASE_URL"\)/g)).toHaveLength(1);
    expect(inserted).toHaveLength(1);
  });

  it("`removeUrls()` blanks well-formed URL lines and keeps malformed ones and every offset", () => {
    const text = datasource('  url = env("A") // main\n  directUrl = 5\n');
    const { text: result } = removeUrls(text);
    expect(result).toHaveLength(text.length);
    expect(result).not.toMatch(/env\("A"\)/);
    expect(result).toMatch(/directUrl = 5/);
    const named = datasource('  url = env(named: "A")\n  directUrl = env(named: )\n');
    expect(removeUrls(named).text).not.toMatch(/url = env/);
    expect(removeUrls(named).text).toMatch(/directUrl = env\(named: \)/);
  });
});

describe("prismaDatamodelUnion()", () => {
  it("`prismaDatamodelUnion()` reads the model from whichever version accepts the schema", () => {
    const onlySix = datasource('  url = env("A")\n') + generator('"metrics"') + model;
    expect(prismaDatamodelUnion(onlySix).models.map((m) => m.name)).toEqual(["User"]);
    expect(() => prismaDatamodelUnion("model {")).toThrow();
  });
});
