import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { configFileNames } from "./load-config.js";
import type { Output } from "./output.js";

const configTemplate = `import { defineConfig } from "@cardinal/cli";

// Cardinal's configuration. Every key is optional; flags (gen --help) override it.
export default defineConfig({
  // The Prisma schema: a file, or a folder of .prisma files.
  // Default: package.json "prisma.schema", else prisma/schema.prisma, prisma/schema/, schema.prisma.
  schema: "prisma/schema.prisma",

  // Where generated files go: one subfolder per generator (types/, zod/, mermaid/, sql/).
  output: "generated",

  generators: {
    // TypeScript types and a typed client stub.
    types: { layout: "per-model", dateTime: "Date", decimal: "string" },
    // zod 4 schemas that infer exactly the types above (add \`/// @zod .email()\` to a field for more checks).
    zod: { layout: "per-model", dateTime: "date", decimal: "string" },
    // Mermaid ER diagrams (.mmd and a markdown file for GitHub).
    mermaid: { direction: "TB", enums: "entities" },
    // SQL DDL; dialects default to the datasource's provider.
    sql: { dialects: ["postgresql"], comments: true },
  },
});
`;

const schemaTemplate = `// An example schema written by \`gen init\`: replace it with your own.
datasource db {
  provider = "postgresql"
}

model User {
  id      Int      @id @default(autoincrement())
  email   String   @unique
  profile Profile?
  posts   Post[]
}

model Profile {
  id     Int    @id @default(autoincrement())
  bio    String
  userId Int    @unique
  user   User   @relation(fields: [userId], references: [id])
}

model Post {
  id       Int    @id @default(autoincrement())
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}
`;

/** `gen init`: a commented config (never overwriting one) and, if there is no schema, an example one. */
export function initProject(root: string, output: Output): number {
  const existing = configFileNames.find((name) => existsSync(join(root, name)));
  if (existing) output.out(`${existing} already exists; left as it is`);
  else {
    writeFileSync(join(root, "cardinal.config.ts"), configTemplate);
    output.out("wrote cardinal.config.ts");
  }
  const schemaPath = join(root, "prisma", "schema.prisma");
  if (
    !existsSync(schemaPath) &&
    !existsSync(join(root, "prisma", "schema")) &&
    !existsSync(join(root, "schema.prisma"))
  ) {
    mkdirSync(join(root, "prisma"), { recursive: true });
    writeFileSync(schemaPath, schemaTemplate);
    output.out("wrote prisma/schema.prisma (an example)");
  }
  output.out(nextStep(root));
  return 0;
}

/**
 * What to run next. A bare `npx gen` is only suggested when the project resolves `@cardinal/cli`: elsewhere (init run
 * through `npx @cardinal/cli init`), npx would fetch and run an unrelated registry package named `gen`.
 */
function nextStep(root: string): string {
  try {
    createRequire(join(root, "package.json")).resolve("@cardinal/cli/package.json");
    return 'next: npx gen (or a package.json script: "generate": "gen")';
  } catch {
    return "next: npm install -D @cardinal/cli, then npx gen (npx @cardinal/cli runs it once without installing)";
  }
}
