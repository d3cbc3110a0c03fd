export { generatedHeader, generateZod } from "./generate-zod.js";
export { type ResolvedZodOptions, resolveZodOptions, type ZodOptions } from "./options.js";
export { useTypeScript } from "./typescript.js";
