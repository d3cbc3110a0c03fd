import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** The built binary the end-to-end tests run (`pnpm turbo run build --filter=@cardinal/cli` first). */
export const bin = join(import.meta.dirname, "../../dist/bin.js");
const packageRoot = join(import.meta.dirname, "../..");
const projects: string[] = [];

/** A fresh project folder where `@cardinal/cli` resolves (as after `npm install -D @cardinal/cli`). */
export function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "cardinal-cli-"));
  projects.push(dir);
  mkdirSync(join(dir, "node_modules/@cardinal"), { recursive: true });
  symlinkSync(packageRoot, join(dir, "node_modules/@cardinal/cli"), "dir");
  return dir;
}

/** Removes every folder `project()` made (call in `afterEach`). */
export function removeProjects(): void {
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The environment `gen` runs in: no colour, whatever the test runner set (vitest may set FORCE_COLOR). */
export function plainEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // NODE_PATH: pnpm's bin shims (vitest's) point it into the workspace, so a project would find packages it lacks.
  const { FORCE_COLOR: _force, NODE_PATH: _path, ...env } = process.env;
  return { ...env, NO_COLOR: "1", ...extra };
}

/** Runs the built `gen` to completion. */
export function gen(cwd: string, ...args: string[]) {
  return genWith(cwd, plainEnv(), ...args);
}

/** Runs the built `gen` to completion in the environment given. */
export function genWith(cwd: string, env: NodeJS.ProcessEnv, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A small valid PostgreSQL schema, with `extra` appended. */
export const schema = (extra = "") =>
  `datasource db {\n  provider = "postgresql"\n}\n\nmodel User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n${extra}`;

/** Writes a file below `dir`, making its folders. */
export function write(dir: string, path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

/** A running `gen watch`: its output so far, a bounded wait for a pattern, and a stop that always ends it. */
export interface WatchProcess {
  readonly child: ChildProcess;
  /** Everything printed on stdout and stderr so far, in order. */
  output(): string;
  /** Resolves once `pattern` matches the output printed after `from` (a position in `output()`); fails after `ms`. */
  waitFor(pattern: RegExp | string, options?: { from?: number; ms?: number }): Promise<void>;
  /** Sends SIGTERM, then SIGKILL if it has not ended within 5 s. */
  stop(): Promise<void>;
}

/** Starts `gen watch` with `args` in `cwd`. */
export function startWatch(cwd: string, ...args: string[]): WatchProcess {
  const child = spawn(process.execPath, [bin, "watch", ...args], { cwd, env: plainEnv() });
  let text = "";
  const append = (chunk: Buffer) => {
    text += chunk.toString();
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  return {
    child,
    output: () => text,
    async waitFor(pattern, { from = 0, ms = 30_000 } = {}) {
      const matches = () =>
        typeof pattern === "string" ? text.slice(from).includes(pattern) : pattern.test(text.slice(from));
      const deadline = Date.now() + ms;
      while (!matches()) {
        if (Date.now() > deadline || child.exitCode !== null)
          throw new Error(`gen watch did not print ${String(pattern)} in ${ms} ms; it printed:\n${text}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
