import { describe, expect, it } from "vitest";
import { parseSchema } from "../parse-schema.js";

/** SQL Server models M0…Mn-1, each cascading to every earlier one: the cascade paths grow exponentially. */
function everyModelCascadesToAllEarlier(n: number): string {
  const models: string[] = [];
  for (let i = 0; i < n; i++) {
    const lines = [`model M${i} {`, "  id Int @id"];
    for (let j = 0; j < i; j++) {
      lines.push(`  m${j}Id Int`);
      lines.push(
        `  m${j} M${j} @relation("r${i}_${j}", fields: [m${j}Id], references: [id], onDelete: Cascade, onUpdate: Cascade)`,
      );
    }
    for (let k = i + 1; k < n; k++) lines.push(`  back${k} M${k}[] @relation("r${k}_${i}")`);
    models.push(`${lines.join("\n")}\n}`);
  }
  return `datasource db {\n  provider = "sqlserver"\n}\n\n${models.join("\n\n")}\n`;
}

describe("checkActionCycles() on SQL Server", { timeout: 60_000 }, () => {
  it("reports multiple cascade paths (E413) like Prisma's walk on a small schema", () => {
    const { diagnostics } = parseSchema(everyModelCascadesToAllEarlier(4));
    const codes = new Set(diagnostics.map((d) => d.code));
    expect([...codes]).toEqual(["E413"]);
    expect(diagnostics.some((d) => d.message.includes("cascade to model `M2` through multiple paths"))).toBe(true);
  });

  it("finishes on 40 models that each cascade to all earlier ones (2^39 paths), with the same code", () => {
    const started = performance.now();
    const { diagnostics } = parseSchema(everyModelCascadesToAllEarlier(40));
    // A generous bound: the path walk alone would not end in a lifetime; the fallback takes well under a second.
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(new Set(diagnostics.map((d) => d.code))).toEqual(new Set(["E413"]));
  });
});
