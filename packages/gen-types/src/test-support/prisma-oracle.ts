import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseSchema, type SchemaModel } from "@cardinal/core";
import { typecheckProject } from "@cardinal/testing";
import { generateTypes } from "../generate-types.js";

/** The gen-types package folder: oracle projects live below it so `@prisma/client` and `zod` resolve. */
export const packageRoot = join(import.meta.dirname, "../..");
const prismaBin = join(packageRoot, "node_modules/prisma/build/index.js");

/** One `.prisma` file of a schema. */
export interface SchemaText {
  readonly path: string;
  readonly content: string;
}

/**
 * The schema as Prisma 6.19 generates a client from it: own generator blocks removed, Prisma's JS client into
 * `prisma/`, and a datasource `url` (6.19 requires one; generate never connects).
 */
export function oracleSchema(files: readonly SchemaText[], output: string): SchemaText[] {
  const withoutGenerators = files.map((file) => ({
    path: file.path,
    // Prisma copies doc comments into its .d.ts as they are: a star-slash in one ends its comment early.
    content: file.content
      .replace(/^(\s*\/\/\/.*)$/gm, (line) => line.replaceAll("*/", "* /"))
      .replace(/^generator\s+\w+\s*\{[^}]*\}/gm, "")
      .replace(/(datasource\s+\w+\s*\{)([^}]*)\}/, (_all, head: string, body: string) =>
        /\burl\s*=/.test(body) ? `${head}${body}}` : `${head}${body}  url = env("DATABASE_URL")\n}`,
      ),
  }));
  const preview = files.map((file) => /previewFeatures\s*=\s*(\[[^\]]*\])/.exec(file.content)?.[1]).find(Boolean);
  const features = preview === undefined ? "" : `  previewFeatures = ${preview}\n`;
  const generator = `\ngenerator client {\n  provider = "prisma-client-js"\n  output   = "${output}"\n${features}}\n`;
  const [first, ...rest] = withoutGenerators;
  return first === undefined ? [] : [{ path: first.path, content: first.content + generator }, ...rest];
}

/** Writes a file, making its folders. */
export function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Runs the real `prisma generate` (6.19) offline on `schemaPath` (a file or a folder of files). */
export function prismaGenerate(dir: string, schemaPath: string): { code: number | null; output: string } {
  write(join(dir, "fake-engine/libquery_engine.so.node"), "");
  const result = spawnSync(process.execPath, [prismaBin, "generate", "--schema", schemaPath], {
    cwd: dir,
    encoding: "utf8",
    timeout: 300_000,
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: "/bin/true",
      PRISMA_QUERY_ENGINE_LIBRARY: join(dir, "fake-engine/libquery_engine.so.node"),
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      PRISMA_GENERATE_SKIP_AUTOINSTALL: "1",
      NO_COLOR: "1",
    },
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

/**
 * A project in `dir/src/<name>/`: Prisma's client in `prisma/`, Cardinal's in `cardinal/`. Returns the model, or
 * the generate output when Prisma failed.
 */
export function oracleProject(dir: string, name: string, files: readonly SchemaText[]): SchemaModel {
  const base = join(dir, "src", name);
  for (const file of oracleSchema(files, join(base, "prisma"))) write(join(base, "schema", file.path), file.content);
  const generated = prismaGenerate(dir, join(base, "schema"));
  if (generated.code !== 0) throw new Error(`prisma generate failed for ${name}:\n${generated.output}`);
  const parsed = parseSchema(files.map((file) => ({ path: file.path, content: file.content })));
  for (const file of generateTypes(parsed.model, {}).files) write(join(base, "cardinal", file.path), file.content);
  return parsed.model;
}

/** Type-checks the project (Prisma's generated code included, so library checks are skipped). */
export function typecheckOracle(dir: string): string {
  return typecheckProject(dir, "bundler", {
    compilerOptions: {
      skipLibCheck: true,
      noUnusedLocals: false,
      noUnusedParameters: false,
      exactOptionalPropertyTypes: false,
      verbatimModuleSyntax: false,
      isolatedModules: false,
      lib: ["ES2022", "DOM"],
      types: ["node"],
      allowJs: false,
    },
    exclude: ["src/*/prisma/**"],
  });
}
