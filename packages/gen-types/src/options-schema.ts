import { zodSchemaFromRules } from "@cardinal/core/zod-options";
import { z } from "zod";
import { typesOptionRules } from "./options-rules.js";

/**
 * The options of the types generator as a zod schema, built from `typesOptionRules`; each message is what `gen` prints
 * after `expected`.
 */
export const typesOptionsSchema = zodSchemaFromRules(typesOptionRules, z);
