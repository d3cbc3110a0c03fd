import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isGeneratorPlugin } from "@cardinal/core";
import type { ConfigError } from "./config.js";
import { describeValue, isRecord } from "./config-values.js";
import { isProjectFile } from "./evaluate-module.js";
import { useExpected } from "./generator-options.js";
import { createFastJiti } from "./transpile.js";

/** A config whose module specifiers in `generators.<name>.use` were replaced by the plugins they export. */
export interface LoadedPlugins {
  readonly value: unknown;
  readonly errors: readonly ConfigError[];
  /** The project's plugin files (not those in node_modules), for `gen watch` to rerun when one changes. */
  readonly files: readonly string[];
}

/**
 * Loads each generator plugin a config names by module specifier (`use: "./kysely-plugin.ts"`, `use:
 * "cardinal-kysely"`), resolved from the project root. TypeScript plugins work as configs do (jiti, in memory, no
 * module cache: `gen watch` reloads them). The module's default export is the plugin, else its only exported
 * plugin. A module that cannot be loaded or exports no plugin is an error located at its `use`.
 */
export async function loadPluginModules(raw: unknown, root: string): Promise<LoadedPlugins> {
  const generators = isRecord(raw) && isRecord(raw.generators) ? raw.generators : undefined;
  const named = Object.entries(generators ?? {}).filter(
    (entry): entry is [string, Record<string, unknown> & { use: string }] =>
      isRecord(entry[1]) && typeof entry[1].use === "string",
  );
  if (!isRecord(raw) || generators === undefined || named.length === 0) return { value: raw, errors: [], files: [] };
  const { createJiti } = await import("jiti");
  const jiti = createFastJiti(createJiti, pathToFileURL(join(root, "cardinal.config.js")).href, {
    fsCache: false,
    moduleCache: false,
  });
  const loaded: Record<string, unknown> = { ...generators };
  const errors: ConfigError[] = [];
  const files: string[] = [];
  for (const [name, entry] of named) {
    const received = describeValue(entry.use);
    const error = (why: string) =>
      errors.push({ path: `generators.${name}.use`, expected: useExpected, received: `${received} (${why})` });
    try {
      const path = jiti.esmResolve(entry.use, { try: false });
      const file = path.startsWith("file:") ? fileURLToPath(path) : path;
      if (isProjectFile(file)) files.push(file);
      // A project file is evaluated afresh each time (as configs are), so `gen watch` runs an edited plugin; a
      // package comes through the module cache.
      const exports = isProjectFile(file)
        ? await jiti.evalModule(readFileSync(file, "utf8"), { filename: file, async: true, forceTranspile: true })
        : await jiti.import(entry.use);
      const plugin = pluginOf(exports);
      if (plugin === undefined) error("it exports no generator plugin");
      else loaded[name] = { ...entry, use: plugin };
    } catch (thrown) {
      error(`it could not be loaded: ${(thrown instanceof Error ? thrown.message : String(thrown)).split("\n")[0]}`);
    }
  }
  return { value: { ...raw, generators: loaded }, errors, files };
}

/** A module's plugin: its default export, else its only exported plugin. */
function pluginOf(exports: unknown): unknown {
  if (!isRecord(exports)) return isGeneratorPlugin(exports) ? exports : undefined;
  if (isGeneratorPlugin(exports.default)) return exports.default;
  const plugins = Object.values(exports).filter(isGeneratorPlugin);
  return plugins.length === 1 ? plugins[0] : undefined;
}
