import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** Config file names looked for in the project root, in this order. */
export const configFileNames = [
  "cardinal.config.ts",
  "cardinal.config.mts",
  "cardinal.config.js",
  "cardinal.config.mjs",
  "cardinal.config.json",
];

/** A config file that could not be read at all (syntax error, throws on import): said in one line. */
export class ConfigLoadError extends Error {
  override readonly name = "ConfigLoadError";
}

/** Finds the config file: the one given, else the first of `configFileNames` in the root, else none. */
export function findConfigFile(root: string, explicit: string | undefined): string | undefined {
  if (explicit !== undefined) {
    const path = resolve(root, explicit);
    if (!existsSync(path)) throw new ConfigLoadError(`--config: the file ${explicit} does not exist`);
    return path;
  }
  return configFileNames.map((name) => join(root, name)).find((path) => existsSync(path));
}

/**
 * Loads a config file's default export. TypeScript configs are transpiled with TypeScript itself into a temporary
 * module next to the config (so its relative imports resolve), imported, then removed.
 */
export async function loadConfigFile(path: string): Promise<unknown> {
  const source = readFileSync(path, "utf8");
  if (path.endsWith(".json")) {
    try {
      return JSON.parse(source) as unknown;
    } catch (error) {
      throw new ConfigLoadError(`${basename(path)} is not valid JSON: ${(error as Error).message}`);
    }
  }
  let modulePath = path;
  let temporary: string | undefined;
  if (path.endsWith(".ts") || path.endsWith(".mts")) {
    // TypeScript is loaded only for TypeScript configs: it is most of a cold start otherwise.
    const ts = (await import("typescript")).default;
    const output = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      fileName: path,
      reportDiagnostics: true,
    });
    const syntaxError = output.diagnostics?.[0];
    if (syntaxError)
      throw new ConfigLoadError(`${basename(path)}: ${ts.flattenDiagnosticMessageText(syntaxError.messageText, " ")}`);
    temporary = join(dirname(path), `.${basename(path)}.${process.pid}.mjs`);
    writeFileSync(temporary, output.outputText);
    modulePath = temporary;
  }
  try {
    const module = (await import(`${pathToFileURL(modulePath).href}?t=${Date.now()}`)) as { default?: unknown };
    return module.default;
  } catch (error) {
    throw new ConfigLoadError(`${basename(path)} could not be loaded: ${(error as Error).message.split("\n")[0]}`);
  } finally {
    if (temporary) rmSync(temporary, { force: true });
  }
}
