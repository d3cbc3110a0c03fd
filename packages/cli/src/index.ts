export { exitCodes, runCli } from "./cli.js";
export {
  type BuiltinGeneratorOptions,
  type CardinalConfig,
  type ConfigError,
  type ConfigExport,
  type DocsOption,
  defineConfig,
  type GeneratorName,
  generatorNames,
  type OutputOption,
  type PluginEntry,
} from "./config.js";
export type { DocsFile } from "./docs.js";
export {
  type GenerateResult,
  type GeneratorOutput,
  generate,
  notApplicable,
  type SkippedGenerator,
} from "./generate.js";
export { normalizeForComparison } from "./normalize.js";
export { builtinGenerators } from "./registry.js";
export {
  describeErrors,
  describeProblem,
  generateProject,
  type ProjectRun,
  type ProjectRunOptions,
} from "./run-project.js";
export { isCardinalProvider } from "./schema-block.js";
export type { WriteSummary } from "./write-output.js";
