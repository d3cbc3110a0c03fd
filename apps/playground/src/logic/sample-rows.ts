import type { TableInfo } from "./database.js";

/** A foreign key as read from PostgreSQL's constraint definition. */
interface ForeignKey {
  readonly columns: readonly string[];
  /** The parent as `schema.table` (unquoted), the key of `tableKey`. */
  readonly table: string;
  readonly references: readonly string[];
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** `schema.table`, unquoted: how tables are matched to the parents of foreign keys. */
const tableKey = (table: TableInfo) => `${table.schema}.${table.name}`;

/** The table's name for SQL, schema-qualified outside `public`. */
export const qualifiedName = (table: { readonly schema: string; readonly name: string }) =>
  table.schema === "public" ? quote(table.name) : `${quote(table.schema)}.${quote(table.name)}`;

/** `"auth"."User"` → `"auth.User"`; an unqualified name is in `public`. */
function parentKey(text: string): string {
  const parts = columnList(text.replaceAll(".", " "));
  return parts.length === 1 ? `public.${parts[0]}` : parts.join(".");
}

/** `"a", b` → ["a", "b"]: a column list as pg_get_constraintdef prints it. */
function columnList(text: string): string[] {
  return [...text.matchAll(/"((?:[^"]|"")*)"|([^\s,]+)/g)].map((match) =>
    match[1] !== undefined ? match[1].replaceAll('""', '"') : (match[2] as string),
  );
}

/** The foreign keys of a table, from definitions such as `FOREIGN KEY ("userId") REFERENCES "User"(id)`. */
export function foreignKeys(table: TableInfo): ForeignKey[] {
  const pattern =
    /^FOREIGN KEY \(([^)]*)\) REFERENCES ((?:"(?:[^"]|"")*"|[^\s(]+)(?:\.(?:"(?:[^"]|"")*"|[^\s(]+))?)\(([^)]*)\)/;
  return table.constraints.flatMap(({ definition }) => {
    const match = pattern.exec(definition);
    if (!match) return [];
    const table = parentKey(match[2] as string);
    return [{ columns: columnList(match[1] as string), table, references: columnList(match[3] as string) }];
  });
}

const isRequired = (table: TableInfo, column: string) =>
  table.columns.some((entry) => entry.name === column && !entry.nullable);

/**
 * Tables parents first: a table comes after every table its NOT NULL foreign keys point at. Nullable foreign keys
 * do not order (they are inserted as null and set by an UPDATE afterwards), which is what breaks a cycle. A cycle
 * of NOT NULL keys cannot be filled by one row per table; its tables are kept in name order at the end.
 */
export function insertOrder(tables: readonly TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((table) => [tableKey(table), table]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const order: TableInfo[] = [];
  const visit = (table: TableInfo) => {
    const key = tableKey(table);
    if (done.has(key) || visiting.has(key)) return;
    visiting.add(key);
    for (const foreign of foreignKeys(table)) {
      const parent = byName.get(foreign.table);
      if (parent && parent !== table && foreign.columns.some((column) => isRequired(table, column))) visit(parent);
    }
    visiting.delete(key);
    done.add(key);
    order.push(table);
  };
  for (const table of tables) visit(table);
  return order;
}

/** A value for a column: the parent's row for a foreign key column, else a placeholder of the column's type. */
function columnValue(table: TableInfo, column: TableInfo["columns"][number], enums: EnumLabels): string {
  for (const key of foreignKeys(table)) {
    const index = key.columns.indexOf(column.name);
    if (index >= 0) return `(SELECT ${quote(key.references[index] as string)} FROM ${parentName(key.table)} LIMIT 1)`;
  }
  return sampleValue(column.type, enums);
}

/** The SQL name of a parent given as `schema.table`. */
function parentName(key: string): string {
  const dot = key.indexOf(".");
  return qualifiedName({ schema: key.slice(0, dot), name: key.slice(dot + 1) });
}

/** Enum type name (as format_type prints it) → its labels in order. */
export type EnumLabels = ReadonlyMap<string, readonly string[]>;

/**
 * A starting INSERT for a table: one row with a value for every required column without a default; foreign key
 * columns take the parent's (single) row. The user edits it; the database decides what is allowed.
 */
export function sampleInsert(table: TableInfo, enums: EnumLabels = new Map()): string {
  const keyColumns = new Set(foreignKeys(table).flatMap((key) => key.columns));
  // A foreign key column with a default is set explicitly: its default may name a parent row that does not exist.
  const required = table.columns.filter(
    (column) => (!column.nullable && !column.hasDefault) || (column.hasDefault && keyColumns.has(column.name)),
  );
  if (required.length === 0) return `INSERT INTO ${qualifiedName(table)} DEFAULT VALUES;`;
  const values = required.map((column) => (column.nullable ? "NULL" : columnValue(table, column, enums)));
  return `INSERT INTO ${qualifiedName(table)} (${required.map((column) => quote(column.name)).join(", ")}) VALUES (${values.join(", ")});`;
}

/**
 * Sample rows for every table in foreign-key order, then one UPDATE per nullable foreign key so that the rows also
 * show the optional relations (self-relations and cycles included).
 */
export function sampleInserts(tables: readonly TableInfo[], enums: EnumLabels = new Map()): string {
  const ordered = insertOrder(tables);
  const inserts = ordered.map((table) => sampleInsert(table, enums));
  const updates = ordered.flatMap((table) =>
    foreignKeys(table)
      .filter((key) => key.columns.every((column) => !isRequired(table, column)))
      .map((key) => {
        const sets = key.columns.map(
          (column, index) =>
            `${quote(column)} = (SELECT ${quote(key.references[index] as string)} FROM ${parentName(key.table)} LIMIT 1)`,
        );
        return `UPDATE ${qualifiedName(table)} SET ${sets.join(", ")};`;
      }),
  );
  return [...inserts, ...updates].join("\n");
}

function sampleValue(type: string, enums: EnumLabels): string {
  const labels = enums.get(type);
  if (labels?.[0] !== undefined) return `'${labels[0].replaceAll("'", "''")}'`;
  if (type.endsWith("[]")) return "'{}'";
  if (/^(integer|bigint|smallint|numeric|double precision|real|money|oid)/.test(type)) return "1";
  if (type === "boolean") return "true";
  if (type.startsWith("timestamp") || type === "date" || type.startsWith("time")) return "now()";
  if (type === "jsonb" || type === "json") return "'{}'";
  if (type === "uuid") return "gen_random_uuid()";
  if (type === "bytea") return "'\\x00'";
  if (type === "inet" || type === "cidr") return "'127.0.0.1'";
  if (type === "xml") return "'<a/>'";
  if (/^bit/.test(type)) return "B'0'";
  const length = /^(?:character|char|"char")[^(]*\((\d+)\)/.exec(type)?.[1];
  return length ? `'${"x".repeat(Math.min(Number(length), 4))}'` : "'text'";
}
