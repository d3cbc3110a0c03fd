import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pnpmCommand } from "./publish.js";
import { mustRun, type RunOptions, type RunResult, run } from "./run.js";

/** A fresh app folder outside the repository, installed with one package manager from the test registry. */
export interface TempApp {
  readonly dir: string;
  readonly manager: "npm" | "pnpm";
  readonly env: NodeJS.ProcessEnv;
}

/** One step of the fresh-app scenario; throws (with the command's output) when the app does not behave. */
export type AppStep = (app: TempApp) => Promise<void>;

/**
 * Makes an empty ES-module app in the system temp folder (no repository node_modules above it).
 * @example const app = createApp("pnpm", env);
 */
export function createApp(manager: TempApp["manager"], env: NodeJS.ProcessEnv): TempApp {
  const dir = mkdtempSync(join(tmpdir(), `cardinal-registry-${manager}-`));
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: `app-${manager}`, private: true, type: "module" })}\n`,
  );
  return { dir, manager, env };
}

const options = (app: TempApp, timeoutMs?: number): RunOptions =>
  timeoutMs === undefined ? { cwd: app.dir, env: app.env } : { cwd: app.dir, env: app.env, timeoutMs };

/**
 * Adds packages to the app with its package manager (`npm install` / `pnpm add`), as a user would.
 * @example await installInApp(app, ["@cardinal/cli", "zod@^4"]);
 */
export async function installInApp(app: TempApp, specs: readonly string[], dev = false): Promise<void> {
  if (app.manager === "npm") {
    await mustRun("npm", ["install", ...(dev ? ["-D"] : []), "--no-audit", "--no-fund", ...specs], options(app));
    return;
  }
  const [node, pnpm] = pnpmCommand();
  await mustRun(node, [pnpm, "add", ...(dev ? ["-D"] : []), "--reporter=append-only", ...specs], options(app));
}

/**
 * Runs a bin the app installed (node_modules/.bin/<name>) in the app folder; never throws for a non-zero exit.
 * @example const { code } = await runBin(app, "gen", ["check"]);
 */
export function runBin(app: TempApp, name: string, args: readonly string[]): Promise<RunResult> {
  return run(join(app.dir, "node_modules/.bin", name), args, options(app));
}

/** Writes a file in the app, making its folders. */
export function writeAppFile(app: TempApp, path: string, text: string): void {
  mkdirSync(join(app.dir, path, ".."), { recursive: true });
  writeFileSync(join(app.dir, path), text);
}
