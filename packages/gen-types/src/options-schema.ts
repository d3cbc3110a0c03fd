import { z } from "zod";
import { defineTypesOptionsSchema } from "./options-schema-definition.js";

/**
 * The options of the types generator as a zod schema; each message is what \`gen\` prints after \`expected\`. See
 * \`defineTypesOptionsSchema\`.
 */
export const typesOptionsSchema = defineTypesOptionsSchema(z);
