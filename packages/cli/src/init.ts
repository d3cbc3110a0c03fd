import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, sep } from "node:path";
import { parseSchema } from "@cardinal/core";
import type { FlagValues } from "./args.js";
import { findSchemaPath, readSchemaFiles, SchemaNotFoundError } from "./find-schema.js";
import { configText, type InitChoices } from "./init-config.js";
import { type FileEntry, printReport } from "./json-report.js";
import { configFileNames } from "./load-config.js";
import type { Output } from "./output.js";
import { UsageError } from "./usage-error.js";

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

/** The schema in use (an example is written when there is none) and its datasource provider. */
function schemaOf(root: string, flag: string | undefined, files: FileEntry[]): { path: string; provider?: string } {
  try {
    const path = findSchemaPath(root, flag);
    const schemaFiles = readSchemaFiles(root, path);
    const parsed = parseSchema(schemaFiles);
    // An invalid schema still names its provider: read it from the text then.
    const provider =
      parsed.model?.datasource?.provider ??
      schemaFiles
        .map((f) => /datasource\s+\w+\s*\{[^}]*?\bprovider\s*=\s*"([^"]+)"/.exec(f.content)?.[1])
        .find(Boolean);
    return { path: relative(root, path).split(sep).join("/"), ...(provider ? { provider } : {}) };
  } catch (error) {
    if (!(error instanceof SchemaNotFoundError) || flag !== undefined) throw error;
  }
  mkdirSync(join(root, "prisma"), { recursive: true });
  writeFileSync(join(root, "prisma", "schema.prisma"), schemaTemplate);
  files.push({ path: "prisma/schema.prisma", change: "create" });
  return { path: "prisma/schema.prisma", provider: "postgresql" };
}

/** Adds `"gen": "gen"` to package.json's scripts (`--script`); a different `gen` script is left alone. */
function addScript(root: string, files: FileEntry[], say: (text: string) => void): void {
  const path = join(root, "package.json");
  if (!existsSync(path)) {
    say("no package.json here: --script added nothing");
    return;
  }
  const text = readFileSync(path, "utf8");
  const pkg = JSON.parse(text) as { scripts?: Record<string, string> };
  if (pkg.scripts?.gen !== undefined) {
    say(`package.json already has a "gen" script; left as it is`);
    return;
  }
  pkg.scripts = { ...pkg.scripts, gen: "gen" };
  const indent = /^[ \t]+/m.exec(text)?.[0] ?? "  ";
  writeFileSync(path, `${JSON.stringify(pkg, null, indent)}\n`);
  files.push({ path: "package.json", change: "update" });
  say('added the script "gen": "gen" to package.json (npm run gen)');
}

/**
 * `gen init`: an example schema if there is none, then a config for the schema's database (`dialects` from its
 * provider; no SQL on MongoDB) as `cardinal.config.ts` (type imports only: it loads without `@cardinal/cli`
 * installed) or `cardinal.config.json` (`--format json`); never overwrites one. `--script` adds a `gen` script.
 */
export function initProject(root: string, values: FlagValues, output: Output): number {
  const format = values.format ?? "ts";
  if (format !== "ts" && format !== "json")
    throw new UsageError(`--format: expected ts or json for gen init, received ${JSON.stringify(format)}.`, "--format");
  const files: FileEntry[] = [];
  const said: string[] = [];
  const say = (text: string) => said.push(text);
  const schema = schemaOf(root, values.schema, files);
  const existing = configFileNames.find((name) => existsSync(join(root, name)));
  if (existing) say(`${existing} already exists; left as it is`);
  else {
    const choices: InitChoices = { schema: schema.path, provider: schema.provider };
    const name = `cardinal.config.${format}`;
    writeFileSync(join(root, name), configText(format, choices));
    files.push({ path: name, change: "create" });
  }
  if (values.script) addScript(root, files, say);
  if (values.json) return printReport(output, { command: "init", exitCode: 0, files });
  if (values.quiet) return 0;
  for (const file of files) output.out(`wrote ${file.path}${file.path.startsWith("prisma/") ? " (an example)" : ""}`);
  for (const line of said) output.out(line);
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
