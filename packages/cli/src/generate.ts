import { resolve } from "node:path";
import {
  type Diagnostic,
  type GeneratedFile,
  type GeneratorPlugin,
  type ParseCache,
  parseSchema,
  type SchemaFile,
  type SchemaModel,
} from "@cardinal/core";
import {
  type CardinalConfig,
  type ConfigError,
  type ConfigFlags,
  type GeneratorName,
  type ResolvedConfig,
  resolveConfig,
} from "./config.js";
import { type DocsFile, planDocs } from "./docs.js";
import { findSchemaPath, readSchemaFiles } from "./find-schema.js";
import { parseOptions } from "./generator-options.js";
import { loadPluginModules } from "./plugin-modules.js";
import type { ProgressEvent } from "./progress.js";
import { builtinGenerators } from "./registry.js";

/** What one generator produced, in memory. */
export interface GeneratorOutput {
  readonly generator: GeneratorName;
  /** Absolute folder the files belong in. */
  readonly directory: string;
  readonly files: readonly GeneratedFile[];
  readonly diagnostics: readonly Diagnostic[];
  readonly milliseconds: number;
}

/** A configured generator that was not run because it does not apply to the schema (SQL on MongoDB). */
export interface SkippedGenerator {
  readonly generator: GeneratorName;
  /** One line saying why, e.g. `SQL does not apply to MongoDB ...`. */
  readonly reason: string;
}

/** The result of a run: the schema's diagnostics and, when it is valid, every generator's files. */
export interface GenerateResult {
  readonly config: ResolvedConfig;
  readonly schemaFiles: readonly SchemaFile[];
  readonly diagnostics: readonly Diagnostic[];
  readonly valid: boolean;
  readonly outputs: readonly GeneratorOutput[];
  /** Generators left out because they do not apply to this schema; their output folders are left untouched. */
  readonly skipped: readonly SkippedGenerator[];
  /** Markdown files with embedded diagrams (`generators.mermaid.docs`), read and updated in memory. */
  readonly docs: readonly DocsFile[];
}

/**
 * Why a generator does not apply to a schema, or undefined when it does (its plugin's `notApplicable`): MongoDB has
 * collections of documents, not tables with foreign keys, so there is no SQL to write for it.
 * @param plugins the registry to look the generator up in @default the built-in generators
 * @param options the generator's validated options (SQL applies to SQL Server when `dialects` names a dialect)
 */
export function notApplicable(
  generator: GeneratorName,
  model: SchemaModel,
  plugins: ReadonlyMap<GeneratorName, GeneratorPlugin> = builtinRegistry,
  options: unknown = {},
): string | undefined {
  return plugins.get(generator)?.notApplicable?.(model, options);
}

const builtinRegistry = new Map(builtinGenerators.map((plugin) => [plugin.name, plugin]));

/**
 * Runs the configured generators on the schema in memory, telling `progress` each step. Writes nothing.
 * @param parseCache kept from run to run by `gen watch`: schema files whose text is unchanged are not parsed again
 */
export async function runGenerators(
  config: ResolvedConfig,
  progress: (event: ProgressEvent) => void = () => {},
  parseCache?: ParseCache,
): Promise<GenerateResult> {
  const schemaFiles = readSchemaFiles(config.root, findSchemaPath(config.root, config.schema));
  const parsed = parseSchema(schemaFiles, parseCache ? { cache: parseCache } : {});
  if (!parsed.valid)
    return { config, schemaFiles, diagnostics: parsed.diagnostics, valid: false, outputs: [], skipped: [], docs: [] };
  progress({ kind: "schema", models: parsed.model.models.length });
  const outputs: GeneratorOutput[] = [];
  const skipped: SkippedGenerator[] = [];
  for (const [index, [generator, options]] of [...config.generators].entries()) {
    progress({ kind: "generator", generator, index: index + 1, total: config.generators.size });
    const plugin = config.plugins.get(generator);
    if (!plugin) throw new Error(`internal error: no plugin for the generator ${generator}`);
    const pluginOptions = parseOptions(plugin, options);
    const reason = plugin.notApplicable?.(parsed.model, pluginOptions);
    if (reason !== undefined) {
      skipped.push({ generator, reason });
      continue;
    }
    const start = performance.now();
    const { output } = options;
    const result = await plugin.generate(parsed.model, pluginOptions);
    outputs.push({
      generator,
      directory: resolve(config.root, config.output, output ?? generator),
      files: result.files,
      diagnostics: result.diagnostics,
      milliseconds: performance.now() - start,
    });
    progress({ kind: "generated", generator, files: result.files.length });
  }
  const generatorErrors = outputs.some((output) => output.diagnostics.some((d) => d.severity === "error"));
  const docs = generatorErrors ? [] : await planDocs(config, parsed.model);
  return { config, schemaFiles, diagnostics: parsed.diagnostics, valid: !generatorErrors, outputs, skipped, docs };
}

/**
 * The programmatic API for build tools: resolve a config object, read the schema and run the generators, returning
 * every file in memory without writing. Config problems come back as `configErrors`, never as a throw.
 * @example const result = await generate({ schema: "prisma/schema.prisma", generators: { sql: false } });
 */
export async function generate(
  config: CardinalConfig & { readonly root?: string },
  flags: ConfigFlags = {},
): Promise<GenerateResult | { readonly configErrors: readonly ConfigError[] }> {
  const { root = process.cwd(), ...rest } = config;
  const plugins = await loadPluginModules(rest, resolve(root));
  if (plugins.errors.length > 0) return { configErrors: plugins.errors };
  const resolved = resolveConfig(plugins.value, flags, resolve(root));
  if ("errors" in resolved) return { configErrors: resolved.errors };
  return await runGenerators(resolved.config);
}
