import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { gen, project, removeProjects, schema, startWatch, type WatchProcess, write } from "./test-support/e2e.js";

afterEach(removeProjects);

/** The example third-party generator (examples/kysely-plugin), by absolute path: it brings its own dependencies. */
const kyselyPlugin = join(import.meta.dirname, "../../../examples/kysely-plugin/src/index.ts");

/** A project whose config adds the Kysely plugin under `kysely`, with these options. */
function pluginProject(options = '{ fileName: "db" }'): string {
  const dir = project();
  write(dir, "prisma/schema.prisma", schema());
  write(
    dir,
    "cardinal.config.ts",
    `export default { generators: { kysely: { use: ${JSON.stringify(kyselyPlugin)}, ...${options} } } };\n`,
  );
  return dir;
}

describe("a generator plugin named in the config (the built binary)", { timeout: 180_000 }, () => {
  it("gen writes its files beside the built-in generators', gen check finds them stale after a schema change", () => {
    const dir = pluginProject();
    const first = gen(dir);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^kysely +1 written, 0 unchanged \(\d+ ms\) → generated\/kysely$/m);
    expect(readFileSync(join(dir, "generated/kysely/db.ts"), "utf8")).toContain("  Post: PostTable;");
    expect(existsSync(join(dir, "generated/types/index.ts"))).toBe(true);
    expect(gen(dir, "check")).toMatchObject({ code: 0 });
    write(dir, "prisma/schema.prisma", schema("\nmodel Tag {\n  id Int @id\n}\n"));
    const stale = gen(dir, "check");
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain("stale    kysely/db.ts");
    expect(gen(dir, "--only", "kysely").code).toBe(0);
    expect(readFileSync(join(dir, "generated/kysely/db.ts"), "utf8")).toContain("  Tag: TagTable;");
  });

  it("refuses the plugin's bad options, an unknown one and a module that cannot be loaded, located; --only knows it", () => {
    const bad = gen(pluginProject('{ fileName: "a/b", fileNames: 1 }'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      "generators.kysely.fileNames: expected one of use, output, fileName, received an unknown option",
    );
    expect(bad.stderr).toContain(
      'generators.kysely.fileName: expected a file name without extension, received string "a/b"',
    );
    const dir = project();
    write(dir, "prisma/schema.prisma", schema());
    write(dir, "cardinal.config.json", JSON.stringify({ generators: { kysely: { use: "./missing-plugin.mjs" } } }));
    const missing = gen(dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /generators\.kysely\.use: expected a generator plugin .* received string "\.\/missing-plugin\.mjs" \(it could not be loaded: /,
    );
    expect(gen(pluginProject(), "--only", "kysley").stderr).toContain(
      'unknown generator "kysley" in --only; did you mean kysely?',
    );
  });

  it("a relative module specifier resolves from the project root; the generator block sets the plugin's options", () => {
    const dir = project();
    write(
      dir,
      "prisma/schema.prisma",
      `generator cardinal {\n  provider = "cardinal-generator"\n  kysely_fileName = "tables"\n}\n\n${schema()}`,
    );
    write(dir, "plugins/kysely.mjs", `export { default } from ${JSON.stringify(kyselyPlugin)};\n`);
    write(dir, "cardinal.config.json", JSON.stringify({ generators: { kysely: { use: "./plugins/kysely.mjs" } } }));
    const result = gen(dir, "--only", "kysely,sql");
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(dir, "generated/kysely/tables.ts"))).toBe(true);
    expect(existsSync(join(dir, "generated/types"))).toBe(false);
  });
});

describe("gen watch with a generator plugin", () => {
  let watch: WatchProcess | undefined;
  afterEach(async () => watch?.stop());

  it("regenerates the plugin's files when the schema changes", async () => {
    const dir = pluginProject();
    watch = startWatch(dir, "--only", "kysely");
    await watch.waitFor("watching", { ms: 60_000 });
    const from = watch.output().length;
    write(dir, "prisma/schema.prisma", schema("\nmodel Tag {\n  id Int @id\n}\n"));
    await watch.waitFor(/kysely +1 written/, { from, ms: 60_000 });
    expect(readFileSync(join(dir, "generated/kysely/db.ts"), "utf8")).toContain("  Tag: TagTable;");
  }, 120_000);
});

