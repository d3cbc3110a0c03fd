import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  cardinalBlock,
  clientBlock,
  gen,
  prisma7Generate,
  project,
  removeProjects,
  schema7,
  write,
} from "./test-support/prisma.js";

afterEach(removeProjects);

const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();

/** A Prisma 7 project whose prisma.config.ts points at db/schema.prisma (not Prisma's default prisma/ folder). */
function prisma7Project(...blocks: string[]): string {
  const dir = project();
  write(dir, "prisma.config.ts", 'export default { schema: "db/schema.prisma" };\n');
  write(dir, "db/schema.prisma", schema7(...blocks));
  return dir;
}

describe("cardinal-generator under Prisma 7's `prisma generate` and prisma.config.ts (offline)", {
  timeout: 300_000,
}, () => {
  it("prisma generate with prisma.config.ts writes Prisma Client and Cardinal's files; gen check agrees", () => {
    const dir = prisma7Project(clientBlock, cardinalBlock('only = "types,sql"', 'dialects = "postgresql"'));
    const result = prisma7Generate(dir);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/Generated Prisma Client \(7\.\d+\.\d+\)/);
    expect(result.output).toContain("Generated Cardinal");
    expect(existsSync(join(dir, "client/client.ts"))).toBe(true);
    // The block has no output: Cardinal's default, "../generated" from db/schema.prisma.
    const written = files(join(dir, "generated"));
    expect(written).toContain("sql/postgresql.sql");
    expect(written.filter((path) => path.startsWith("types/") && path.endsWith(".ts")).length).toBeGreaterThan(0);
    expect(written.some((path) => path.startsWith("mermaid"))).toBe(false);
    expect(readFileSync(join(dir, "generated/sql/postgresql.sql"), "utf8")).toContain('CREATE TABLE "Post"');
    const check = gen(dir, "check");
    expect(check.code, check.output).toBe(0);
    expect(check.output).toContain("up to date");
  });

  it("removing the Cardinal block: the next prisma generate removes and changes none of Cardinal's files", () => {
    const dir = prisma7Project(clientBlock, cardinalBlock('only = "sql"'));
    expect(prisma7Generate(dir)).toMatchObject({ code: 0 });
    const before = files(dir);
    const sql = readFileSync(join(dir, "generated/sql/postgresql.sql"), "utf8");
    write(dir, "db/schema.prisma", schema7(clientBlock));
    const second = prisma7Generate(dir);
    expect(second.code, second.output).toBe(0);
    expect(second.output).not.toContain("Cardinal");
    expect(files(dir)).toEqual(before);
    expect(readFileSync(join(dir, "generated/sql/postgresql.sql"), "utf8")).toBe(sql);
  });
});
