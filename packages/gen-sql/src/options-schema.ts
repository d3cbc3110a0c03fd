import { zodSchemaFromRules } from "@cardinal/core/zod-options";
import { z } from "zod";
import { sqlOptionRules } from "./options-rules.js";

/**
 * The options of the sql generator as a zod schema, built from `sqlOptionRules`; each message is what `gen` prints
 * after `expected`.
 */
export const sqlOptionsSchema = zodSchemaFromRules(sqlOptionRules, z);
