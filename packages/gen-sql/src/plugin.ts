import { createRequire } from "node:module";
import { defineGenerator, ruledOptionsSchema } from "@cardinal/core";
import { zodSchemaFromRules } from "@cardinal/core/zod-options";
import type * as zod from "zod";
import { sqlOptionRules } from "./options-rules.js";

/** zod, loaded when options are wrong (a `require`, as options are checked synchronously). */
const requireZod = () => (createRequire(import.meta.url)("zod") as typeof zod).z;

/**
 * The SQL generator as a plugin (`gen`'s `sql`). It does not apply to MongoDB: no tables, no foreign keys.
 * @example import { sqlGenerator } from "@cardinal/gen-sql/plugin";
 */
export const sqlGenerator = defineGenerator({
  name: "sql",
  // Options that are fine are checked without zod; zod loads only to say what is wrong.
  options: ruledOptionsSchema(sqlOptionRules, () => zodSchemaFromRules(sqlOptionRules, requireZod())),
  generate: async (model, options) => (await import("./generate-sql.js")).generateSql(model, options),
  notApplicable: (model) =>
    model.datasource?.provider === "mongodb"
      ? "SQL does not apply to MongoDB (no tables or foreign keys); the other generators ran"
      : undefined,
});
