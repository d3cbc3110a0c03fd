import { readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { project, removeProjects, schema, startWatch, write } from "./test-support/e2e.js";

afterEach(removeProjects);

const model = (name: string) => `\nmodel ${name} {\n  id Int @id\n}\n`;
const sqlLines = /^sql +\d+ written, \d+ unchanged/gm;
const postgresql = (dir: string) => readFileSync(join(dir, "generated/sql/postgresql.sql"), "utf8");

/** Saves like vim (`backupcopy=no`): the old file is renamed away, a new one written, the backup deleted. */
function saveLikeVim(dir: string, path: string, text: string): void {
  renameSync(join(dir, path), join(dir, `${path}~`));
  write(dir, path, text);
  rmSync(join(dir, `${path}~`));
}

/** Saves like JetBrains' safe write, `sed -i` or `git checkout`: a new file renamed over the old one. */
function saveByRename(dir: string, path: string, text: string): void {
  write(dir, `${path}.tmp`, text);
  renameSync(join(dir, `${path}.tmp`), join(dir, path));
}

describe("gen watch (the built binary)", { timeout: 120_000 }, () => {
  it("sees every save by rename (safe write, vim, sed -i), three in a row", async () => {
    const dir = project();
    write(dir, "prisma/schema.prisma", schema());
    const watch = startWatch(dir, "--only", "sql");
    try {
      await watch.waitFor("watching");
      const saves = [saveByRename, saveLikeVim, saveByRename];
      let text = schema();
      for (const [index, save] of saves.entries()) {
        const name = `Saved${index}`;
        text += model(name);
        const from = watch.output().length;
        save(dir, "prisma/schema.prisma", text);
        await watch.waitFor(/^sql +1 written/m, { from });
        expect(postgresql(dir)).toContain(`CREATE TABLE "${name}"`);
      }
      expect(watch.output().match(/^changed: prisma\/schema\.prisma$/gm)).toHaveLength(3);
    } finally {
      await watch.stop();
    }
  });

  it("a schema folder: an edit to one file is seen, and another file's syntax error stays reported until fixed", async () => {
    const dir = project();
    write(dir, "prisma/schema/base.prisma", schema());
    write(dir, "prisma/schema/tag.prisma", model("Tag"));
    const watch = startWatch(dir, "--only", "sql", "--schema", "prisma/schema");
    try {
      await watch.waitFor("watching");
      let from = watch.output().length;
      write(dir, "prisma/schema/tag.prisma", `${model("Tag")}${model("Label")}`);
      await watch.waitFor(/^sql +1 written/m, { from });
      expect(postgresql(dir)).toContain('CREATE TABLE "Label"');
      // A syntax error in tag.prisma, then an edit of base.prisma only: the error is still there (tag.prisma's
      // tree and diagnostics come from the parse cache), until tag.prisma is fixed.
      from = watch.output().length;
      write(
        dir,
        "prisma/schema/tag.prisma",
        `${model("Tag")}
model Broken {
  id Int @id
`,
      );
      await watch.waitFor(/tag\.prisma:\d+:\d+ - error E103/, { from });
      from = watch.output().length;
      write(dir, "prisma/schema/base.prisma", schema(model("Extra")));
      await watch.waitFor(/^changed: prisma\/schema\/base\.prisma$/m, { from });
      await watch.waitFor(/tag\.prisma:\d+:\d+ - error E103/, { from });
      from = watch.output().length;
      write(dir, "prisma/schema/tag.prisma", model("Tag"));
      await watch.waitFor(/^sql +1 written/m, { from });
      expect(postgresql(dir)).toContain('CREATE TABLE "Extra"');
      expect(postgresql(dir)).not.toContain('CREATE TABLE "Label"');
    } finally {
      await watch.stop();
    }
  });

  it("says the schema is missing when it is deleted or renamed away, and resumes when it comes back", async () => {
    const dir = project();
    write(dir, "prisma/schema.prisma", schema());
    const watch = startWatch(dir, "--only", "sql");
    try {
      await watch.waitFor("watching");
      let from = watch.output().length;
      rmSync(join(dir, "prisma/schema.prisma"));
      await watch.waitFor("gen: waiting for the schema to come back", { from });
      from = watch.output().length;
      write(dir, "prisma/schema.prisma", schema(model("Recreated")));
      await watch.waitFor(/sql +1 written(.*\n)*the schema is back/, { from });
      expect(postgresql(dir)).toContain('CREATE TABLE "Recreated"');
      from = watch.output().length;
      renameSync(join(dir, "prisma/schema.prisma"), join(dir, "prisma/away.prisma"));
      await watch.waitFor("gen: waiting for the schema to come back", { from });
      from = watch.output().length;
      renameSync(join(dir, "prisma/away.prisma"), join(dir, "prisma/schema.prisma"));
      await watch.waitFor("the schema is back", { from });
      expect(watch.output()).not.toMatch(/^\s+at /m);
    } finally {
      await watch.stop();
    }
  });

  it("reruns with the new config when the config, or a file it imports, changes; waits out a broken config", async () => {
    const dir = project();
    write(dir, "prisma/schema.prisma", schema());
    const config = (mermaid: string, dialects: string) =>
      `export default { generators: { types: false, zod: false, mermaid: ${mermaid}, sql: { dialects: ${dialects} } } };\n`;
    write(dir, "cardinal.config.ts", config("false", '["postgresql"]'));
    const watch = startWatch(dir);
    try {
      await watch.waitFor("watching");
      let from = watch.output().length;
      write(dir, "cardinal.config.ts", config("{}", '["postgresql"]'));
      await watch.waitFor(/^mermaid +\d+ written/m, { from });
      expect(watch.output().slice(from)).toContain("changed: cardinal.config.ts");
      from = watch.output().length;
      write(dir, "dialects.ts", 'export const dialects: "postgresql"[] = ["postgresql"];\n');
      saveByRename(dir, "cardinal.config.ts", `import { dialects } from "./dialects";\n${config("{}", "dialects")}`);
      await watch.waitFor(/^sql +\d+ written/m, { from });
      from = watch.output().length;
      write(dir, "dialects.ts", 'export const dialects: "sqlite"[] = ["sqlite"];\n');
      await watch.waitFor(/^sql +1 written/m, { from });
      expect(watch.output().slice(from)).toContain("changed: dialects.ts");
      expect(readFileSync(join(dir, "generated/sql/sqlite.sql"), "utf8")).toContain('CREATE TABLE "User"');
      from = watch.output().length;
      write(dir, "dialects.ts", 'export const dialects = ["sqlite",,;\n');
      await watch.waitFor("gen: dialects.ts:1:", { from });
      from = watch.output().length;
      write(dir, "dialects.ts", 'export const dialects: "mysql"[] = ["mysql"];\n');
      await watch.waitFor("the config is valid again", { from });
      expect(readFileSync(join(dir, "generated/sql/mysql.sql"), "utf8")).toContain("CREATE TABLE");
    } finally {
      await watch.stop();
    }
  });

  it("an edit during a run (a burst of three) makes exactly one more run after it", async () => {
    const dir = project();
    write(dir, "prisma/schema.prisma", schema());
    // The config takes a second to load, so the run is surely under way while the schema is edited.
    write(
      dir,
      "cardinal.config.ts",
      'console.error("loading the config");\nawait new Promise((resolve) => setTimeout(resolve, 1000));\nexport default { generators: { types: false, zod: false, mermaid: false } };\n',
    );
    const watch = startWatch(dir);
    try {
      await watch.waitFor("loading the config");
      const from = watch.output().length;
      let text = schema();
      for (const name of ["During1", "During2", "During3"]) {
        text += model(name);
        write(dir, "prisma/schema.prisma", text);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      // Two runs: the one under way, then one more for the edits made during it.
      await watch.waitFor(/^sql [^\n]*\n(.*\n)*sql /m, { from });
      expect(postgresql(dir)).toContain('CREATE TABLE "During3"');
      expect(watch.output().slice(from)).toContain("changed: prisma/schema.prisma");
      // One rerun for the burst: after a quiet while, still exactly two runs.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(watch.output().match(/loading the config/g)).toHaveLength(2);
      expect(watch.output().match(sqlLines)).toHaveLength(2);
    } finally {
      await watch.stop();
    }
  });
});
