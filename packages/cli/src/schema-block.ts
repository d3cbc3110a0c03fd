import { type GeneratorConfig, parseSchema, type SchemaFile } from "@cardinal/core";
import { findSchemaPath, readSchemaFiles, SchemaNotFoundError } from "./find-schema.js";

/**
 * Whether a generator block's provider runs Cardinal: `cardinal-generator`, a command ending in it
 * (`npx cardinal-generator`, `./node_modules/.bin/cardinal-generator`), or one naming the package
 * (`node node_modules/@cardinal/prisma-generator/dist/bin.js`).
 */
export function isCardinalProvider(provider: string | undefined): boolean {
  if (provider === undefined) return false;
  const last = provider.trim().split(/\s+/).at(-1) ?? "";
  return (
    last === "cardinal-generator" ||
    last.endsWith("/cardinal-generator") ||
    provider.includes("@cardinal/prisma-generator")
  );
}

/** A schema that has two Cardinal generator blocks: `gen` reads one (exit 2). */
export class TwoBlocksError extends Error {
  override readonly name = "TwoBlocksError";
}

const mentionsCardinal = /cardinal-generator|@cardinal\/prisma-generator/;

/**
 * Cardinal's generator block in the schema files: the one called `name` (what Prisma runs), else the only block whose
 * provider runs Cardinal. Schemas that never mention Cardinal's generator are not parsed here.
 */
export function findCardinalBlock(files: readonly SchemaFile[], name?: string): GeneratorConfig | undefined {
  if (name === undefined && !files.some((file) => mentionsCardinal.test(file.content))) return undefined;
  const generators = parseSchema(files).model.generators;
  if (name !== undefined) return generators.find((generator) => generator.name === name);
  const blocks = generators.filter((generator) => isCardinalProvider(generator.provider));
  if (blocks.length > 1) {
    const where = blocks.map((b) => `${b.name} (${b.location.file}:${b.location.range.start.line + 1})`);
    throw new TwoBlocksError(
      `the schema has ${blocks.length} generator blocks running cardinal-generator: ${where.join(", ")}; gen reads its options from one: keep one`,
    );
  }
  return blocks[0];
}

/**
 * The project's Cardinal block, read from the schema gen would use; undefined when there is none or no schema yet
 * (that is said later, when the schema is read to generate).
 */
export function readProjectBlock(root: string, schema: string | undefined, name?: string): GeneratorConfig | undefined {
  try {
    return findCardinalBlock(readSchemaFiles(root, findSchemaPath(root, schema)), name);
  } catch (error) {
    if (error instanceof SchemaNotFoundError) return undefined;
    throw error;
  }
}
