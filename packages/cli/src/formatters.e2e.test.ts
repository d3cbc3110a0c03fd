import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadRealisticSchemas, seededSample } from "@cardinal/testing";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "./cli.js";
import type { Output } from "./output.js";
import { gen, project, removeProjects, write } from "./test-support/e2e.js";
import { formatters } from "./test-support/formatters.js";

afterEach(removeProjects);

/** `gen` in-process (the matrix below runs it 21 times per schema): its exit code and what it printed. */
async function run(dir: string, ...args: string[]) {
  let stdout = "";
  let stderr = "";
  const output: Output = {
    out: (text) => (stdout += `${text}\n`),
    err: (text) => (stderr += `${text}\n`),
    color: { out: false, err: false },
  };
  const code = await runCli(args, dir, output);
  return { code, stdout, stderr };
}

interface Example {
  readonly name: string;
  /** Copies the schema (and config) into a project folder; returns the schema file to edit. */
  readonly setUp: (dir: string) => string;
}

const blog: Example = {
  name: "examples/blog",
  setUp: (dir) => {
    const from = join(import.meta.dirname, "../../../examples/blog");
    cpSync(join(from, "schema.prisma"), join(dir, "schema.prisma"));
    cpSync(join(from, "cardinal.config.json"), join(dir, "cardinal.config.json"));
    return join(dir, "schema.prisma");
  },
};

const realistic: Example[] = seededSample(loadRealisticSchemas(), 3, "formatter matrix", "CARDINAL_FORMATTERS_ALL").map(
  ({ name, files }) => ({
    name: `realistic/${name}`,
    setUp: (dir) => {
      for (const file of files) write(dir, `prisma/schema/${file.path}`, file.content);
      const withModel = files.find((file) => /^model /m.test(file.content)) ?? files[0];
      return join(dir, "prisma/schema", withModel?.path ?? "schema.prisma");
    },
  }),
);

/** Adds a field to the schema's first model; returns the model's name. */
function addField(schemaPath: string): string {
  const text = readFileSync(schemaPath, "utf8");
  const match = /^model (\w+) \{\n/m.exec(text);
  if (!match) throw new Error(`no model in ${schemaPath}`);
  writeFileSync(schemaPath, text.replace(match[0], `${match[0]}  probeField String?\n`));
  return match[1] as string;
}

describe("gen check after a project's formatter", { timeout: 600_000 }, () => {
  for (const example of [blog, ...realistic]) {
    it(`stays green on ${example.name} after every formatter, and still catches an added field`, async () => {
      const failures: string[] = [];
      for (const formatter of formatters) {
        const dir = project();
        const schemaPath = example.setUp(dir);
        expect((await run(dir)).code).toBe(0);
        const changed = await formatter.run(join(dir, "generated"));
        // The formatter must really have rewritten files, or the comparison below proves nothing.
        expect(changed, formatter.name).toBeGreaterThan(0);
        const check = await run(dir, "check");
        if (check.code !== 0) failures.push(`${formatter.name}:\n${check.stderr}`);
        const model = addField(schemaPath);
        const stale = await run(dir, "check");
        expect(stale.code, formatter.name).toBe(1);
        expect(stale.stderr, formatter.name).toMatch(new RegExp(`stale +\\S*${model}`));
      }
      expect(failures).toEqual([]);
    });
  }
});

describe("gen check after Prettier (the built binary)", { timeout: 120_000 }, () => {
  it("`gen check` passes after `prettier` with its defaults rewrote the blog example's output", async () => {
    const dir = project();
    blog.setUp(dir);
    expect(gen(dir).code).toBe(0);
    const before = readFileSync(join(dir, "generated/types/enums.ts"), "utf8");
    await formatters[0]?.run(join(dir, "generated"));
    expect(readFileSync(join(dir, "generated/types/enums.ts"), "utf8")).not.toBe(before);
    expect(gen(dir, "check")).toMatchObject({ code: 0 });
  });
});
