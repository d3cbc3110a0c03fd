import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isOnTheWay, isWatched, mergeTargets, schemaTargets, watchRoots } from "./watch-targets.js";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe("watch targets", () => {
  it("`isWatched()` takes a target file and .prisma files or folders in a target folder, nothing else", () => {
    const targets = mergeTargets(schemaTargets("/p", "db/schema"), {
      files: new Set(["/p/cardinal.config.ts"]),
      folders: new Set(),
    });
    expect(isWatched(targets, "/p/cardinal.config.ts", false)).toBe(true);
    expect(isWatched(targets, "/p/db/schema/a/user.prisma", false)).toBe(true);
    expect(isWatched(targets, "/p/db/schema/a", true)).toBe(true);
    expect(isWatched(targets, "/p/db/schema/notes.md", false)).toBe(false);
    expect(isWatched(targets, "/p/db", true)).toBe(false);
    expect(isWatched(targets, "/p/generated/sql/postgresql.sql", false)).toBe(false);
  });

  it("`isOnTheWay()` lets the watcher into folders that lead to a target and keeps it out of the rest", () => {
    const targets = schemaTargets("/p", undefined);
    for (const path of [
      "/p",
      "/p/prisma",
      "/p/prisma/schema.prisma",
      "/p/prisma/schema",
      "/p/prisma/schema/x/y.prisma",
      "/p/package.json",
    ])
      expect(isOnTheWay(targets, path), path).toBe(true);
    for (const path of ["/p/generated", "/p/node_modules", "/p/prisma/migrations", "/p/src/index.ts"])
      expect(isOnTheWay(targets, path), path).toBe(false);
  });

  it("`schemaTargets()` treats a configured path as a folder when it is one (or has no .prisma ending)", () => {
    const root = mkdtempSync(join(tmpdir(), "cardinal-targets-"));
    folders.push(root);
    mkdirSync(join(root, "models"));
    expect(schemaTargets(root, "models").folders).toEqual(new Set([join(root, "models")]));
    expect(schemaTargets(root, "db.prisma").files).toEqual(new Set([join(root, "db.prisma")]));
    expect(schemaTargets(root, "not-yet").folders).toEqual(new Set([join(root, "not-yet")]));
  });

  it("`watchRoots()` watches the nearest existing folder above each target, even when folders are missing", () => {
    const root = mkdtempSync(join(tmpdir(), "cardinal-targets-"));
    folders.push(root);
    mkdirSync(join(root, "prisma"));
    const roots = watchRoots({
      files: new Set([join(root, "prisma/schema.prisma"), join(root, "a/b/c.ts")]),
      folders: new Set(),
    });
    expect(roots.sort()).toEqual([root, join(root, "prisma")].sort());
  });
});
