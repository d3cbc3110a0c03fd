import { createRequire } from "node:module";
import { defineGenerator, lazyOptionsSchema } from "@cardinal/core";
import type * as zod from "zod";
import { defineSqlOptionsSchema } from "./options-schema-definition.js";

/** zod, loaded when first needed (a `require`, as options are checked synchronously). */
const requireZod = () => (createRequire(import.meta.url)("zod") as typeof zod).z;

/**
 * The SQL generator as a plugin (`gen`'s `sql`). It does not apply to MongoDB: no tables, no foreign keys.
 * @example import { sqlGenerator } from "@cardinal/gen-sql/plugin";
 */
export const sqlGenerator = defineGenerator({
  name: "sql",
  // zod loads when options are first checked (and not for none at all): `gen validate` does without it.
  options: lazyOptionsSchema(() => defineSqlOptionsSchema(requireZod()), {}),
  generate: async (model, options) => (await import("./generate-sql.js")).generateSql(model, options),
  notApplicable: (model) =>
    model.datasource?.provider === "mongodb"
      ? "SQL does not apply to MongoDB (no tables or foreign keys); the other generators ran"
      : undefined,
});
