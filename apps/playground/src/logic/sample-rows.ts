import type { TableInfo } from "./database.js";

/**
 * A starting INSERT for a table: one row with a placeholder for every required column without a default. The user
 * edits it; the database decides what is allowed.
 */
export function sampleInsert(table: TableInfo): string {
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const required = table.columns.filter((column) => !column.nullable && !column.hasDefault);
  if (required.length === 0) return `INSERT INTO ${quote(table.name)} DEFAULT VALUES;`;
  const values = required.map((column) => sampleValue(column.type));
  return `INSERT INTO ${quote(table.name)} (${required.map((column) => quote(column.name)).join(", ")}) VALUES (${values.join(", ")});`;
}

function sampleValue(type: string): string {
  if (/^(integer|bigint|smallint|numeric|double precision|real)/.test(type)) return "1";
  if (type === "boolean") return "true";
  if (type.startsWith("timestamp") || type === "date") return "now()";
  if (type === "jsonb" || type === "json") return "'{}'";
  if (type === "uuid") return "gen_random_uuid()";
  if (type === "bytea") return "'\\x00'";
  return "'text'";
}
