import type { IndexConditionValue } from "@cardinal/core";
import type { IndexPredicateNode } from "../ddl/nodes.js";
import type { Dialect } from "./dialect.js";

/**
 * The SQL of a partial index's `where:`, as Prisma's schema engine writes it: raw SQL as written; conditions
 * joined with `AND`, each `"col" = value`, `"col" != value`, `"col" IS NULL` or `"col" IS NOT NULL`.
 * @example renderPredicate({ kind: "conditions", conditions: [{ column: "b", negated: true, value: { kind: "null" } }] }, pg) // "b" IS NOT NULL
 */
export function renderPredicate(where: IndexPredicateNode, dialect: Dialect): string {
  if (where.kind === "raw") return where.sql;
  return where.conditions
    .map(({ column, negated, value }) => {
      const quoted = dialect.quote(column);
      if (value.kind === "null") return `${quoted} IS ${negated ? "NOT " : ""}NULL`;
      return `${quoted} ${negated ? "!=" : "="} ${literal(value, dialect)}`;
    })
    .join(" AND ");
}

function literal(value: Exclude<IndexConditionValue, { kind: "null" }>, dialect: Dialect): string {
  switch (value.kind) {
    case "boolean":
      return value.value ? "true" : "false";
    case "number":
      return value.raw;
    case "string":
      return dialect.literal(value.value);
  }
}
