import type { Diagnostic, SchemaModel } from "@cardinal/core";
import {
  type Declared,
  declaredColumn,
  declaredIndex,
  declaredTable,
  error,
  foldClashes,
  modelOf,
} from "./declared.js";
import { mysqlDeviceNameReferences } from "./mysql-device-names.js";
import type { CreateTableNode, DdlNode, EnumType, QualifiedName } from "./nodes.js";

/** MySQL and MariaDB refuse identifiers over 64 characters, and table or column names that end with a space. */
const maxIdentifierLength = 64;
/** The longest value an ENUM column may list in MySQL (MariaDB takes longer ones). */
const maxEnumValueLength = 255;

/**
 * Enum values are compared like the table's collation (`utf8mb4_unicode_ci`): case, accents, `ß`/`ss` and
 * trailing spaces do not count. ICU's root collation at base strength is the same comparison for these. Made on
 * first use: creating it loads ICU's collation data (about 10 ms), which a run without two MySQL enum values to
 * compare never needs.
 */
let enumValueCollator: Intl.Collator | undefined;
const sameEnumValue = (a: string, b: string) => {
  enumValueCollator ??= new Intl.Collator("und", { sensitivity: "base" });
  return enumValueCollator.compare(a.trimEnd(), b.trimEnd()) === 0;
};

/**
 * What MySQL and MariaDB refuse in names the schema allows: names over 64 characters; table or column names ending
 * with a space; two columns or two indexes of a table that differ only by case (those names never count case); two
 * values of one enum equal under the column's collation, or a value over 255 characters (MySQL only); and a foreign key to a table
 * named like a Windows device. One error each.
 */
export function mysqlClashes(nodes: readonly DdlNode[], model: SchemaModel): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const enums = new Map<string, EnumType>();
  const indexesByTable = new Map<string, Declared[]>();
  const addIndex = (table: QualifiedName, name: string) => {
    const key = `${table.schema ?? ""}\u0000${table.name}`;
    indexesByTable.set(key, [...(indexesByTable.get(key) ?? []), declaredIndex(name, table, model)]);
  };
  for (const node of nodes) {
    if (node.kind === "createTable") {
      diagnostics.push(...tableProblems(node, model));
      for (const column of node.columns) if (column.enumType) enums.set(column.enumType.name, column.enumType);
      for (const index of node.inlineIndexes) addIndex(node.table, index.name);
    } else if (node.kind === "createIndex") addIndex(node.table, node.name);
  }
  for (const indexes of indexesByTable.values())
    diagnostics.push(...nameProblems(indexes, false), ...caseClashes(indexes, "indexes"));
  for (const type of enums.values()) diagnostics.push(...enumProblems(type, model));
  return [...diagnostics, ...mysqlDeviceNameReferences(nodes, model)];
}

function tableProblems(node: CreateTableNode, model: SchemaModel): Diagnostic[] {
  const owner = node.implicitJoin ? undefined : modelOf(model, node.table);
  const columns = node.columns.map((column) => declaredColumn(column.name, owner));
  return [...nameProblems([declaredTable(node, model), ...columns], true), ...caseClashes(columns, "columns")];
}

function nameProblems(declared: readonly Declared[], spaceMatters: boolean): Diagnostic[] {
  return declared.flatMap((item) => {
    if ([...item.name].length > maxIdentifierLength)
      return [
        error(
          "E503",
          item,
          `No mysql.sql: MySQL and MariaDB refuse names over 64 characters, such as ${item.label}. ${item.fix.replace("one of them", "it")}`,
        ),
      ];
    if (spaceMatters && item.name.endsWith(" "))
      return [
        error(
          "E503",
          item,
          `No mysql.sql: MySQL and MariaDB refuse table and column names that end with a space, such as ${item.label}. ${item.fix.replace("one of them", "it")}`,
        ),
      ];
    return [];
  });
}

function caseClashes(declared: readonly Declared[], what: string): Diagnostic[] {
  return foldClashes(
    declared,
    (name) => name.toLowerCase(),
    (first, item) =>
      `No mysql.sql: MySQL and MariaDB do not tell ${what} of a table apart by case, so ${first.label} and ${item.label} clash.`,
  );
}

function enumProblems(type: EnumType, model: SchemaModel): Diagnostic[] {
  const item = model.enums.find((candidate) => candidate.dbName === type.name);
  const label = `enum \`${item?.name ?? type.name}\``;
  const at: Declared = { name: type.name, label, location: item?.location, fix: "" };
  const values = type.values.map((value) => value.dbName);
  const long = values.filter((value) => [...value].length > maxEnumValueLength);
  if (long.length > 0)
    return [
      error(
        "E503",
        at,
        `No mysql.sql: MySQL refuses enum values over 255 characters (MariaDB takes them, MySQL 8 does not), and ${label} has ${long.length}. Give them shorter database names with \`@map("...")\`.`,
      ),
    ];
  for (const [index, value] of values.entries()) {
    const same = values.slice(0, index).find((earlier) => sameEnumValue(earlier, value));
    if (same !== undefined)
      return [
        error(
          "E209",
          at,
          `No mysql.sql: the values \`${same}\` and \`${value}\` of ${label} are the same to MySQL and MariaDB, which compare them like the table's collation (utf8mb4_unicode_ci: case, accents and trailing spaces do not count). Give one of them another database name with \`@map("...")\`.`,
        ),
      ];
  }
  return [];
}
