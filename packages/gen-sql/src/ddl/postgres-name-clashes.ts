import type { Diagnostic, SchemaModel } from "@cardinal/core";
import { pgCatalogTypeNames } from "../dialects/pg-catalog-types.js";
import {
  type Declared,
  declaredColumn,
  declaredEnum,
  declaredIndex,
  declaredTable,
  error,
  modelOf,
} from "./declared.js";
import type { CreateTableNode, DdlNode, EnumType } from "./nodes.js";

/** PostgreSQL keeps the first 63 bytes of an identifier (NAMEDATALEN - 1) and ignores the rest. */
const maxIdentifierBytes = 63;

const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);
const byteLength = (text: string) => [...text].reduce((sum, c) => sum + utf8Length(c.codePointAt(0) ?? 0), 0);

/** The name PostgreSQL stores for an identifier: its UTF-8 cut to 63 bytes at a character boundary. */
export function pgStoredName(name: string): string {
  let bytes = 0;
  let end = 0;
  for (const character of name) {
    bytes += utf8Length(character.codePointAt(0) ?? 0);
    if (bytes > maxIdentifierBytes) return name.slice(0, end);
    end += character.length;
  }
  return name;
}

/** Declarations grouped by the name PostgreSQL stores in one namespace (`schema` + stored name). */
class Namespace {
  readonly #groups = new Map<string, Declared[]>();
  readonly #silent = new Set<Declared>();
  constructor(readonly what: string) {}

  /** Adds a declaration; a `silent` one is only compared with (its clashes are reported in another namespace). */
  add(schema: string | undefined, item: Declared, silent = false): void {
    const key = `${schema ?? ""}\u0000${pgStoredName(item.name)}`;
    const group = this.#groups.get(key);
    if (group) group.push(item);
    else this.#groups.set(key, [item]);
    if (silent) this.#silent.add(item);
  }

  /** One error for every declaration that clashes with the first of its group. */
  clashes(): Diagnostic[] {
    return [...this.#groups.values()].flatMap(([first, ...others]) =>
      first === undefined
        ? []
        : others
            .filter((item) => !this.#silent.has(item))
            .map((item) => error("E209", item, clashMessage(first, item, this.what))),
    );
  }
}

function clashMessage(first: Declared, item: Declared, what: string): string {
  const why =
    first.name === item.name
      ? `in PostgreSQL ${what}, so ${first.label} and ${item.label} clash`
      : `PostgreSQL keeps only the first 63 bytes of a name, so ${first.label} and ${item.label} are both \`${pgStoredName(item.name)}\` and clash`;
  return `No postgresql.sql: ${why}. ${item.fix}`;
}

/**
 * Names PostgreSQL cannot tell apart although the schema can, compared as PostgreSQL stores them (cut to 63 bytes):
 * tables and indexes (one relation namespace per schema; a primary key is an index named like its constraint), enums
 * and tables (a table is a type too), two enums, two columns of a table; an unqualified enum named like a
 * `pg_catalog` type, arrays included (columns would get the built-in type); and enum values that repeat a database
 * name or are over 63 bytes, and an empty name in the datasource's `schemas`, which PostgreSQL refuses. One error
 * per clash.
 */
export function postgresClashes(nodes: readonly DdlNode[], model: SchemaModel): Diagnostic[] {
  const relations = new Namespace("tables and indexes share one namespace");
  const types = new Namespace("a table is also a type");
  const diagnostics: Diagnostic[] = [];
  for (const node of nodes) {
    if (node.kind === "createTable") {
      const table = declaredTable(node, model);
      relations.add(node.table.schema, table);
      types.add(node.table.schema, table, true); // two tables clash as relations already
      for (const index of tableIndexes(node, model)) relations.add(node.table.schema, index);
      diagnostics.push(...columnClashes(node, model));
    } else if (node.kind === "createIndex")
      relations.add(node.table.schema, declaredIndex(node.name, node.table, model));
    else if (node.kind === "createSchema" && node.name === "") diagnostics.push(emptySchemaName());
  }
  // Enums after tables: a clash is reported at the enum, which is the easier one to rename.
  for (const node of nodes)
    if (node.kind === "createEnum") {
      const item = declaredEnum(node, model);
      types.add(node.type.schema, item);
      diagnostics.push(...enumProblems(node.type, item));
    }
  return [...relations.clashes(), ...types.clashes(), ...diagnostics];
}

/** `schemas = ["", ...]`: Prisma accepts it, PostgreSQL has no schema without a name. */
function emptySchemaName(): Diagnostic {
  const at: Declared = { name: "", label: "the datasource's `schemas`", location: undefined, fix: "" };
  const message =
    'No postgresql.sql: the datasource\'s `schemas` lists an empty name (""), and PostgreSQL has no schema without a name. Remove it from `schemas`.';
  return error("E503", at, message);
}

/** The indexes a CREATE TABLE makes: its primary key's and its inline ones. */
function tableIndexes(node: CreateTableNode, model: SchemaModel): Declared[] {
  const names = [...(node.primaryKey ? [node.primaryKey.name] : []), ...node.inlineIndexes.map((index) => index.name)];
  return names.map((name) => declaredIndex(name, node.table, model));
}

function columnClashes(node: CreateTableNode, model: SchemaModel): Diagnostic[] {
  const columns = new Namespace("a table's columns share one namespace");
  const owner = node.implicitJoin ? undefined : modelOf(model, node.table);
  for (const column of node.columns) columns.add(undefined, declaredColumn(column.name, owner));
  return columns.clashes();
}

function enumProblems(type: EnumType, item: Declared): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (type.schema === undefined && pgCatalogTypeNames.has(pgStoredName(type.name)))
    diagnostics.push(
      error(
        "E503",
        item,
        `No postgresql.sql: ${item.label} has the name of PostgreSQL's built-in type \`pg_catalog.${pgStoredName(type.name)}\`, which columns would get instead. ${item.fix}`,
      ),
    );
  const values = type.values.map((value) => value.dbName);
  const repeated = values.find((value, index) => values.indexOf(value) !== index);
  if (repeated !== undefined)
    diagnostics.push(
      error(
        "E209",
        item,
        `No postgresql.sql: two values of ${item.label} have the database name \`${repeated}\`, and PostgreSQL refuses an enum with a repeated value. Give one of them another name with \`@map("...")\`.`,
      ),
    );
  const long = values.filter((value) => byteLength(value) > maxIdentifierBytes);
  if (long.length > 0)
    diagnostics.push(
      error(
        "E503",
        item,
        `No postgresql.sql: PostgreSQL refuses enum values over 63 bytes, and ${item.label} has ${long.map((value) => `\`${value}\``).join(", ")}. Give ${long.length === 1 ? "it" : "them"} a shorter database name with \`@map("...")\`.`,
      ),
    );
  return diagnostics;
}
