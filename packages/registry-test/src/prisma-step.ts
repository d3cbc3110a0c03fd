import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type AppStep, installInApp, runBin, type TempApp, writeAppFile } from "./app.js";
import { appSchema } from "./app-schema.js";
import { pnpmCommand } from "./publish.js";
import { mustRun, type RunResult } from "./run.js";

/** The Prisma release the step installs from the registry's npmjs uplink (CLI and client alike). */
export const prismaVersion = "6.19.3";

/** The app schema as Prisma 6.19 wants it (a datasource `url`), with these generator blocks appended. */
const prismaSchema = (...blocks: string[]) =>
  [
    appSchema.replace('provider = "postgresql"\n', 'provider = "postgresql"\n  url      = env("DATABASE_URL")\n'),
    ...blocks,
  ].join("\n");

const clientBlock = 'generator client {\n  provider = "prisma-client"\n  output   = "../prisma-client"\n}\n';
const cardinalBlock = `generator cardinal {
  provider = "cardinal-generator"
  output   = "../cardinal"
  only     = "types,sql"
  dialects = "postgresql"
}
`;

/**
 * `npx prisma generate` (`pnpm exec` with pnpm) in the app, offline as TESTING.md describes: Prisma 6.19 insists on
 * a schema engine and a query engine library that cannot be downloaded here and that generate never runs, so a
 * no-op binary and an empty file stand in.
 */
function prismaGenerate(app: TempApp): Promise<RunResult> {
  const env = {
    ...app.env,
    PRISMA_SCHEMA_ENGINE_BINARY: "/bin/true",
    PRISMA_QUERY_ENGINE_LIBRARY: join(app.dir, "engine-stand-in/libquery_engine.so.node"),
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  };
  const options = { cwd: app.dir, env };
  if (app.manager === "npm") return mustRun("npx", ["--no-install", "prisma", "generate"], options);
  const [node, pnpm] = pnpmCommand();
  return mustRun(node, [pnpm, "exec", "prisma", "generate"], options);
}

/** Every file of the app outside node_modules, with its content. */
function appFiles(app: TempApp): Map<string, string> {
  const paths = readdirSync(app.dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !path.slice(app.dir.length).split("/").includes("node_modules"))
    .sort();
  return new Map(paths.map((path) => [path.slice(app.dir.length + 1), readFileSync(path, "utf8")]));
}

const cardinalFiles = (files: Map<string, string>) => [...files].filter(([path]) => path.startsWith("cardinal/"));

/**
 * Installs `prisma` and `@prisma/client` (without their install scripts: no engine download) and
 * `@cardinal/prisma-generator`; `prisma generate` on a schema with Prisma Client and Cardinal blocks writes both
 * outputs and `gen check` agrees with Cardinal's; after the Cardinal block is removed, `prisma generate` removes no
 * file and leaves Cardinal's byte-identical.
 */
export const prismaGenerateWithCardinal: AppStep = async (app) => {
  const noScripts: TempApp = { ...app, env: { ...app.env, npm_config_ignore_scripts: "true" } };
  await installInApp(noScripts, [`prisma@${prismaVersion}`, "@cardinal/prisma-generator"], true);
  await installInApp(noScripts, [`@prisma/client@${prismaVersion}`]);
  writeAppFile(app, "engine-stand-in/libquery_engine.so.node", "");
  writeAppFile(app, "prisma/schema.prisma", prismaSchema(clientBlock, cardinalBlock));

  const first = await prismaGenerate(app);
  const output = `${first.stdout}\n${first.stderr}`;
  if (!output.includes("Generated Cardinal")) throw new Error(`prisma generate did not run Cardinal:\n${output}`);
  const files = appFiles(app);
  for (const path of ["prisma-client/client.ts", "cardinal/.cardinal-manifest.json", "cardinal/sql/postgresql.sql"])
    if (!files.has(path)) throw new Error(`prisma generate wrote no ${path}:\n${output}`);
  if (!files.get("cardinal/sql/postgresql.sql")?.includes('CREATE TABLE "Post"'))
    throw new Error("Cardinal's SQL has no Post table");
  if (!cardinalFiles(files).some(([path]) => path.startsWith("cardinal/types/")))
    throw new Error("prisma generate wrote no Cardinal types");

  const check = await runBin(app, "gen", ["check"]);
  if (check.code !== 0 || !check.stdout.includes("up to date"))
    throw new Error(`gen check after prisma generate exited ${check.code}:\n${check.stdout}\n${check.stderr}`);

  writeAppFile(app, "prisma/schema.prisma", prismaSchema(clientBlock));
  const second = await prismaGenerate(app);
  if (`${second.stdout}${second.stderr}`.includes("Cardinal"))
    throw new Error(`prisma generate still ran Cardinal:\n${second.stdout}`);
  const after = appFiles(app);
  const removed = [...files.keys()].filter((path) => !after.has(path));
  if (removed.length > 0) throw new Error(`prisma generate without the Cardinal block removed ${removed.join(", ")}`);
  const changed = cardinalFiles(files).filter(([path, content]) => after.get(path) !== content);
  if (changed.length > 0) throw new Error(`Cardinal's files changed: ${changed.map(([path]) => path).join(", ")}`);
};
