export { generatedHeader, generateMermaid } from "./generate-mermaid.js";
export { type MermaidOptions, type ResolvedMermaidOptions, resolveMermaidOptions } from "./options.js";
