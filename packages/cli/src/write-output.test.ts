import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { GeneratorOutput } from "./generate.js";
import { type FileMemory, writeOutputs } from "./write-output.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function layoutOf() {
  const root = mkdtempSync(join(tmpdir(), "cardinal-write-"));
  dirs.push(root);
  return {
    root,
    outputRoot: join(root, "generated"),
    generators: new Map([["sql" as const, join(root, "generated/sql")]]),
  };
}

const sqlOutput = (root: string, files: Record<string, string>): GeneratorOutput => ({
  generator: "sql",
  directory: join(root, "generated/sql"),
  files: Object.entries(files).map(([path, content]) => ({ path, content })),
  diagnostics: [],
  milliseconds: 0,
});

const noWarnings = (text: string) => {
  throw new Error(`unexpected warning: ${text}`);
};

/** A project where `sql/a.sql` ("one;") was written once with a FileMemory: the run gen watch makes first. */
function writtenOnce() {
  const layout = layoutOf();
  const memory: FileMemory = new Map();
  const output = sqlOutput(layout.root, { "a.sql": "one;\n" });
  writeOutputs(layout, [output], noWarnings, memory);
  return { layout, memory, output, path: join(layout.root, "generated/sql/a.sql") };
}

describe("writeOutputs() with a FileMemory (gen watch)", () => {
  it("remembers what it wrote, with the size, mtime and inode on disk after the commit", () => {
    const layout = layoutOf();
    const memory: FileMemory = new Map();
    writeOutputs(layout, [sqlOutput(layout.root, { "a.sql": "one;\n", "b.sql": "two;\n" })], noWarnings, memory);
    const path = join(layout.root, "generated/sql/a.sql");
    const stat = statSync(path);
    expect(memory.get(path)).toEqual({ size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino, content: "one;\n" });
    expect(memory.size).toBe(2);
  });

  it("reads a file again when it changed on disk since (a new mtime), and writes the generated content back", () => {
    const { layout, memory, output, path } = writtenOnce();
    writeFileSync(path, "edited by hand;\n");
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    const [summary] = writeOutputs(layout, [output], noWarnings, memory);
    expect(summary?.written).toEqual(["sql/a.sql"]);
    expect(readFileSync(path, "utf8")).toBe("one;\n");
  });

  it("takes a file from memory, not from disk, while its size, mtime and inode are as remembered", () => {
    const { layout, memory, output, path } = writtenOnce();
    // A whole-second mtime, so that it can be put back exactly; the next run reads the file and remembers that.
    utimesSync(path, 1e9, 1e9);
    expect(writeOutputs(layout, [output], noWarnings, memory)[0]?.unchanged).toEqual(["sql/a.sql"]);
    expect(memory.get(path)?.mtimeMs).toBe(1e12);
    // Same size, same inode, mtime put back: the stat rule cannot see this edit (as with make and git).
    writeFileSync(path, "two;\n");
    utimesSync(path, 1e9, 1e9);
    expect(writeOutputs(layout, [output], noWarnings, memory)[0]?.unchanged).toEqual(["sql/a.sql"]);
    // Without the memory the file is read, found changed and rewritten.
    expect(writeOutputs(layout, [output], noWarnings)[0]?.written).toEqual(["sql/a.sql"]);
    expect(readFileSync(path, "utf8")).toBe("one;\n");
  });

  it("forgets a file it removed", () => {
    const layout = layoutOf();
    const memory: FileMemory = new Map();
    writeOutputs(layout, [sqlOutput(layout.root, { "a.sql": "one;\n", "b.sql": "two;\n" })], noWarnings, memory);
    const [summary] = writeOutputs(layout, [sqlOutput(layout.root, { "a.sql": "one;\n" })], noWarnings, memory);
    expect(summary?.removed).toEqual(["sql/b.sql"]);
    expect([...memory.keys()]).toEqual([join(layout.root, "generated/sql/a.sql")]);
  });
});
