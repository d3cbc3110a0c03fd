import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { gen, project, removeProjects, write } from "./test-support/e2e.js";

afterEach(removeProjects);

/** Every path below `dir`, relative to it. */
function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, path) : [path];
  });
}

describe("gen with the longest model names Prisma accepts", { timeout: 120_000 }, () => {
  it("writes every generator's files (no ENAMETOOLONG), each path segment within 255 bytes, and check passes", () => {
    const dir = project();
    // 80 three-byte characters (240 bytes of UTF-8) and 234 ASCII characters: both valid, both once fatal.
    const unicode = `M${"語".repeat(79)}`;
    const ascii = `L${"x".repeat(233)}`;
    const model = (name: string) => `model ${name} {\n  id Int @id\n  @@map("t_${name.length}")\n}\n`;
    write(
      dir,
      "prisma/schema.prisma",
      `datasource db {\n  provider = "postgresql"\n}\n\n${model(unicode)}\n${model(ascii)}`,
    );
    const generate = gen(dir);
    expect(generate, generate.stdout + generate.stderr).toMatchObject({ code: 0 });
    const files = listFiles(join(dir, "generated"));
    for (const file of files) {
      for (const segment of file.split("/")) expect(Buffer.byteLength(segment), file).toBeLessThanOrEqual(255);
    }
    expect(files.filter((file) => file.startsWith("types/models/"))).toHaveLength(2);
    expect(gen(dir, "check")).toMatchObject({ code: 0 });
  });
});
