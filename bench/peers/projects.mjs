// The folders the side-by-side benchmark works in, one per schema size, below bench/.work/ (git-ignored) so that
// generated TypeScript resolves `zod`, `@prisma/client` and `@types/node` from the bench's and the repository's
// node_modules, as it would in a user's project.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { generateSchema } from "../generate-schema.mjs";

/** bench/.work */
export const workRoot = join(import.meta.dirname, "..", ".work");

/** Writes a file, making its folders. */
export function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/**
 * A fresh folder for one size: `cardinal/` (schema.prisma without a URL, as Prisma 7 and Cardinal take it, and a
 * cardinal.config.json with the four generators, PostgreSQL only) and `prisma/` (the same schema with
 * `url = env("DATABASE_URL")`, as Prisma 6.19's CLI requires, and a stand-in query engine file).
 */
export function makeProjects(size) {
  const dir = join(workRoot, String(size));
  rmSync(dir, { recursive: true, force: true });
  const schema = generateSchema(size);
  const cardinal = join(dir, "cardinal");
  write(join(cardinal, "schema.prisma"), schema);
  const config = {
    schema: "schema.prisma",
    output: "generated",
    generators: { types: {}, zod: {}, mermaid: {}, sql: {} },
  };
  write(join(cardinal, "cardinal.config.json"), `${JSON.stringify(config, null, 2)}\n`);
  write(join(cardinal, "package.json"), '{ "name": "bench-cardinal", "private": true }\n');
  const prisma = join(dir, "prisma");
  const schema619 = schema.replace(
    'provider = "postgresql"\n',
    'provider = "postgresql"\n  url      = env("DATABASE_URL")\n',
  );
  write(join(prisma, "base.prisma"), schema619);
  // As in a user's project (zod-prisma-types reads the installed zod's major version from `dependencies`).
  const dependencies = { "@prisma/client": "6.19.3", zod: "4.6.7" };
  write(join(prisma, "package.json"), `${JSON.stringify({ name: "bench-prisma", private: true, dependencies })}\n`);
  write(join(prisma, "fake-engine/libquery_engine.so.node"), "");
  return { dir, cardinal, prisma, schema, schema619 };
}

/**
 * A copy of a size's Cardinal project whose schema is a folder of `parts` files (the datasource and the models split
 * in declaration order), as large Prisma schemas usually are: `cardinal-folder/` beside `cardinal/`.
 */
export function makeFolderProject(dir, schema, parts = 20) {
  const project = join(dir, "cardinal-folder");
  const blocks = schema.split(/\n(?=model |enum )/);
  const per = Math.ceil(blocks.length / parts);
  for (let i = 0; i < parts; i++)
    write(
      join(project, "schema", `part${String(i).padStart(2, "0")}.prisma`),
      `${blocks.slice(i * per, (i + 1) * per).join("\n")}\n`,
    );
  const config = { schema: "schema", output: "generated", generators: { types: {}, zod: {}, mermaid: {}, sql: {} } };
  write(join(project, "cardinal.config.json"), `${JSON.stringify(config, null, 2)}\n`);
  write(join(project, "package.json"), '{ "name": "bench-cardinal-folder", "private": true }\n');
  return project;
}
