import type { GeneratorConfig } from "@cardinal/core";
import { blockPath, readBlockOptions } from "./block-options.js";
import { type ConfigError, type ConfigFlags, pluginsOf, type ResolvedConfig, resolveConfig } from "./config.js";
import { isRecord } from "./config-values.js";

/**
 * The config from a Cardinal generator block and a config file together: each is checked on its own (a block's
 * mistake is located at its key, `prisma/schema.prisma:12:3: generator cardinal: sql_dialects`), then merged, the
 * config file winning for every key both set (a generator turned off with `false` in the file stays off). The
 * block's `only` applies unless `--only` is given.
 */
export function resolveWithBlock(
  block: GeneratorConfig,
  fileConfig: Record<string, unknown>,
  flags: ConfigFlags,
  root: string,
): { config: ResolvedConfig } | { errors: ConfigError[] } {
  const options = readBlockOptions(block, root, pluginsOf(fileConfig));
  if (options.errors.length > 0) return { errors: [...options.errors] };
  const alone = resolveConfig(options.config, {}, root);
  if ("errors" in alone) {
    const located = alone.errors.map((error) => {
      const property = options.keys.get(error.path);
      const path = property ? blockPath(block, property) : `generator ${block.name}: ${error.path}`;
      return { ...error, path };
    });
    return { errors: located };
  }
  const merged = mergeConfigs(options.config, fileConfig);
  return resolveConfig(merged, { ...flags, only: flags.only ?? options.only }, root);
}

/** The block's config under the file's: per generator, the file's options over the block's; `false` wins. */
function mergeConfigs(
  block: { output?: string; generators: Record<string, Record<string, unknown>> },
  file: Record<string, unknown>,
): Record<string, unknown> {
  const fileGenerators = isRecord(file.generators) ? file.generators : {};
  const generators: Record<string, unknown> = { ...block.generators };
  for (const [name, options] of Object.entries(fileGenerators)) {
    const fromBlock = block.generators[name];
    generators[name] = isRecord(options) && fromBlock ? mergeOptions(fromBlock, options) : options;
  }
  return { ...(block.output === undefined ? {} : { output: block.output }), ...file, generators };
}

/** zod's `naming` is merged key by key; every other option is replaced. */
function mergeOptions(block: Record<string, unknown>, file: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...block, ...file };
  if (isRecord(block.naming) && isRecord(file.naming)) merged.naming = { ...block.naming, ...file.naming };
  return merged;
}
