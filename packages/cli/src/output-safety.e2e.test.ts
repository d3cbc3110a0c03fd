import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";

// Fault scenarios for `gen` on the built binary: links, read-only and full disks, kills. Every test asserts that
// nothing outside the project changes, that the output is never a mix of two runs, and that errors are one line.

const bin = join(import.meta.dirname, "../dist/bin.js");
const dirs: string[] = [];
const mounts: string[] = [];
const isRoot = process.getuid?.() === 0;

afterEach(() => {
  for (const dir of mounts.splice(0)) spawnSync("umount", ["-l", dir]);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** A project with a schema, inside a parent folder that also holds an "outside" folder with a file in it. */
function project(text = schema()) {
  const parent = tempDir("cardinal-safety-");
  const dir = join(parent, "project");
  const outside = join(parent, "outside");
  mkdirSync(join(dir, "prisma"), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(outside, "keep.txt"), "not Cardinal's\n");
  writeFileSync(join(dir, "prisma/schema.prisma"), text);
  return { dir, outside };
}

/** util-linux's setpriv, which starts a process as root without the capabilities that let root ignore file modes. */
const setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].find((path) => existsSync(path));

/**
 * Runs the built `gen`. `unprivileged` (for root, whom file modes do not stop): without the capabilities that
 * override file modes (setpriv), so the checkout may be anywhere, a 0700 `mktemp -d` folder included; else, without
 * setpriv, as `nobody`, which needs a checkout every user can read.
 */
function gen(cwd: string, args: readonly string[], options: { unprivileged?: boolean } = {}) {
  const command = [process.execPath, bin, ...args];
  const drop = options.unprivileged && isRoot;
  const argv = drop && setpriv ? [setpriv, "--bounding-set", "-dac_override,-dac_read_search", ...command] : command;
  const result = spawnSync(argv[0] as string, argv.slice(1), {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    timeout: 30_000,
    ...(drop && !setpriv ? { uid: 65534, gid: 65534 } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const models = (count: number) =>
  Array.from({ length: count }, (_, i) => `model M${i} {\n  id Int @id\n  name${i} String\n}\n`).join("\n");

function schema(extra = ""): string {
  return `datasource db {\n  provider = "postgresql"\n}\n\nmodel User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n${extra}`;
}

/** Every entry below a folder, without following links: path → content, `-> target` for links, `/` for folders. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  if (!existsSync(root)) return files;
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const key = relative(root, path);
      if (entry.isSymbolicLink()) files[key] = `-> ${readlinkSync(path)}`;
      else if (entry.isDirectory()) {
        files[`${key}/`] = "";
        walk(path);
      } else files[key] = readFileSync(path, "utf8");
    }
  };
  walk(root);
  return files;
}

/** A user error: exit 2, exactly one line on stderr starting with `gen:`, and no stack trace. */
function expectOneLineError(result: ReturnType<typeof gen>, pattern: RegExp): void {
  expect(result, result.stderr).toMatchObject({ code: 2 });
  expect(result.stderr).toMatch(/^gen: [^\n]+\n$/);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

function mount(dir: string, options: string): boolean {
  const result = spawnSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", dir], { encoding: "utf8" });
  if (result.status !== 0) return false;
  mounts.unshift(dir);
  return true;
}

const writeManifest = (dir: string, generators: unknown) =>
  writeFileSync(join(dir, "generated/.cardinal-manifest.json"), JSON.stringify({ generators }));

describe("gen output safety (the built binary)", { timeout: 30_000 }, () => {
  it("`gen` never deletes through a symlink in the output folder, even when the manifest lists a file behind it", () => {
    const { dir, outside } = project();
    expect(gen(dir, ["--only", "sql"]).code).toBe(0);
    symlinkSync(outside, join(dir, "generated/sql/vendor"));
    writeManifest(dir, { sql: ["sql/postgresql.sql", "sql/vendor/keep.txt"] });
    const result = gen(dir, ["--only", "sql"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toContain("removed");
    expect(readFileSync(join(outside, "keep.txt"), "utf8")).toBe("not Cardinal's\n");
    expect(snapshot(outside)).toEqual({ "keep.txt": "not Cardinal's\n" });
    expect(lstatSync(join(dir, "generated/sql/vendor")).isSymbolicLink()).toBe(true);
  });

  it("`gen` refuses a per-generator output outside the project unless --force, and says so in one line", () => {
    const { dir, outside } = project();
    writeFileSync(
      join(dir, "cardinal.config.json"),
      JSON.stringify({ generators: { sql: { output: "../../outside" } } }),
    );
    expectOneLineError(gen(dir, ["--only", "sql"]), /generators\.sql\.output.*outside the project.*--force/);
    expect(snapshot(outside)).toEqual({ "keep.txt": "not Cardinal's\n" });
    expect(gen(dir, ["--only", "sql", "--force"]).code).toBe(0);
    expect(existsSync(join(outside, "postgresql.sql"))).toBe(true);
    expect(readFileSync(join(outside, "keep.txt"), "utf8")).toBe("not Cardinal's\n");
  });

  it('`gen` never overwrites a project file it did not write (types.output: "..")', () => {
    const { dir } = project();
    writeFileSync(join(dir, "index.ts"), "export const mine = 1;\n");
    writeFileSync(join(dir, "cardinal.config.json"), JSON.stringify({ generators: { types: { output: ".." } } }));
    const result = gen(dir, ["--only", "types"]);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(dir, "index.ts"), "utf8")).toBe("export const mine = 1;\n");
  });

  it("`gen` refuses a symlinked output folder or generator folder (in or out of the project, or dangling)", () => {
    const { dir, outside } = project();
    symlinkSync(outside, join(dir, "generated"));
    expectOneLineError(gen(dir, ["--only", "sql"]), /generated.*symbolic link/);
    rmSync(join(dir, "generated"));
    mkdirSync(join(dir, "elsewhere"));
    symlinkSync(join(dir, "elsewhere"), join(dir, "generated"));
    expectOneLineError(gen(dir, ["--only", "sql"]), /generated.*symbolic link/);
    expect(snapshot(join(dir, "elsewhere"))).toEqual({});
    rmSync(join(dir, "generated"));
    symlinkSync(join(outside, "missing"), join(dir, "generated"));
    expectOneLineError(gen(dir, ["--only", "sql"]), /generated.*symbolic link/);
    rmSync(join(dir, "generated"));
    expect(gen(dir, ["--only", "sql"]).code).toBe(0);
    rmSync(join(dir, "generated/sql"), { recursive: true });
    symlinkSync(outside, join(dir, "generated/sql"));
    writeManifest(dir, { sql: ["sql/keep.txt"] });
    expectOneLineError(gen(dir, ["--only", "sql"]), /generated\/sql.*symbolic link/);
    expect(snapshot(outside)).toEqual({ "keep.txt": "not Cardinal's\n" });
  });

  it("`gen` refuses to write through a symlinked folder inside a generator folder", () => {
    const { dir, outside } = project();
    expect(gen(dir, ["--only", "zod"]).code).toBe(0);
    rmSync(join(dir, "generated/zod/models"), { recursive: true });
    symlinkSync(outside, join(dir, "generated/zod/models"));
    expectOneLineError(gen(dir, ["--only", "zod"]), /generated\/zod\/models.*symbolic link/);
    expect(snapshot(outside)).toEqual({ "keep.txt": "not Cardinal's\n" });
  });

  it("`gen` says in one line (exit 2) when the output folder or a generator folder is a file", () => {
    const { dir } = project();
    writeFileSync(join(dir, "generated"), "a file\n");
    expectOneLineError(gen(dir, ["--only", "sql"]), /generated.*not a folder/);
    rmSync(join(dir, "generated"));
    mkdirSync(join(dir, "generated"));
    writeFileSync(join(dir, "generated/sql"), "a file\n");
    expectOneLineError(gen(dir, ["--only", "sql"]), /generated\/sql.*not a folder/);
    expect(readFileSync(join(dir, "generated/sql"), "utf8")).toBe("a file\n");
  });

  it("`gen` treats a damaged manifest as absent, warns once, and keeps working on later runs", () => {
    const { dir } = project();
    expect(gen(dir, ["--only", "sql"]).code).toBe(0);
    for (const damaged of [{ sql: [""] }, { sql: ["."] }, { sql: ["sql"] }, { sql: "sql/x.sql" }, { sql: [1, 2] }]) {
      writeManifest(dir, damaged);
      const first = gen(dir, ["--only", "sql"]);
      expect(first.code, `${JSON.stringify(damaged)}: ${first.stderr}`).toBe(0);
      expect(first.stderr).toMatch(/manifest/);
      expect(first.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(join(dir, "generated/sql/postgresql.sql"))).toBe(true);
      expect(gen(dir, ["--only", "sql"])).toMatchObject({ code: 0, stderr: "" });
    }
  });

  it("`gen check` reports leftovers of an interrupted run and `gen` removes them", () => {
    const { dir } = project();
    expect(gen(dir, ["--only", "sql"]).code).toBe(0);
    mkdirSync(join(dir, ".generated.cardinal-staging"));
    writeFileSync(join(dir, "generated/sql/postgresql.sql.cardinal-4242.tmp"), "half a file");
    const check = gen(dir, ["check", "--only", "sql"]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain("leftover .generated.cardinal-staging");
    expect(check.stderr).toContain("leftover generated/sql/postgresql.sql.cardinal-4242.tmp");
    expect(gen(dir, ["--only", "sql"]).code).toBe(0);
    expect(existsSync(join(dir, ".generated.cardinal-staging"))).toBe(false);
    expect(existsSync(join(dir, "generated/sql/postgresql.sql.cardinal-4242.tmp"))).toBe(false);
    expect(gen(dir, ["check", "--only", "sql"]).code).toBe(0);
  });

  it("`gen` on a full disk: one line, exit 2, the old files intact, no staging or .tmp left", (context) => {
    const { dir } = project();
    if (!mount(dir, "size=64k")) return context.skip("mount -t tmpfs failed (not root?): disk-full case not run");
    mkdirSync(join(dir, "prisma"));
    writeFileSync(join(dir, "prisma/schema.prisma"), schema());
    expect(gen(dir, ["--only", "sql"]).code).toBe(0);
    const before = snapshot(dir);
    writeFileSync(join(dir, "prisma/schema.prisma"), schema(models(400)));
    expectOneLineError(gen(dir, ["--only", "sql"]), /no space left/i);
    expect(snapshot(dir)).toEqual({ ...before, "prisma/schema.prisma": schema(models(400)) });
    expect(gen(dir, ["check", "--only", "sql"]).stderr).not.toContain("leftover");
  });

  it("`gen` on a read-only output folder: one line, exit 2, nothing changed", (context) => {
    const { dir } = project();
    expect(gen(dir, ["--only", "sql"]).code).toBe(0);
    writeFileSync(join(dir, "prisma/schema.prisma"), schema(models(2)));
    const before = snapshot(dir);
    if (isRoot) {
      // chmod does not stop root: run without its file-mode capabilities on a read-only mode, and also on a
      // read-only mount.
      chmodSync(join(dir, ".."), 0o755);
      chmodSync(dir, 0o555);
      chmodSync(join(dir, "generated"), 0o555);
      chmodSync(join(dir, "generated/sql"), 0o555);
      expectOneLineError(gen(dir, ["--only", "sql"], { unprivileged: true }), /permission denied/i);
      expect(snapshot(dir)).toEqual(before);
      chmodSync(dir, 0o755);
      const ro = join(dir, "ro");
      mkdirSync(ro);
      if (!mount(ro, "size=1m")) return context.skip("mount -t tmpfs failed: read-only mount case not run");
      mkdirSync(join(ro, "generated"));
      spawnSync("mount", ["-o", "remount,ro", ro]);
      expectOneLineError(gen(dir, ["--only", "sql", "--out", "ro/generated"]), /read-only/i);
    } else {
      chmodSync(join(dir, "generated/sql"), 0o555);
      expectOneLineError(gen(dir, ["--only", "sql"]), /permission denied/i);
      expect(snapshot(dir)).toEqual(before);
    }
  });

  it("`gen` on an unreadable schema: one line, exit 2", () => {
    const { dir } = project();
    chmodSync(join(dir, "prisma/schema.prisma"), 0);
    chmodSync(join(dir, ".."), 0o755);
    chmodSync(dir, 0o755);
    expectOneLineError(
      gen(dir, ["--only", "sql"], { unprivileged: true }),
      /prisma\/schema\.prisma.*permission denied/i,
    );
  });

  it("`gen --debug` prints the stack trace of a file-system error", () => {
    const { dir } = project();
    writeFileSync(join(dir, "generated"), "a file\n");
    const result = gen(dir, ["--only", "sql", "--debug"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\n\s+at /);
  });
});

describe("gen killed at random points", () => {
  const figures = { kills: 0, old: 0, new: 0, mixed: 0, stackTraces: 0, outsideTouched: 0 };
  afterAll(() => console.log(`SIGKILL ×${figures.kills}: ${JSON.stringify(figures)}`));

  it("`gen` killed with SIGKILL ×50 leaves exactly the old set or exactly the new set, never a mix", async () => {
    const { dir, outside } = project();
    const args = ["--only", "sql,mermaid"];
    const sets: Record<string, string>[] = [];
    const schemas = [schema(models(30)), schema(models(60).replaceAll("String", "Int"))];
    let elapsed = 0;
    for (const text of schemas) {
      writeFileSync(join(dir, "prisma/schema.prisma"), text);
      const start = performance.now();
      expect(gen(dir, args).code).toBe(0);
      elapsed = Math.max(elapsed, performance.now() - start);
      writeFileSync(join(dir, "generated/mine.txt"), "a user file\n");
      sets.push(snapshot(join(dir, "generated")));
    }
    expect(sets[0]).not.toEqual(sets[1]);
    let current = 1;
    for (let i = 0; i < 50; i++) {
      writeFileSync(join(dir, "prisma/schema.prisma"), schemas[1 - current] as string);
      const child = spawn(process.execPath, [bin, ...args], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
      const closed = new Promise((r) => child.once("close", r));
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      await new Promise((r) => setTimeout(r, Math.random() * elapsed * 1.1));
      child.kill("SIGKILL");
      await closed;
      figures.kills++;
      if (/\n\s+at /.test(stderr)) figures.stackTraces++;
      const now = JSON.stringify(snapshot(join(dir, "generated")));
      if (now === JSON.stringify(sets[current])) figures.old++;
      else if (now === JSON.stringify(sets[1 - current])) {
        figures.new++;
        current = 1 - current;
      } else {
        figures.mixed++;
        break;
      }
    }
    if (JSON.stringify(snapshot(outside)) !== JSON.stringify({ "keep.txt": "not Cardinal's\n" }))
      figures.outsideTouched++;
    expect(figures).toMatchObject({ kills: 50, mixed: 0, stackTraces: 0, outsideTouched: 0 });
    // The next run finishes or discards whatever the last kill interrupted.
    const after = gen(dir, args);
    expect(after.code, after.stderr).toBe(0);
    expect(gen(dir, ["check", ...args]).code).toBe(0);
  }, 90_000);
});
