import { parseSchema } from "@cardinal/core";
import { generateTypes } from "@cardinal/gen-types";
import { generateZod, useTypeScript } from "@cardinal/gen-zod";
import { fileContent, generateQuick, type PlaygroundOutputs } from "./generate.js";
import { defaultOptions, type PlaygroundOptions } from "./options.js";

/**
 * gen-zod reads `/// @zod` annotations with TypeScript's scanner: in Node it loads it itself, in a bundle it is
 * handed over. Loaded only for a schema that has annotations (TypeScript is most of the download).
 */
export async function prepareAnnotations(schema: string): Promise<void> {
  if (!schema.includes("@zod")) return;
  const { ts } = await import("ts-morph");
  useTypeScript(ts);
}

/** The TypeScript outputs (gen-zod needs TypeScript for annotations, so this module is loaded on demand). */
export interface CodeOutputs {
  readonly types: string;
  readonly zod: string;
  readonly diagnostics: PlaygroundOutputs["diagnostics"];
}

/** Types and zod for a schema text, single-file layout so each tab shows one self-contained file. */
export function generateCode(schema: string, options: PlaygroundOptions = defaultOptions): CodeOutputs {
  const { model, valid } = parseSchema(schema);
  if (!valid) return { types: "", zod: "", diagnostics: [] };
  const types = generateTypes(model, { layout: "single-file", decimal: options.decimal });
  const zod = generateZod(model, {
    layout: "single-file",
    importExtension: "",
    dateTime: options.zodDateTime,
    decimal: options.decimal,
    naming: { suffix: options.zodSuffix },
  });
  return {
    types: fileContent(types, "index.ts"),
    zod: fileContent(zod, "index.ts"),
    diagnostics: [...types.diagnostics, ...zod.diagnostics],
  };
}

/** Every output at once (tests, the zip): the quick outputs plus types and zod. */
export function generateAll(schema: string, options: PlaygroundOptions = defaultOptions): PlaygroundOutputs {
  const quick = generateQuick(schema, options);
  const code = generateCode(schema, options);
  return {
    ...quick,
    diagnostics: [...quick.diagnostics, ...code.diagnostics],
    types: code.types,
    zod: code.zod,
    mermaid: quick.diagrams[0]?.content ?? "",
  };
}
