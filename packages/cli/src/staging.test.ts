import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readManifest } from "./manifest.js";
import { checkOutputLocation } from "./output-location.js";
import { findLeftovers, recover, unitsOf } from "./staging.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "cardinal-staging-"));
  dirs.push(dir);
  return dir;
}

const layoutOf = (root: string) => ({
  root,
  outputRoot: join(root, "generated"),
  generators: new Map([["sql" as const, join(root, "generated/sql")]]),
});

describe("recover()", () => {
  it("`recover()` finishes a swap killed between its two renames (journal written, target already moved away)", () => {
    const root = project();
    const units = unitsOf(layoutOf(root));
    const unit = units.units[0] as (typeof units.units)[number];
    mkdirSync(join(unit.backup, "sql"), { recursive: true });
    writeFileSync(join(unit.backup, "sql/a.sql"), "old");
    mkdirSync(join(unit.staging, "sql"), { recursive: true });
    writeFileSync(join(unit.staging, "sql/a.sql"), "new");
    writeFileSync(units.journal, JSON.stringify({ units: [unit.target], manifest: false }));
    expect(findLeftovers(units)).toHaveLength(3);
    recover(units);
    expect(readFileSync(join(root, "generated/sql/a.sql"), "utf8")).toBe("new");
    expect(findLeftovers(units)).toEqual([]);
  });

  it("`recover()` discards staging without a journal (killed before the commit point): the old set stays", () => {
    const root = project();
    const units = unitsOf(layoutOf(root));
    const unit = units.units[0] as (typeof units.units)[number];
    mkdirSync(join(root, "generated/sql"), { recursive: true });
    writeFileSync(join(root, "generated/sql/a.sql"), "old");
    mkdirSync(unit.staging);
    writeFileSync(join(unit.staging, "x"), "new");
    recover(units);
    expect(readFileSync(join(root, "generated/sql/a.sql"), "utf8")).toBe("old");
    expect(existsSync(unit.staging)).toBe(false);
  });

  it("`recover()` trusts no journal entry outside the current layout, and removes a leftover link, not its target", () => {
    const root = project();
    const outside = project();
    writeFileSync(join(outside, "keep.txt"), "keep");
    const units = unitsOf(layoutOf(root));
    const unit = units.units[0] as (typeof units.units)[number];
    writeFileSync(units.journal, JSON.stringify({ units: [outside], manifest: false }));
    symlinkSync(outside, unit.backup);
    recover(units);
    expect(readFileSync(join(outside, "keep.txt"), "utf8")).toBe("keep");
    expect(existsSync(unit.backup)).toBe(false);
  });
});

describe("readManifest() and checkOutputLocation()", () => {
  it("`readManifest()` treats a damaged manifest as absent, with a warning", () => {
    const root = project();
    mkdirSync(join(root, "generated"));
    for (const text of ["{", '{"generators":{"sql":[".."]}}', '{"generators":{"sql":["a/../../b"]}}', "[]"]) {
      writeFileSync(join(root, "generated/.cardinal-manifest.json"), text);
      const read = readManifest(join(root, "generated"));
      expect(read.manifest, text).toEqual({ generators: {} });
      expect(read.warning, text).toContain("ignored");
    }
    writeFileSync(join(root, "generated/.cardinal-manifest.json"), '{"generators":{"sql":["sql/a.sql"]}}');
    expect(readManifest(join(root, "generated"))).toEqual({ manifest: { generators: { sql: ["sql/a.sql"] } } });
  });

  it("`checkOutputLocation()` refuses links and folders outside the project unless forced", () => {
    const root = project();
    const outside = project();
    symlinkSync(outside, join(root, "link"));
    expect(() => checkOutputLocation(root, "output", join(root, "link/x"), false)).toThrow(/symbolic link/);
    expect(checkOutputLocation(root, "output", join(root, "link/x"), true)).toBe(join(outside, "x"));
    expect(() => checkOutputLocation(root, "output", join(outside, "x"), false)).toThrow(/outside the project/);
    expect(checkOutputLocation(root, "output", join(root, "a/b"), false)).toBe(join(root, "a/b"));
  });
});
