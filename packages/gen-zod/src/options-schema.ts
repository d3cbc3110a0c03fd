import { z } from "zod";
import { defineZodOptionsSchema } from "./options-schema-definition.js";

/**
 * The options of the zod generator as a zod schema; each message is what \`gen\` prints after \`expected\`. See
 * \`defineZodOptionsSchema\`.
 */
export const zodOptionsSchema = defineZodOptionsSchema(z);
