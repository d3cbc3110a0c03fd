import { zodSchemaFromRules } from "@cardinal/core/zod-options";
import { z } from "zod";
import { zodOptionRules } from "./options-rules.js";

/**
 * The options of the zod generator as a zod schema, built from `zodOptionRules`; each message is what `gen` prints
 * after `expected`.
 */
export const zodOptionsSchema = zodSchemaFromRules(zodOptionRules, z);
