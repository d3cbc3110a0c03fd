import { createRequire } from "node:module";
import { defineGenerator, ruledOptionsSchema } from "@cardinal/core";
import { zodSchemaFromRules } from "@cardinal/core/zod-options";
import type * as zod from "zod";
import { whyNoSql } from "./options.js";
import { sqlOptionRules } from "./options-rules.js";

/** zod, loaded when options are wrong (a `require`, as options are checked synchronously). */
const requireZod = () => (createRequire(import.meta.url)("zod") as typeof zod).z;

/** How the providers without a dialect of their own are called. */
const providerNames: Readonly<Record<string, string>> = { sqlserver: "SQL Server" };

/**
 * The SQL generator as a plugin (`gen`'s `sql`). It does not apply to MongoDB (no tables, no foreign keys), nor to SQL
 * Server until `dialects` names a dialect Cardinal writes.
 * @example import { sqlGenerator } from "@cardinal/gen-sql/plugin";
 */
export const sqlGenerator = defineGenerator({
  name: "sql",
  // Options that are fine are checked without zod; zod loads only to say what is wrong.
  options: ruledOptionsSchema(sqlOptionRules, () => zodSchemaFromRules(sqlOptionRules, requireZod())),
  generate: async (model, options) => (await import("./generate-sql.js")).generateSql(model, options),
  notApplicable: (model, options) => {
    const because = whyNoSql(model, options);
    if (because === "mongodb")
      return "SQL does not apply to MongoDB (no tables or foreign keys); the other generators ran";
    if (because === undefined) return undefined;
    const provider = model.datasource?.provider ?? "";
    return `Cardinal has no ${providerNames[provider] ?? provider} dialect yet; the other generators ran (the sql generator's \`dialects\`, or --dialect, writes PostgreSQL, MySQL or SQLite DDL instead)`;
  },
});
