#!/usr/bin/env node
// Benchmark: what a user installs and waits for. Packs every public package (pnpm pack, as a release publishes
// them), installs `@cardinal/cli` from those tarballs into a fresh app outside the repository with npm, and
// measures the installed size (du -sk node_modules) and cold `gen --only sql` runs on the bundled example with a
// JSON config and with a TypeScript config (user+sys CPU and wall time, median of 5, from /usr/bin/time).
// Needs the packages built. Writes bench/results/install.md and the README section between bench:install markers.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { median, writeReport } from "./report.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const publicPackages = ["core", "gen-sql", "gen-types", "gen-zod", "gen-mermaid", "cli"];
const pnpmSpec = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).packageManager;
const quiet = { stdio: ["ignore", "ignore", "inherit"] };

const work = mkdtempSync(join(tmpdir(), "cardinal-bench-install-"));
const tarballs = join(work, "tarballs");
for (const name of publicPackages)
  execFileSync("npx", ["--yes", pnpmSpec, "pack", "--pack-destination", tarballs], {
    cwd: join(root, "packages", name),
    ...quiet,
  });
const app = join(work, "app");
cpSync(join(root, "examples/blog/schema.prisma"), join(app, "schema.prisma"));
writeFileSync(join(app, "package.json"), '{ "name": "bench-app", "private": true }\n');
const files = readdirSync(tarballs).map((file) => join(tarballs, file));
execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...files], { cwd: app, ...quiet });
const kilobytes = Number(execFileSync("du", ["-sk", "node_modules"], { cwd: app, encoding: "utf8" }).split("\t")[0]);
const packages = execFileSync("npm", ["ls", "--all", "--parseable"], { cwd: app, encoding: "utf8" })
  .trim()
  .split("\n").length;

/** Median wall, user+sys seconds of five cold `gen --only sql` processes, the output removed before each. */
function coldRuns() {
  const samples = [];
  for (let i = 0; i < 5; i++) {
    rmSync(join(app, "generated"), { recursive: true, force: true });
    const timeFile = join(work, "time.txt");
    execFileSync(
      "/usr/bin/time",
      ["-o", timeFile, "-f", "%e %U %S", "node_modules/.bin/gen", "--only", "sql", "--quiet"],
      {
        cwd: app,
        stdio: "inherit",
      },
    );
    const [wall, user, sys] = readFileSync(timeFile, "utf8").trim().split("\n").at(-1).split(" ").map(Number);
    samples.push({ wall, cpu: user + sys });
  }
  return { wall: median(samples.map((s) => s.wall)), cpu: median(samples.map((s) => s.cpu)) };
}

const config = JSON.parse(readFileSync(join(root, "examples/blog/cardinal.config.json"), "utf8"));
writeFileSync(join(app, "cardinal.config.json"), JSON.stringify(config));
const json = coldRuns();
rmSync(join(app, "cardinal.config.json"));
writeFileSync(
  join(app, "cardinal.config.ts"),
  `import { defineConfig } from "@cardinal/cli";\n\nexport default defineConfig(${JSON.stringify(config)});\n`,
);
const ts = coldRuns();
rmSync(work, { recursive: true, force: true });

const seconds = (value) => `${value.toFixed(2)} s`;
console.log(
  `install: ${(kilobytes / 1024).toFixed(1)} MB, ${packages} packages; gen --only sql: json config ${seconds(json.wall)} wall ${seconds(json.cpu)} CPU, ts config ${seconds(ts.wall)} wall ${seconds(ts.cpu)} CPU`,
);
const table = [
  "| `npm install -D @cardinal/cli` | cold `gen --only sql`, JSON config | cold `gen --only sql`, `cardinal.config.ts` |",
  "| --- | ---: | ---: |",
  `| ${(kilobytes / 1024).toFixed(1)} MB in node_modules, ${packages - 1} packages | ${seconds(json.wall)} wall, ${seconds(json.cpu)} CPU | ${seconds(ts.wall)} wall, ${seconds(ts.cpu)} CPU |`,
].join("\n");
const note = `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, \`node bench/install.mjs\`; the bundled example, median of 5; CPU is user+sys.`;
writeReport("install", table, note);
