import { createRequire } from "node:module";
import { type PrismaLintItem, prismaVerdict, type RealisticSchemaFile } from "@cardinal/testing";

interface PrismaSchemaWasm {
  validate(params: string): void;
  lint(input: string): string;
}

type Pairs = readonly (readonly [string, string])[];

/** One oracle's answer: valid or not, and its error texts. */
export interface OracleAnswer {
  readonly valid: boolean;
  readonly errors: readonly string[];
}

/** Both oracles' answers and the union rule's verdict. */
export interface UnionVerdict {
  readonly prisma6: OracleAnswer;
  readonly prisma7: OracleAnswer;
  /** Prisma 6.19 accepts it with a `url`, or Prisma 7 accepts it without connection URLs. */
  readonly accepted: boolean;
}

const datasourcePattern = /datasource\s+\w+\s*\{[^}]*\}/;
const urlLine = /^[ \t]*(url|directUrl|shadowDatabaseUrl)[ \t]*=.*\r?\n/gm;

/** The files with `url`, `directUrl` and `shadowDatabaseUrl` removed from the datasource (what Prisma 7 takes). */
export function withoutUrls(files: readonly RealisticSchemaFile[]): RealisticSchemaFile[] {
  return files.map((file) => ({
    path: file.path,
    content: file.content.replace(datasourcePattern, (block) => block.replace(urlLine, "")),
  }));
}

/** The files with `url = env("DATABASE_URL")` added to a datasource that has no `url` (what Prisma 6.19 needs). */
export function withUrl(files: readonly RealisticSchemaFile[]): RealisticSchemaFile[] {
  return files.map((file) => ({
    path: file.path,
    content: file.content.replace(datasourcePattern, (block) =>
      /^\s*url\s*=/m.test(block) ? block : block.replace(/\{/, '{\n  url = env("DATABASE_URL")'),
    ),
  }));
}

const pairs = (files: readonly RealisticSchemaFile[]): Pairs => files.map((file) => [file.path, file.content]);
const require = createRequire(import.meta.url);
let prisma6: PrismaSchemaWasm | undefined;

function answerOfPrisma6(input: Pairs): OracleAnswer {
  prisma6 ??= require("@prisma/prisma-schema-wasm-6") as PrismaSchemaWasm;
  let valid = true;
  try {
    prisma6.validate(JSON.stringify({ prismaSchema: input, noColor: true }));
  } catch {
    valid = false;
  }
  const items = JSON.parse(prisma6.lint(JSON.stringify(input))) as PrismaLintItem[];
  return { valid, errors: items.filter((item) => !item.is_warning).map((item) => item.text) };
}

function answerOfPrisma7(input: Pairs): OracleAnswer {
  const verdict = prismaVerdict(input);
  const errors = verdict.crashed ? ["Prisma's validator panicked"] : verdict.errors.map((item) => item.text);
  return { valid: verdict.valid && !verdict.crashed, errors };
}

/** Asks Prisma 6.19 and Prisma 7 about a (multi-file) schema and applies the union rule. */
export function unionVerdict(files: readonly RealisticSchemaFile[]): UnionVerdict {
  const answer6 = answerOfPrisma6(pairs(withUrl(files)));
  const answer7 = answerOfPrisma7(pairs(withoutUrls(files)));
  return { prisma6: answer6, prisma7: answer7, accepted: answer6.valid || answer7.valid };
}
