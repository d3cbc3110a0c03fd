import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { configFileNames } from "./load-config.js";
import { prismaConfigNames } from "./prisma-config.js";

/** What makes a folder a project: a config (Cardinal's or Prisma's), a package.json, or a schema where Prisma looks. */
const markers = [
  ...configFileNames,
  ...prismaConfigNames,
  "package.json",
  "prisma/schema.prisma",
  "prisma/schema",
  "schema.prisma",
];

/**
 * The project folder `gen` works in: the current folder when it holds a config, a package.json or a schema,
 * else the nearest folder above that does (so `gen` run in `src/` finds the project's `prisma/schema.prisma`), else
 * the current folder. A package.json ends the search, as it ends Prisma's search for `prisma.schema`: `gen` never
 * leaves a package for the workspace around it.
 */
export function findProjectRoot(cwd: string): string {
  for (let folder = cwd; ; folder = dirname(folder)) {
    if (markers.some((marker) => existsSync(join(folder, marker)))) return folder;
    if (dirname(folder) === folder) return cwd;
  }
}
