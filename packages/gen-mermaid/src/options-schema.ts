import { z } from "zod";
import { defineMermaidOptionsSchema } from "./options-schema-definition.js";

/**
 * The options of the mermaid generator as a zod schema; each message is what \`gen\` prints after \`expected\`. See
 * \`defineMermaidOptionsSchema\`.
 */
export const mermaidOptionsSchema = defineMermaidOptionsSchema(z);
