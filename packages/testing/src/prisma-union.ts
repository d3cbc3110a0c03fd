import {
  type PrismaDatamodel,
  type PrismaLintItem,
  type PrismaSchemaInput,
  type PrismaVerdict,
  type PrismaVersion,
  prismaDatamodel,
  prismaVerdict,
} from "./prisma-validator.js";

/** The union verdict, with what each Prisma version said about its own variant of the schema. */
export interface UnionVerdict extends PrismaVerdict {
  /** The versions that accept the schema (empty when it is invalid). */
  readonly acceptedBy: readonly PrismaVersion[];
  /** Prisma 6.19 on the schema with a datasource `url` ensured. */
  readonly v6: PrismaVerdict;
  /** Prisma 7 on the schema with its connection URLs removed. */
  readonly v7: PrismaVerdict;
}

/** What Cardinal's schema language is: what either Prisma 6.19 or Prisma 7 accepts. */
const versions: readonly PrismaVersion[] = ["7", "6.19"];

/**
 * The verdict Cardinal is held to (the "union rule"): a schema is valid iff
 * - Prisma 6.19 accepts it with a datasource `url` ensured (`url = env("DATABASE_URL")` is added to every datasource
 *   block that has no `url` line, since 6.19 requires one), OR
 * - Prisma 7 accepts it with its connection URLs removed: every `url`, `directUrl` or `shadowDatabaseUrl` line of a
 *   datasource whose value is one Prisma 6 accepts there (a string literal, or `env("...")` with one string) is blanked
 *   out (Prisma 7 reads URLs from `prisma.config.ts`). A URL line with any other value (`url = 5`) stays, so that
 *   both versions reject it.
 *
 * `valid` is false when both reject it; `crashed` when a version panicked and the other did not accept it (no
 * verdict then). `errors` are both versions' messages (Prisma 7's first, offsets in the original text); `warnings`
 * are those of the versions that accept it. Multi-file schemas (`[name, content]` pairs) are rewritten file by file.
 * The rewrite reads blocks line by line (a header `datasource name {` up to the first line starting with `}`).
 */
export function unionVerdict(schema: PrismaSchemaInput): UnionVerdict {
  const v6 = shiftBack(prismaVerdict(mapFiles(schema, ensureUrl).schema, "6.19"), mapFiles(schema, ensureUrl));
  const v7 = prismaVerdict(mapFiles(schema, removeUrls).schema, "7");
  const acceptedBy = versions.filter((version) => (version === "7" ? v7 : v6).valid);
  const valid = acceptedBy.length > 0;
  const crashed = !valid && (v6.crashed || v7.crashed);
  const accepting = acceptedBy.map((version) => (version === "7" ? v7 : v6));
  return {
    valid,
    crashed,
    acceptedBy,
    v6,
    v7,
    errors: valid ? [] : uniqueByText([...v7.errors, ...v6.errors]),
    warnings: uniqueByText(accepting.flatMap((verdict) => verdict.warnings)),
  };
}

/**
 * Prisma's data model (`get_datamodel`) under the union rule: Prisma 7's for the schema without connection URLs when
 * Prisma 7 accepts it, else Prisma 6.19's for the schema with a `url` ensured. Throws when neither accepts it.
 */
export function prismaDatamodelUnion(schema: PrismaSchemaInput): PrismaDatamodel {
  const withoutUrls = mapFiles(schema, removeUrls).schema;
  if (prismaVerdict(withoutUrls, "7").valid) return prismaDatamodel(withoutUrls, "7");
  return prismaDatamodel(mapFiles(schema, ensureUrl).schema, "6.19");
}

/** One file rewritten: its new text, and where text was inserted (offset in the new text, length). */
interface Rewrite {
  readonly text: string;
  readonly inserted: readonly { readonly at: number; readonly length: number }[];
}

