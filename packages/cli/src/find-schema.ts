import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { SchemaFile } from "@cardinal/core";

/** No schema where it was looked for: a usage problem (exit 2), said with every place tried. */
export class SchemaNotFoundError extends Error {
  override readonly name = "SchemaNotFoundError";
}

/**
 * The schema to read: the configured path, else `package.json` `prisma.schema`, else `prisma/schema.prisma`,
 * `prisma/schema/` (a folder of `.prisma` files, Prisma 6+), `schema.prisma`.
 */
export function findSchemaPath(root: string, configured: string | undefined): string {
  if (configured !== undefined) {
    const path = resolve(root, configured);
    if (!existsSync(path))
      throw new SchemaNotFoundError(
        `The schema ${configured} does not exist (from --schema or the config's \`schema\`).`,
      );
    return path;
  }
  const fromPackage = prismaSchemaOfPackage(root);
  const candidates = [...(fromPackage ? [fromPackage] : []), "prisma/schema.prisma", "prisma/schema", "schema.prisma"];
  const found = candidates.map((candidate) => resolve(root, candidate)).find((path) => existsSync(path));
  if (!found) {
    throw new SchemaNotFoundError(
      `No Prisma schema found. Looked for ${candidates.join(", ")} in ${root}. Pass --schema, or set \`schema\` in cardinal.config.ts.`,
    );
  }
  return found;
}

function prismaSchemaOfPackage(root: string): string | undefined {
  const path = join(root, "package.json");
  if (!existsSync(path)) return undefined;
  try {
    const schema = (JSON.parse(readFileSync(path, "utf8")) as { prisma?: { schema?: unknown } }).prisma?.schema;
    return typeof schema === "string" ? schema : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the schema: one file, or every `.prisma` file below a folder (sorted, paths relative to the root). */
export function readSchemaFiles(root: string, path: string): SchemaFile[] {
  const files = statSync(path).isDirectory() ? prismaFilesBelow(path) : [path];
  if (files.length === 0)
    throw new SchemaNotFoundError(`The folder ${relative(root, path) || "."} has no .prisma files.`);
  return files.map((file) => ({ path: relative(root, file) || file, content: readFileSync(file, "utf8") }));
}

function prismaFilesBelow(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".prisma"))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
