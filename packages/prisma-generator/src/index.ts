export { CardinalGeneratorError, manifest, onGenerate, projectRoot } from "./handler.js";
