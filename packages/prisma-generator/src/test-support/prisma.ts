import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";

const packageRoot = join(import.meta.dirname, "../..");
/** The built generator (`turbo run build --filter=@cardinal/prisma-generator` first). */
const generatorBin = join(packageRoot, "dist/bin.js");
/** The real Prisma CLI (6.19), a dev dependency of this package. */
const prismaBin = join(packageRoot, "node_modules/prisma/build/index.js");
/** The real Prisma 7 CLI, the `prisma7` dev dependency (an npm alias of an exact `prisma@7` release). */
const prisma7Bin = join(packageRoot, "node_modules/prisma7/build/index.js");
/** The built `gen` of @cardinal/cli. */
const genBin = join(packageRoot, "node_modules/@cardinal/cli/dist/bin.js");
const projects: string[] = [];

/**
 * A fresh project: a package.json, `node_modules/.bin/cardinal-generator` (a shim running the built generator, as
 * `npm install -D @cardinal/prisma-generator` links it) and a stand-in query engine file (see TESTING.md).
 */
export function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "cardinal-prisma-"));
  projects.push(dir);
  write(dir, "package.json", '{ "name": "app", "private": true }\n');
  write(dir, "node_modules/.bin/cardinal-generator", `#!/bin/sh\nexec "${process.execPath}" "${generatorBin}" "$@"\n`);
  chmodSync(join(dir, "node_modules/.bin/cardinal-generator"), 0o755);
  write(dir, "node_modules/.fake-engine/libquery_engine.so.node", "");
  return dir;
}

/** Removes every folder `project()` made (call in `afterEach`). */
export function removeProjects(): void {
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes a file below `dir`, making its folders. */
export function write(dir: string, path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

/**
 * Runs the real `prisma generate` offline in `dir`, as `npx prisma generate` would (the project's node_modules/.bin
 * first on PATH, where Prisma finds `cardinal-generator`). Prisma 6.19 insists on a schema engine and a query
 * engine library it cannot download here; generate uses neither, so stand-ins do (TESTING.md).
 */
export function prismaGenerate(dir: string, ...args: string[]) {
  return runPrisma(prismaBin, dir, args, {
    PRISMA_QUERY_ENGINE_LIBRARY: join(dir, "node_modules/.fake-engine/libquery_engine.so.node"),
  });
}

/**
 * `prismaGenerate` with the Prisma 7 CLI. Prisma 7's clients need no query engine library; the CLI still checks for
 * a schema engine before any command, so the same no-op stand-in does (TESTING.md).
 */
export function prisma7Generate(dir: string, ...args: string[]) {
  return runPrisma(prisma7Bin, dir, args, {});
}

function runPrisma(bin: string, dir: string, args: string[], engineEnv: NodeJS.ProcessEnv) {
  const result = spawnSync(process.execPath, [bin, "generate", ...args], {
    cwd: dir,
    encoding: "utf8",
    timeout: 120_000,
    env: {
      ...process.env,
      PATH: `${join(dir, "node_modules/.bin")}${delimiter}${process.env.PATH ?? ""}`,
      PRISMA_SCHEMA_ENGINE_BINARY: "/bin/true",
      ...engineEnv,
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      NO_COLOR: "1",
    },
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Runs the built `gen` in `dir`. */
export function gen(dir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [genBin, ...args], {
    cwd: dir,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A small valid schema for Prisma 6.19 (datasource `url` from the environment), with `blocks` appended. */
export const schema = (...blocks: string[]) =>
  [
    'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n',
    "model User {\n  id    Int    @id\n  posts Post[]\n}\n",
    "model Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n",
    ...blocks,
  ].join("\n");

/** The same schema as Prisma 7 wants it: no URL in the datasource (it belongs in prisma.config.ts). */
export const schema7 = (...blocks: string[]) => schema(...blocks).replace('  url      = env("DATABASE_URL")\n', "");

/** Prisma's own TypeScript client generator, into `client/`. */
export const clientBlock = 'generator client {\n  provider = "prisma-client"\n  output   = "../client"\n}\n';

/** A `generator cardinal` block with these lines. */
export const cardinalBlock = (...lines: string[]) =>
  `generator cardinal {\n  provider = "cardinal-generator"\n${lines.map((line) => `  ${line}\n`).join("")}}\n`;
