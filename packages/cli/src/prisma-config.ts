import { existsSync } from "node:fs";
import { dirname, extname, join, relative, resolve } from "node:path";
import { describeValue } from "./config-values.js";
import { ConfigLoadError, loadConfigFile } from "./load-config.js";

/** Prisma's config file names (Prisma 6.19 and 7), looked for in the project folder in this order. */
export const prismaConfigNames = [
  "prisma.config.ts",
  "prisma.config.mts",
  "prisma.config.cts",
  "prisma.config.js",
  "prisma.config.mjs",
  "prisma.config.cjs",
];

/** The module `prisma/config`, `@prisma/config` and `dotenv/config` resolve to inside a Prisma config. */
const shim = join(import.meta.dirname, `prisma-config-shim${extname(import.meta.filename)}`);
const aliases = { "prisma/config": shim, "@prisma/config": shim, "dotenv/config": shim };

/** The Prisma config file in a folder, if there is one. */
export function findPrismaConfig(root: string): string | undefined {
  return prismaConfigNames.map((name) => join(root, name)).find((path) => existsSync(path));
}

/**
 * The schema a `prisma.config.ts` names (`export default defineConfig({ schema: "db/schema.prisma" })`), relative
 * to the project folder; undefined when there is no Prisma config or it names none. The config is evaluated with
 * jiti like Cardinal's own, `prisma/config` standing in for itself (an identity `defineConfig`, an `env()` that
 * never throws), so Prisma need not be installed.
 */
export async function prismaConfigSchema(root: string): Promise<{ schema: string; file: string } | undefined> {
  const file = findPrismaConfig(root);
  if (file === undefined) return undefined;
  const { value } = await loadConfigFile(file, root, aliases);
  const schema = (value as { schema?: unknown }).schema;
  if (schema === undefined) return undefined;
  if (typeof schema !== "string" || schema.trim() === "")
    throw new ConfigLoadError(
      `${relative(root, file)}: schema: expected a path (string), received ${describeValue(schema)}`,
      [file],
    );
  return { schema: relative(root, resolve(dirname(file), schema)) || ".", file };
}
