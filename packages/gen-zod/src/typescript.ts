import { createRequire } from "node:module";
import type { ts } from "ts-morph";

let loaded: typeof ts | undefined;

/**
 * Uses this TypeScript for reading `/// @zod` annotations, where gen-zod cannot load it itself (a browser bundle).
 * In Node it is not needed: TypeScript (from ts-morph) is loaded on the first annotation.
 * @example import { ts } from "ts-morph"; useTypeScript(ts);
 */
export function useTypeScript(typescript: typeof ts): void {
  loaded = typescript;
}

/**
 * TypeScript's scanner, loaded on first use: only `/// @zod` annotations need it, so a schema without them
 * generates without loading TypeScript at all (a third of a cold `gen`'s time before).
 */
export function typescriptApi(): typeof ts {
  loaded ??= (createRequire(import.meta.url)("ts-morph") as { ts: typeof ts }).ts;
  return loaded;
}
