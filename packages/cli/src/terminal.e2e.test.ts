import { appendFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { plainEnv, project, removeProjects, schema, write } from "./test-support/e2e.js";
import { esc, genInTerminal, hasColor, visible } from "./test-support/pty.js";

afterEach(removeProjects);

/**
 * The environment of a terminal user: no NO_COLOR, no FORCE_COLOR, and no CI (under `CI=true`, as .ci/run sets, Node
 * gives a terminal 2 colours, so nothing would be coloured).
 */
function terminalEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { NO_COLOR: _no, FORCE_COLOR: _force, CI: _ci, ...env } = plainEnv();
  return { ...env, ...extra };
}

/** Where the captured screens are written, to be read (they are asserted on here). */
const screens = join(tmpdir(), "cardinal-terminal-screens.txt");
const record = (title: string, screen: string) => appendFileSync(screens, `=== ${title}\n${visible(screen)}\n\n`);

const invalid = "model User {\n  id    Int    @id\n  email Strng\n}\n";

/** A schema of `count` models in a chain, large enough for a run of over a second. */
const bigSchema = (count: number) =>
  `datasource db {\n  provider = "postgresql"\n}\n${Array.from(
    { length: count },
    (_, i) =>
      `\nmodel M${i} {\n  id Int @id\n  name String\n  at DateTime @default(now())\n${i > 0 ? `  parentId Int\n  parent M${i - 1} @relation(fields: [parentId], references: [id])\n` : ""}${i < count - 1 ? `  children M${i + 1}[]\n` : ""}}\n`,
  ).join("")}`;

describe("gen in a real terminal (script(1) gives it a pseudo-terminal)", { timeout: 300_000 }, () => {
  it("colours diagnostics on a terminal's stderr, never in a file stderr is sent to (`2>log`)", () => {
    const dir = project();
    write(dir, "prisma/schema.prisma", invalid);
    const onTerminal = genInTerminal(dir, terminalEnv(), ["validate"]);
    record("gen validate (stderr on the terminal)", onTerminal.screen);
    expect(onTerminal.code).toBe(1);
    expect(hasColor(onTerminal.screen)).toBe(true);
    genInTerminal(dir, terminalEnv(), ["validate"], "2>err.log");
    const log = readFileSync(join(dir, "err.log"), "utf8");
    record("gen validate 2>err.log: err.log", log);
    expect(log).toContain("error E203");
    expect(hasColor(log)).toBe(false);
  });

  it("colours stdout on a terminal while stderr goes to a file, and the reverse", () => {
    const dir = project();
    write(dir, "prisma/schema.prisma", schema());
    const dry = genInTerminal(dir, terminalEnv(), ["--dry-run"], "2>err.log");
    record("gen --dry-run (stdout on the terminal)", dry.screen);
    expect(dry.screen).toContain(`${esc}[32mcreate`);
    const toFile = genInTerminal(dir, terminalEnv(), ["--dry-run"], ">out.log");
    expect(hasColor(readFileSync(join(dir, "out.log"), "utf8"))).toBe(false);
    expect(toFile.code).toBe(0);
  });

  it("NO_COLOR turns colour off on a terminal; FORCE_COLOR=0 too", () => {
    const dir = project();
    write(dir, "prisma/schema.prisma", invalid);
    for (const env of [{ NO_COLOR: "1" }, { FORCE_COLOR: "0" }]) {
      const result = genInTerminal(dir, terminalEnv(env), ["validate"]);
      record(`gen validate with ${JSON.stringify(env)}`, result.screen);
      expect(result.screen).toContain("error E203");
      expect(hasColor(result.screen), JSON.stringify(env)).toBe(false);
    }
  });

  it("shows progress per generator, with counts, on a terminal for a run longer than the delay; none when piped", () => {
    const dir = project();
    write(dir, "prisma/schema.prisma", bigSchema(400));
    // Generation got fast enough that 400 models may finish within the usual second: no delay here.
    const env = { ...terminalEnv(), CARDINAL_PROGRESS_AFTER_MS: "0" };
    const result = genInTerminal(dir, env, ["--only", "types,zod,sql"]);
    record("gen on 400 models (progress on stderr)", result.screen);
    expect(result.code).toBe(0);
    expect(result.screen).toMatch(/gen: .*\[\d\/3\] (types|zod|sql)/);
    expect(result.screen).toMatch(/types \d+ files/);
    // The status line is erased before the summary: the summary lines start clean.
    expect(result.screen).toMatch(new RegExp(`\\r${esc}\\[2K(${esc}\\[[\\d;]*m)?types +\\d+ written`));
    const piped = genInTerminal(dir, env, ["--only", "types,zod,sql"], "2>err.log");
    expect(readFileSync(join(dir, "err.log"), "utf8")).toBe("");
    expect(piped.screen).not.toContain("[1/3]");
    const quiet = genInTerminal(dir, env, ["--only", "types,zod,sql", "-q"]);
    expect(quiet.screen).toBe("");
  });
});
