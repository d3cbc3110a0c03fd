import { type ParseResult, parseSchema, type SchemaFile } from "@cardinal/core";
import { loadRealisticSchemas, type RealisticSchema, removeUrls } from "@cardinal/testing";

/** Every realistic schema, loaded once. */
export const realisticSchemas: readonly RealisticSchema[] = loadRealisticSchemas();

/** The schemas as `[name, schema]` rows for `it.each`. */
export const schemaRows = realisticSchemas.map((schema) => [schema.name, schema] as const);

/** The files as `parseSchema` takes them, each path prefixed by the schema's folder so diagnostics say where. */
export function schemaFiles(schema: RealisticSchema): SchemaFile[] {
  return schema.files.map((file) => ({ path: `${schema.name}/${file.path}`, content: file.content }));
}

const parsed = new Map<string, ParseResult>();

/** `parseSchema` of a realistic schema, computed once per schema. */
export function parseRealistic(schema: RealisticSchema): ParseResult {
  let result = parsed.get(schema.name);
  if (!result) {
    result = parseSchema(schemaFiles(schema));
    parsed.set(schema.name, result);
  }
  return result;
}

/**
 * The schema as one text for Prisma's schema engine (it is given one file here): the files concatenated, the
 * connection URLs removed as Prisma 7 requires.
 */
export function singleText(schema: RealisticSchema): string {
  return schema.files.map((file) => removeUrls(file.content).text).join("\n");
}

/** The first few error diagnostics of a parse, as `file:line code message` lines (readable in a failure). */
export function errorLines(result: ParseResult, limit = 10): string[] {
  return result.diagnostics
    .filter((diagnostic) => diagnostic.severity === "error")
    .slice(0, limit)
    .map((d) => `${d.file}:${d.range.start.line + 1} ${d.code} ${d.message}`);
}
