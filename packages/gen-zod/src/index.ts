export { generatedHeader, generateZod } from "./generate-zod.js";
export { type ResolvedZodOptions, resolveZodOptions, type ZodOptions } from "./options.js";
export { zodOptionsSchema } from "./options-schema.js";
export { zodGenerator } from "./plugin.js";
export { useTypeScript } from "./typescript.js";
