import { readFileSync } from "node:fs";
import { join } from "node:path";
import { corpusDirectory } from "@cardinal/testing";
import type { SchemaModel } from "../model/types.js";
import { parseSchema } from "../parse-schema.js";

/** Parses a corpus schema by name and fails loudly if it is not valid (the test would be meaningless). */
export function corpusModel(name: string): SchemaModel {
  const content = readFileSync(join(corpusDirectory, `${name}.prisma`), "utf8");
  const result = parseSchema(content);
  if (!result.valid) throw new Error(`${name} is not valid: ${JSON.stringify(result.diagnostics)}`);
  return result.model;
}

/** Parses inline schema text that must be valid. */
export function validModel(text: string): SchemaModel {
  const result = parseSchema(text);
  if (!result.valid) throw new Error(`schema is not valid: ${JSON.stringify(result.diagnostics)}`);
  return result.model;
}
