import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cardinalBlock, gen, prismaGenerate, project, removeProjects, schema, write } from "./test-support/prisma.js";

afterEach(removeProjects);

/** The example third-party generator of the repository (examples/kysely-plugin), by absolute path. */
const kyselyPlugin = join(import.meta.dirname, "../../../examples/kysely-plugin/src/index.ts");

describe("cardinal-generator with a generator plugin named in cardinal.config (real `prisma generate`, offline)", {
  timeout: 300_000,
}, () => {
  it("prisma generate runs the plugin with the block's options for it; gen check agrees", () => {
    const dir = project();
    write(dir, "prisma/schema.prisma", schema(cardinalBlock('only = "kysely,sql"', 'kysely_fileName = "db"')));
    write(
      dir,
      "cardinal.config.mjs",
      `export default { generators: { kysely: { use: ${JSON.stringify(kyselyPlugin)} } } };\n`,
    );
    const result = prismaGenerate(dir);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain("Generated Cardinal");
    expect(readFileSync(join(dir, "generated/kysely/db.ts"), "utf8")).toContain("export interface Database {");
    const manifest = JSON.parse(readFileSync(join(dir, "generated/.cardinal-manifest.json"), "utf8"));
    expect(manifest.generators.kysely).toEqual(["kysely/db.ts"]);
    const check = gen(dir, "check");
    expect(check.code, check.output).toBe(0);
  });
});
