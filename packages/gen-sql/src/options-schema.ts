import { z } from "zod";
import { defineSqlOptionsSchema } from "./options-schema-definition.js";

/**
 * The options of the sql generator as a zod schema; each message is what \`gen\` prints after \`expected\`. See
 * \`defineSqlOptionsSchema\`.
 */
export const sqlOptionsSchema = defineSqlOptionsSchema(z);
