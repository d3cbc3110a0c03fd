import { defineGenerator } from "@cardinal/core";
import { sqlOptionsSchema } from "./options-schema.js";

/**
 * The SQL generator as a plugin (`gen`'s `sql`). It does not apply to MongoDB: no tables, no foreign keys.
 * @example import { sqlGenerator } from "@cardinal/gen-sql/plugin";
 */
export const sqlGenerator = defineGenerator({
  name: "sql",
  options: sqlOptionsSchema,
  generate: async (model, options) => (await import("./generate-sql.js")).generateSql(model, options),
  notApplicable: (model) =>
    model.datasource?.provider === "mongodb"
      ? "SQL does not apply to MongoDB (no tables or foreign keys); the other generators ran"
      : undefined,
});