/** A plugin of the project's own, without dependencies: a hand-written options schema, one file listing models. */
const namesPlugin = (greeting: string) => `export default {
  name: "names",
  options: { safeParse: (value) => ({ success: true, data: value }) },
  generate: (model) => ({
    files: [{ path: "names.txt", content: "${greeting} " + model.models.map((m) => m.name).join(",") + "\\n" }],
    diagnostics: [],
  }),
};
`;

describe("gen watch with a plugin file of the project", () => {
  let watch: WatchProcess | undefined;
  afterEach(async () => watch?.stop());

  it("reruns when the plugin file changes, and uses the new plugin", async () => {
    const dir = project();
    write(dir, "prisma/schema.prisma", schema());
    write(dir, "names.mjs", namesPlugin("models:"));
    write(dir, "cardinal.config.json", JSON.stringify({ generators: { names: { use: "./names.mjs" } } }));
    watch = startWatch(dir, "--only", "names");
    await watch.waitFor("watching", { ms: 60_000 });
    expect(readFileSync(join(dir, "generated/names/names.txt"), "utf8")).toBe("models: Post,User\n");
    const from = watch.output().length;
    write(dir, "names.mjs", namesPlugin("tables:"));
    await watch.waitFor(/names +1 written/, { from, ms: 60_000 });
    expect(readFileSync(join(dir, "generated/names/names.txt"), "utf8")).toBe("tables: Post,User\n");
  }, 120_000);
});

describe("lazy generators", { timeout: 60_000 }, () => {
  it("`--only sql` and `--only types` load no ts-morph; `--only zod` does for a `/// @zod` annotation (so this test can fail)", () => {
    const annotated = schema("model Contact {\n  id    Int    @id\n  /// @zod .email()\n  email String\n}\n");
    const loads = (only: string, text = schema()) => {
      const script = `
        import { createRequire } from "node:module";
        import { generate } from "@cardinal/cli";
        const result = await generate({ root: process.argv[1], schema: "prisma/schema.prisma" }, { only: [${JSON.stringify(only)}] });
        if ("configErrors" in result || result.outputs.length !== 1) throw new Error("no output");
        const cache = Object.keys(createRequire(import.meta.url).cache);
        process.stdout.write(String(cache.some((path) => path.includes("/ts-morph/"))));`;
      const dir = project();
      write(dir, "prisma/schema.prisma", text);
      const run = spawnSync(process.execPath, ["--input-type=module", "-e", script, dir], {
        cwd: dir,
        encoding: "utf8",
      });
      expect(run.stderr).toBe("");
      return run.stdout;
    };
    expect(loads("sql")).toBe("false");
    expect(loads("types")).toBe("false");
    expect(loads("zod")).toBe("false");
    expect(loads("zod", annotated)).toBe("true");
  });

  it("`gen` with options that are fine loads no zod; a wrong option does, to say what is wrong (so this test can fail)", () => {
    /** `<exit code> <whether zod was loaded>` of one in-process run. */
    const zodLoaded = (args: readonly string[], config?: object) => {
      const script = `
        import { runCli } from "@cardinal/cli";
        const output = { out: () => {}, err: () => {}, color: { out: false, err: false } };
        const code = await runCli(${JSON.stringify(args)}, process.argv[1], output);
        process.stdout.write(code + " " + ("__zod_globalConfig" in globalThis));`;
      const dir = project();
      write(dir, "prisma/schema.prisma", schema());
      if (config) write(dir, "cardinal.config.json", JSON.stringify(config));
      const run = spawnSync(process.execPath, ["--input-type=module", "-e", script, dir], {
        cwd: dir,
        encoding: "utf8",
      });
      expect(run.stderr).toBe("");
      return run.stdout;
    };
    expect(zodLoaded(["validate"])).toBe("0 false");
    expect(zodLoaded(["--only", "sql"])).toBe("0 false");
    expect(zodLoaded(["--only", "sql", "--dialect", "mysql"])).toBe("0 false");
    const options = {
      types: { layout: "single-file", typePrefix: "Db", client: false },
      zod: { dateTime: "coerce", naming: { suffix: "Zod" } },
      mermaid: { direction: "LR", include: ["User*"], maxCharacters: 40000 },
      sql: { dialects: ["sqlite", "mysql"], comments: false },
    };
    expect(zodLoaded([], { generators: options })).toBe("0 false");
    expect(zodLoaded(["validate"], { generators: { sql: { dialects: ["sqlite", "oracle"] } } })).toBe("2 true");
    expect(zodLoaded([], { generators: { ...options, zod: { naming: { case: "snake" } } } })).toBe("2 true");
  });
});
