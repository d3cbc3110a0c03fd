import { loadCorpus, prismaDatamodelUnion, unionVerdict } from "@cardinal/testing";
import { describe, expect, it } from "vitest";
import { parseSchema } from "./parse-schema.js";
import { compareWithPrismaDatamodel } from "./test-support/compare-datamodel.js";

// The verdict Cardinal is held to is the union rule: valid iff Prisma 6.19 or Prisma 7 accepts the schema (see
// `unionVerdict()` in @cardinal/testing for how each version's variant of the schema is made).
const corpus = loadCorpus();

/** The datasource provider a corpus schema names, or `none`. */
function providerOf(content: string): string {
  return /datasource\s+\w+\s*\{[^}]*?provider\s*=\s*"([^"]*)"/.exec(content)?.[1] ?? "none";
}

describe("parseSchema() on the shared corpus", () => {
  it.each(corpus.map((schema) => [schema.name, schema] as const))(
    "%s: same verdict as Prisma 6.19 or 7 (union rule)",
    (_name, schema) => {
      const prisma = unionVerdict(schema.content);
      const cardinal = parseSchema([{ path: `${schema.name}.prisma`, content: schema.content }]);
      const detail = { prisma: prisma.errors.map((e) => e.text), cardinal: cardinal.diagnostics };
      expect({ valid: cardinal.valid, ...detail }).toMatchObject({ valid: prisma.valid });
      // The header states the union verdict too: a corpus file whose header lies is caught here.
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
      expect(compareWithPrismaDatamodel(model, prismaDatamodelUnion(schema.content))).toEqual([]);
    },
  );

  it("counts: every verdict agrees, per provider (printed for the record)", () => {
    const perProvider = new Map<string, { agree: number; total: number }>();
    let agree = 0;
    for (const schema of corpus) {
      const same = parseSchema(schema.content).valid === unionVerdict(schema.content).valid;
      const provider = providerOf(schema.content);
      const counts = perProvider.get(provider) ?? { agree: 0, total: 0 };
      perProvider.set(provider, { agree: counts.agree + (same ? 1 : 0), total: counts.total + 1 });
      if (same) agree++;
    }
    const byProvider = [...perProvider]
      .sort(([, a], [, b]) => b.total - a.total)
      .map(([provider, counts]) => `${provider} ${counts.agree}/${counts.total}`)
      .join(", ");
    console.log(
      `corpus: ${agree}/${corpus.length} verdicts agree with the union of Prisma 6.19 and 7 (${valid.length} valid, ${corpus.length - valid.length} invalid): ${byProvider}`,
    );
    expect(agree).toBe(corpus.length);
  });
});
