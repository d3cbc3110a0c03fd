import { loadCorpus, prismaDatamodel, prismaVerdict } from "@cardinal/testing";
import { describe, expect, it } from "vitest";
import { parseSchema } from "./parse-schema.js";
import { compareWithPrismaDatamodel } from "./test-support/compare-datamodel.js";

const corpus = loadCorpus();

describe("parseSchema() on the shared corpus", () => {
  it.each(corpus.map((schema) => [schema.name, schema] as const))(
    "%s: same verdict as Prisma's validator",
    (_name, schema) => {
      const prisma = prismaVerdict(schema.content);
      const cardinal = parseSchema([{ path: `${schema.name}.prisma`, content: schema.content }]);
      const detail = { prisma: prisma.errors.map((e) => e.text), cardinal: cardinal.diagnostics };
      expect({ valid: cardinal.valid, ...detail }).toMatchObject({ valid: prisma.valid });
      // The header states Prisma's verdict too: a corpus file whose header lies is caught here.
      expect(prisma.valid).toBe(schema.expectValid);
    },
  );

  it.each(corpus.map((schema) => [schema.name, schema] as const))("%s: reports the expected codes", (_name, schema) => {
    const { diagnostics } = parseSchema(schema.content);
    const codes = new Set(diagnostics.map((diagnostic) => diagnostic.code));
    for (const code of schema.expectCodes) expect(codes, `missing ${code}`).toContain(code);
    if (schema.expectValid) {
      const unexpected = diagnostics.filter((d) => !schema.expectCodes.includes(d.code));
      expect(unexpected).toEqual([]);
    }
  });

  const valid = corpus.filter((schema) => schema.expectValid);
  it.each(valid.map((schema) => [schema.name, schema] as const))(
    "%s: model agrees with Prisma's get_datamodel",
    (_name, schema) => {
      const { model } = parseSchema(schema.content);
      expect(compareWithPrismaDatamodel(model, prismaDatamodel(schema.content))).toEqual([]);
    },
  );

  it("counts: every verdict agrees (printed for the record)", () => {
    let agree = 0;
    for (const schema of corpus) if (parseSchema(schema.content).valid === prismaVerdict(schema.content).valid) agree++;
    console.log(
      `corpus: ${agree}/${corpus.length} verdicts agree with Prisma (${valid.length} valid, ${corpus.length - valid.length} invalid)`,
    );
    expect(agree).toBe(corpus.length);
  });
});
