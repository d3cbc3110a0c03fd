import { zodSchemaFromRules } from "@cardinal/core/zod-options";
import { z } from "zod";
import { mermaidOptionRules } from "./options-rules.js";

/**
 * The options of the mermaid generator as a zod schema, built from `mermaidOptionRules`; each message is what `gen` prints
 * after `expected`.
 */
export const mermaidOptionsSchema = zodSchemaFromRules(mermaidOptionRules, z);
