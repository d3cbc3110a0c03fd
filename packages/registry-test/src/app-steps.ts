import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { type AppStep, installInApp, runBin, writeAppFile } from "./app.js";
import { appSchema } from "./app-schema.js";
import { prismaGenerateWithCardinal } from "./prisma-step.js";
import { mustRun } from "./run.js";

export type { AppStep };

/** `npm install -D @cardinal/cli` (and zod for the generated code), then `gen` and `gen check` on the schema. */
export const generateAndCheck: AppStep = async (app) => {
  await installInApp(app, ["@cardinal/cli"], true);
  await installInApp(app, ["zod@^4"]);
  writeAppFile(app, "prisma/schema.prisma", appSchema);
  const generated = await runBin(app, "gen", []);
  if (generated.code !== 0) throw new Error(`gen exited ${generated.code}:\n${generated.stdout}\n${generated.stderr}`);
  for (const folder of ["types", "zod", "mermaid", "sql"])
    if (readdirSync(join(app.dir, "generated", folder)).length === 0) throw new Error(`gen wrote no ${folder} files`);
  const check = await runBin(app, "gen", ["check"]);
  if (check.code !== 0 || !check.stdout.includes("up to date"))
    throw new Error(`gen check exited ${check.code}:\n${check.stdout}\n${check.stderr}`);
};

const allPackages = ["core", "gen-sql", "gen-types", "gen-zod", "gen-mermaid", "cli"].map(
  (name) => `@cardinal/${name}`,
);

/** A module that uses every package's types and the generated output: zod's inference must give gen-types' type. */
const esmConsumer = `import { parseSchema, type SchemaModel } from "@cardinal/core";
import { defineConfig, generate } from "@cardinal/cli";
import { generateMermaid } from "@cardinal/gen-mermaid";
import { renderMermaid } from "@cardinal/gen-mermaid/render";
import { generateSql } from "@cardinal/gen-sql";
import { generateTypes } from "@cardinal/gen-types";
import { generateZod } from "@cardinal/gen-zod";
import type { User } from "./generated/types/index.js";
import { UserSchema } from "./generated/zod/index.js";

const model: SchemaModel = parseSchema([{ path: "schema.prisma", content: "" }]).model;
export const counts: number[] = [generateSql(model), generateTypes(model), generateZod(model), generateMermaid(model)].map(
  (result) => result.files.length,
);
export const config = defineConfig({ schema: "prisma/schema.prisma" });
export const user: User = UserSchema.parse({ id: 1, email: "a@b.c", role: "USER" });
export { generate, renderMermaid };
`;

/** The same from a CommonJS TypeScript file: \`import\` becomes \`require\`, so the require types must be CommonJS. */
const cjsConsumer = esmConsumer
  .split("\n")
  .filter((line) => !line.includes("./generated/") && !line.includes("user: User"))
  .join("\n");

const tsconfig = (module: string, resolution: string, files: readonly string[]) =>
  `${JSON.stringify({
    compilerOptions: {
      module,
      moduleResolution: resolution,
      target: "ES2022",
      lib: ["ES2023"],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
    include: ["generated/**/*.ts", ...files],
  })}\n`;

/** The generated TypeScript and zod output, and code importing every package, compiled under NodeNext, Node16, Bundler. */
export const compileGenerated: AppStep = async (app) => {
  await installInApp(
    app,
    allPackages.filter((name) => name !== "@cardinal/cli"),
  );
  writeAppFile(app, "consumer.ts", esmConsumer);
  writeAppFile(app, "consumer-cjs.cts", cjsConsumer);
  writeAppFile(app, "tsconfig.nodenext.json", tsconfig("NodeNext", "NodeNext", ["consumer.ts", "consumer-cjs.cts"]));
  writeAppFile(app, "tsconfig.node16.json", tsconfig("Node16", "Node16", ["consumer.ts", "consumer-cjs.cts"]));
  writeAppFile(app, "tsconfig.bundler.json", tsconfig("Preserve", "Bundler", ["consumer.ts"]));
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  for (const variant of ["nodenext", "node16", "bundler"])
    await mustRun(process.execPath, [tsc, "-p", `tsconfig.${variant}.json`], { cwd: app.dir, env: app.env });
};

const runtimeCheck = (load: (name: string) => string) => `const fs = ${load("node:fs")};
const { parseSchema } = ${load("@cardinal/core")};
const { defineConfig, generate } = ${load("@cardinal/cli")};
const { generateMermaid } = ${load("@cardinal/gen-mermaid")};
const { renderMermaid } = ${load("@cardinal/gen-mermaid/render")};
const { generateSql } = ${load("@cardinal/gen-sql")};
const { generateTypes } = ${load("@cardinal/gen-types")};
const { generateZod } = ${load("@cardinal/gen-zod")};
const content = fs.readFileSync("prisma/schema.prisma", "utf8");
const { model, valid } = parseSchema([{ path: "prisma/schema.prisma", content }]);
const files = (result) => result.files.map((file) => file.path + ":" + file.content.length).join(",");
Promise.resolve(generate(defineConfig({ schema: "prisma/schema.prisma" }))).then((result) => {
  console.log(JSON.stringify({
    valid, render: typeof renderMermaid, sql: files(generateSql(model, { dialects: ["postgresql"] })),
    types: files(generateTypes(model)), zod: files(generateZod(model)), mermaid: files(generateMermaid(model)),
    generate: result.outputs.map((output) => output.generator + ":" + output.files.length),
  }));
});
`;

/**
 * Loads every package at run time from an ES module (`import`) and from CommonJS (`require`) and runs each
 * generator and `generate()` through both: the two flavours must give the same files.
 */
export const importEveryPackage: AppStep = async (app) => {
  const esm = (name: string) => `await import(${JSON.stringify(name)})`;
  writeAppFile(app, "check.mjs", runtimeCheck(esm));
  const cjs = (name: string) => `require(${JSON.stringify(name)})`;
  writeAppFile(app, "check.cjs", runtimeCheck(cjs));
  const env = { cwd: app.dir, env: app.env };
  const fromEsm = (await mustRun(process.execPath, ["check.mjs"], env)).stdout;
  const fromCjs = (await mustRun(process.execPath, ["check.cjs"], env)).stdout;
  const parsed = JSON.parse(fromEsm) as { valid: boolean; render: string; generate: string[] };
  if (!parsed.valid || parsed.render !== "function" || parsed.generate.length !== 4)
    throw new Error(`unexpected result from the ES module check: ${fromEsm}`);
  if (fromCjs !== fromEsm) throw new Error(`CommonJS and ESM differ:\n${fromCjs}\n${fromEsm}`);
};

/**
 * The steps every fresh app goes through, in order. A step for another package (the Prisma generator's
 * `prisma generate` with a `generator cardinal` block) is an `AppStep` added to this list; `installInApp` and
 * `runBin` install and run it the way the app's package manager does.
 */
export const appSteps: readonly AppStep[] = [
  generateAndCheck,
  compileGenerated,
  importEveryPackage,
  prismaGenerateWithCardinal,
];

/** The version the registry serves of a published package (to check a one-off `npx` run). */
export function publishedVersion(repoRoot: string, name: string): string {
  return (JSON.parse(readFileSync(join(repoRoot, "packages", name, "package.json"), "utf8")) as { version: string })
    .version;
}
