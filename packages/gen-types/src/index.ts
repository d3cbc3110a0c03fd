export { generatedHeader, generateTypes } from "./generate-types.js";
export { type ResolvedTypesOptions, resolveTypesOptions, type TypesOptions } from "./options.js";
export { typesOptionsSchema } from "./options-schema.js";
export { typesGenerator } from "./plugin.js";
