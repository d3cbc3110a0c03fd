import { loadValidCorpus, unionVerdict, withProvider } from "@cardinal/testing";
import { describe, expect, it } from "vitest";
import { parseSchema } from "./parse-schema.js";

// Provider-dependent rules (constraint-name scopes, capabilities, native types) are checked on every SQL provider:
// each valid corpus schema, moved to another provider, must get the verdict Prisma gives it there. MongoDB is left
// out: most SQL schemas are not MongoDB schemas (ids mapped to `_id`...), so the comparison would say little.
const providers = ["postgresql", "cockroachdb", "mysql", "sqlite", "sqlserver"] as const;
const corpus = loadValidCorpus();

describe("parseSchema() on the valid corpus moved to each SQL provider", () => {
  it.each(providers)("%s: every verdict equals the union verdict", { timeout: 60_000 }, (provider) => {
    const disagreements: string[] = [];
    let compared = 0;
    for (const schema of corpus) {
      const moved = withProvider(schema.content, provider);
      const prisma = unionVerdict(moved);
      if (prisma.crashed) continue;
      compared++;
      const cardinal = parseSchema(moved);
      if (cardinal.valid !== prisma.valid) {
        const why = prisma.valid
          ? cardinal.diagnostics.find((d) => d.severity === "error")?.message
          : prisma.errors[0]?.text.split("\n")[0];
        disagreements.push(`${schema.name}: Prisma says ${prisma.valid ? "valid" : "invalid"} (${why})`);
      }
    }
    expect(compared).toBeGreaterThan(corpus.length / 2);
    expect(disagreements).toEqual([]);
  });
});
