import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { extname, join } from "node:path";
import { createContext } from "@dprint/formatter";
import * as dprintJson from "@dprint/json";
import * as dprintMarkdown from "@dprint/markdown";
import * as dprintTypeScript from "@dprint/typescript";
import { type Options as PrettierOptions, format as prettierFormat } from "prettier";

/** A project's formatter, run over a folder of generated files; resolves with how many files it changed. */
export interface Formatter {
  readonly name: string;
  readonly run: (folder: string) => Promise<number>;
}

/** Every file below `folder` (no dot-files: the manifest is Cardinal's own). */
function filesOf(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Rewrites each file `format` returns text for; counts the files whose bytes changed. */
async function rewrite(folder: string, format: (path: string, text: string) => Promise<string | undefined>) {
  let changed = 0;
  for (const path of filesOf(folder)) {
    const before = readFileSync(path, "utf8");
    const after = await format(path, before);
    if (after === undefined || after === before) continue;
    writeFileSync(path, after);
    changed++;
  }
  return changed;
}

const prettierExtensions = new Set([".ts", ".json", ".md"]);

/** Prettier's own `format()` on `.ts`, `.json` and `.md` (what `prettier --write .` formats of the output). */
export const prettier = (name: string, options: PrettierOptions = {}): Formatter => ({
  name,
  run: (folder) =>
    rewrite(folder, async (path, text) =>
      prettierExtensions.has(extname(path)) ? await prettierFormat(text, { ...options, filepath: path }) : undefined,
    ),
});

/**
 * dprint's TypeScript, JSON and Markdown plugins, run in-process by `@dprint/formatter` from the `.wasm` files their
 * npm packages ship (the dprint CLI would download them by URL).
 */
export const dprint = (name: string, typescript: Record<string, unknown> = {}): Formatter => ({
  name,
  run: (folder) => {
    const context = createContext({});
    context.addPlugin(readFileSync(dprintTypeScript.getPath()), typescript);
    context.addPlugin(readFileSync(dprintJson.getPath()));
    context.addPlugin(readFileSync(dprintMarkdown.getPath()));
    return rewrite(folder, async (path, fileText) =>
      prettierExtensions.has(extname(path)) ? context.formatText({ filePath: path, fileText }) : undefined,
    );
  },
});

/** Biome's CLI (`biome check --write`: format and organise imports) with extra command-line options. */
export const biome = (name: string, args: readonly string[] = []): Formatter => ({
  name,
  run: async (folder) => {
    const before = new Map(filesOf(folder).map((path) => [path, readFileSync(path, "utf8")]));
    const bin = createRequire(import.meta.url).resolve("@biomejs/biome/bin/biome");
    const result = spawnSync(
      process.execPath,
      [bin, "check", "--write", "--unsafe", "--linter-enabled=false", "--vcs-enabled=false", ...args, folder],
      { encoding: "utf8" },
    );
    if (result.status !== 0) throw new Error(`biome failed: ${result.stderr}${result.stdout}`);
    return [...before].filter(([path, text]) => readFileSync(path, "utf8") !== text).length;
  },
});

/** The formatters and option sets projects commonly use. */
export const formatters: readonly Formatter[] = [
  prettier("prettier (defaults)"),
  prettier("prettier (singleQuote, no semi, printWidth 120, trailingComma none)", {
    singleQuote: true,
    semi: false,
    printWidth: 120,
    trailingComma: "none",
  }),
  prettier("prettier (quoteProps consistent, tabs, arrowParens avoid)", {
    quoteProps: "consistent",
    useTabs: true,
    arrowParens: "avoid",
    bracketSpacing: false,
  }),
  dprint("dprint (defaults)"),
  dprint("dprint (single quotes, asi, quoteProps asNeeded)", {
    quoteStyle: "alwaysSingle",
    semiColons: "asi",
    quoteProps: "asNeeded",
    lineWidth: 120,
  }),
  biome("biome (defaults)"),
  biome("biome (single quotes, semicolons as needed)", [
    "--javascript-formatter-quote-style=single",
    "--semicolons=as-needed",
    "--line-width=120",
  ]),
];
