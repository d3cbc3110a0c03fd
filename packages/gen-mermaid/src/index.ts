export { type EmbeddedBlock, type EmbedResult, embedMermaid, replaceBetweenMarkers } from "./docs/embed.js";
export { endMarker, findMarkerBlocks, type MarkerBlock, type MarkerError, startMarker } from "./docs/markers.js";
export { generatedHeader, generateMermaid } from "./generate-mermaid.js";
export { type MermaidOptions, type ResolvedMermaidOptions, resolveMermaidOptions } from "./options.js";
export { mermaidOptionsSchema } from "./options-schema.js";
export { mermaidGenerator } from "./plugin.js";
