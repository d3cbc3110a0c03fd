#!/usr/bin/env node
// The README's two quick-start commands, on a machine that has only Node and npm.
// pnpm is bootstrapped from the npm registry through npx, pinned by `packageManager` in package.json.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const pnpmSpec = pkg.packageManager; // e.g. "pnpm@10.34.9"
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" };

/** Runs a command in the repository root; exits with its status when it fails. */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.error) {
    console.error(`dev: could not start ${command}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Runs the pinned pnpm (downloaded once into npm's cache by npx). */
function pnpm(...args) {
  run("npx", ["--yes", pnpmSpec, ...args]);
}

function install() {
  pnpm("install", "--frozen-lockfile", "--reporter=append-only");
}

/** Builds every package (and the playground unless `withPlayground` is false: the example does not need it). */
function build(withPlayground = true) {
  const filter = withPlayground ? [] : ["--filter=!playground"];
  pnpm("exec", "turbo", "run", "build", "--output-logs=errors-only", ...filter);
}

/**
 * `changeset status` over every changeset in the repository: by default it reads only the changesets added since
 * `main`, none on main itself, so it is given the first commit instead. Fails on a malformed changeset.
 */
function changesetStatus() {
  const first = spawnSync("git", ["rev-list", "--max-parents=0", "HEAD"], { cwd: root, encoding: "utf8" });
  const since = first.status === 0 ? first.stdout.trim().split("\n")[0] : undefined;
  pnpm("exec", "changeset", "status", ...(since ? [`--since=${since}`] : []));
}

const steps = {
  example() {
    install();
    build(false);
    pnpm("run", "--silent", "example:run");
  },
  test() {
    install();
    build();
    pnpm("exec", "turbo", "run", "typecheck", "--output-logs=errors-only");
    pnpm("exec", "biome", "check", ".");
    changesetStatus();
    pnpm("exec", "vitest", "run");
  },
  /** Any pnpm command with the pinned version: `node scripts/dev.mjs pnpm add -D x`. */
  pnpm() {
    pnpm(...process.argv.slice(3));
  },
};

const step = steps[process.argv[2] ?? ""];
if (!step) {
  console.error(`usage: node scripts/dev.mjs ${Object.keys(steps).join("|")}`);
  process.exit(2);
}
step();
