import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** One file of a realistic schema, its path relative to the schema's folder. */
export interface RealisticSchemaFile {
  readonly path: string;
  readonly content: string;
}

/** One large, production-style schema of `packages/testing/realistic/<name>/` (one file or a multi-file folder). */
export interface RealisticSchema {
  /** The folder name, e.g. `workspace-postgres`. */
  readonly name: string;
  /** The datasource provider, e.g. `postgresql`, `mysql`, `sqlite`, `mongodb`. */
  readonly provider: string;
  /** The folder's `.prisma` files sorted by path, `schema.prisma` (the one with the datasource) first. */
  readonly files: readonly RealisticSchemaFile[];
}

/** The bundled realistic schemas' folder (`packages/testing/realistic`). */
const bundledDirectory = join(dirname(fileURLToPath(import.meta.url)), "..", "realistic");

/**
 * The folder holding the realistic schemas: `packages/testing/realistic`, or the folder named by the environment
 * variable `CARDINAL_REALISTIC_DIR` (one subfolder per schema, laid out the same way), to run the realistic suite on
 * other schemas, e.g. your own project's: `CARDINAL_REALISTIC_DIR=~/my-schemas npx vitest run packages/realistic`.
 */
export const realisticDirectory = process.env.CARDINAL_REALISTIC_DIR
  ? resolve(process.env.CARDINAL_REALISTIC_DIR)
  : bundledDirectory;

/**
 * True when the realistic schemas are the bundled ones (no `CARDINAL_REALISTIC_DIR`): the suite's checks of its own
 * coverage (how many schemas, of which providers) apply only to them.
 */
export const realisticIsBundled = realisticDirectory === bundledDirectory;

const providerPattern = /datasource\s+\w+\s*\{[^}]*?\bprovider\s*=\s*"([^"]+)"/;

function readSchemaFolder(name: string): RealisticSchema {
  const folder = join(realisticDirectory, name);
  const files = readdirSync(folder)
    .filter((file) => file.endsWith(".prisma"))
    .sort((a, b) => (a === "schema.prisma" ? -1 : b === "schema.prisma" ? 1 : a < b ? -1 : a > b ? 1 : 0))
    .map((path) => ({ path, content: readFileSync(join(folder, path), "utf8") }));
  const provider = files.map((file) => providerPattern.exec(file.content)?.[1]).find((found) => found !== undefined);
  if (!provider) throw new Error(`realistic schema ${name} has no datasource provider`);
  return { name, provider, files };
}

/**
 * Every realistic schema (large SaaS-style schemas of 30+ models, see `realistic/README.md`), sorted by name.
 * @example
 * for (const { name, provider, files } of loadRealisticSchemas()) parseSchema(files);
 */
export function loadRealisticSchemas(): RealisticSchema[] {
  return readdirSync(realisticDirectory)
    .filter((entry) => statSync(join(realisticDirectory, entry)).isDirectory())
    .sort()
    .map(readSchemaFolder);
}