interface RewrittenSchema {
  readonly schema: PrismaSchemaInput;
  readonly byFile: ReadonlyMap<string, Rewrite>;
}

function mapFiles(schema: PrismaSchemaInput, rewrite: (text: string) => Rewrite): RewrittenSchema {
  if (typeof schema === "string") {
    const result = rewrite(schema);
    return { schema: result.text, byFile: new Map([["schema.prisma", result]]) };
  }
  const byFile = new Map(schema.map(([name, content]) => [name, rewrite(content)] as const));
  return { schema: schema.map(([name]) => [name, byFile.get(name)?.text ?? ""] as const), byFile };
}

/** The lines of each datasource block's body: [start, end) offsets of the body text. */
function datasourceBodies(text: string): { start: number; end: number }[] {
  const bodies: { start: number; end: number }[] = [];
  const header = /^[ \t]*datasource[ \t]+[\p{L}\p{N}_-]+[ \t]*\{[^\r\n]*(\r\n|\r|\n)/gmu;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const start = match.index + match[0].length;
    const close = /^[ \t]*\}/m.exec(text.slice(start));
    bodies.push({ start, end: close ? start + close.index : text.length });
  }
  return bodies;
}

/**
 * A connection-URL line whose value Prisma 6 accepts: a string, or `env("...")` with exactly one string (which may
 * be named, `env(name: "...")`: Prisma 6 reads it with a warning).
 */
const wellFormedUrlLine =
  /^[ \t]*(url|directUrl|shadowDatabaseUrl)[ \t]*=[ \t]*("(?:[^"\\\r\n]|\\.)*"|env\([ \t]*(?:\w+[ \t]*:[ \t]*)?"(?:[^"\\\r\n]|\\.)*"[ \t]*\))[ \t]*(\/\/[^\r\n]*)?$/gm;

/** Blanks out well-formed connection-URL lines in datasource blocks (spaces keep every offset in place). */
export function removeUrls(text: string): Rewrite {
  let result = text;
  for (const body of datasourceBodies(text)) {
    const blanked = text.slice(body.start, body.end).replace(wellFormedUrlLine, (line) => " ".repeat(line.length));
    result = result.slice(0, body.start) + blanked + result.slice(body.end);
  }
  return { text: result, inserted: [] };
}

const addedUrl = '  url = env("DATABASE_URL")\n';

/** Adds `url = env("DATABASE_URL")` as the last line of every datasource block without a `url` line. */
export function ensureUrl(text: string): Rewrite {
  let result = text;
  const inserted: { at: number; length: number }[] = [];
  for (const body of datasourceBodies(text).reverse()) {
    if (/^[ \t]*url[ \t]*=/m.test(text.slice(body.start, body.end))) continue;
    result = result.slice(0, body.end) + addedUrl + result.slice(body.end);
    inserted.unshift({ at: body.end, length: addedUrl.length });
  }
  // Offsets in the new text: each insertion moves the ones after it.
  return {
    text: result,
    inserted: inserted.map((insert, index) => ({ ...insert, at: insert.at + index * addedUrl.length })),
  };
}

/** Maps Prisma's offsets in a rewritten file back to offsets in the original text. */
function shiftBack(verdict: PrismaVerdict, rewritten: RewrittenSchema): PrismaVerdict {
  const map = (item: PrismaLintItem): PrismaLintItem => {
    const rewrite = rewritten.byFile.get(item.file_name) ?? [...rewritten.byFile.values()][0];
    if (!rewrite) return item;
    const back = (offset: number) =>
      rewrite.inserted.reduce((at, insert) => at - Math.max(0, Math.min(insert.length, offset - insert.at)), offset);
    return { ...item, start: back(item.start), end: back(item.end) };
  };
  return { ...verdict, errors: verdict.errors.map(map), warnings: verdict.warnings.map(map) };
}

function uniqueByText(items: readonly PrismaLintItem[]): PrismaLintItem[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.text) && seen.add(item.text));
}
