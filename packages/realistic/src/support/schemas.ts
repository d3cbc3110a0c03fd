import { type ParseResult, parseSchema, type SchemaFile } from "@cardinal/core";
import { loadRealisticSchemas, prismaDdl, type RealisticSchema, removeUrls } from "@cardinal/testing";

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

/**
 * Prisma's schema engine's DDL for a schema (`singleText`). A preview feature this engine no longer knows (`metrics`,
 * `tracing`, ... which older Prisma versions took and which change no DDL) is taken out of the generator block and
 * the engine asked again, as a user upgrading Prisma does.
 */
export async function engineDdl(schema: RealisticSchema, provider: "postgresql" | "sqlite"): Promise<string> {
  let text = singleText(schema);
  for (;;) {
    try {
      return await prismaDdl(text, provider);
    } catch (error) {
      const unknown = /The preview feature "(\w+)" is not known/.exec(String(error))?.[1];
      if (unknown === undefined || !text.includes(`"${unknown}"`)) throw error;
      // `"x", ` or `, "x"` (the last item) or `"x"` (the only one).
      text = text.replace(new RegExp(`"${unknown}"\\s*,\\s*|,\\s*"${unknown}"|"${unknown}"`), "");
    }
  }
}

/** The first few error diagnostics of a parse, as `file:line code message` lines (readable in a failure). */
export function errorLines(result: ParseResult, limit = 10): string[] {
  return result.diagnostics
    .filter((diagnostic) => diagnostic.severity === "error")
    .slice(0, limit)
    .map((d) => `${d.file}:${d.range.start.line + 1} ${d.code} ${d.message}`);
}
