import type { Diagnostic, Model, SchemaModel, SourceLocation } from "@cardinal/core";
import { pgCatalogTypeNames } from "../dialects/pg-catalog-types.js";
import type { SqlDialect } from "../options.js";
import { mysqlDeviceNameReferences } from "./mysql-device-names.js";
import type { CreateEnumNode, CreateTableNode, DdlNode, QualifiedName } from "./nodes.js";

/** A database object as the schema declares it: what to call it in a message, where it is, how to rename it. */
interface Declared {
  readonly name: string;
  readonly label: string;
  readonly location: SourceLocation | undefined;
  readonly fix: string;
}

/**
 * Names the engine of `dialect` cannot tell apart although the schema can, so the DDL would fail or mean something
 * else: on SQLite, tables and indexes (one namespace) or columns of a table that differ only by ASCII case; on
 * PostgreSQL, an enum and a table of one database schema with the same name (a table is a type too), and an
 * unqualified enum named like a `pg_catalog` type (columns would get the built-in type); on MySQL, a foreign key to a
 * table named like a Windows device. One error per clash.
 */
export function sqlNameClashes(nodes: readonly DdlNode[], model: SchemaModel, dialect: SqlDialect): Diagnostic[] {
  if (dialect === "sqlite") return sqliteClashes(nodes, model);
  if (dialect === "postgresql") return postgresClashes(nodes, model);
  return mysqlDeviceNameReferences(nodes, model);
}

const asciiLower = (name: string) => name.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
const schemaKey = (name: QualifiedName) => name.schema ?? "";

function sqliteClashes(nodes: readonly DdlNode[], model: SchemaModel): Diagnostic[] {
  const objects: Declared[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const node of nodes) {
    if (node.kind === "createTable") {
      objects.push(declaredTable(node, model));
      const owner = modelOf(model, node.table);
      const columns = node.columns.map((column) => declaredColumn(column.name, owner));
      diagnostics.push(...caseClashes(columns));
      for (const index of node.inlineIndexes) objects.push(declaredIndex(index.name, index.table, model));
    } else if (node.kind === "createIndex") objects.push(declaredIndex(node.name, node.table, model));
  }
  return [...caseClashes(objects), ...diagnostics];
}

/** Pairs of declarations whose names differ only by ASCII case (SQLite folds nothing else). */
function caseClashes(declared: readonly Declared[]): Diagnostic[] {
  const seen = new Map<string, Declared>();
  const diagnostics: Diagnostic[] = [];
  for (const item of declared) {
    const key = asciiLower(item.name);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, item);
    else if (first.name !== item.name)
      diagnostics.push(
        error(
          "E209",
          item,
          `No sqlite.sql: SQLite does not tell names apart by case, so ${first.label} and ${item.label} clash. ${item.fix}`,
        ),
      );
  }
  return diagnostics;
}

function postgresClashes(nodes: readonly DdlNode[], model: SchemaModel): Diagnostic[] {
  const tables = new Map<string, Declared>();
  for (const node of nodes)
    if (node.kind === "createTable")
      tables.set(`${schemaKey(node.table)}\u0000${node.table.name}`, declaredTable(node, model));
  const diagnostics: Diagnostic[] = [];
  for (const node of nodes) {
    if (node.kind !== "createEnum") continue;
    const item = declaredEnum(node, model);
    const table = tables.get(`${schemaKey(node.type)}\u0000${node.type.name}`);
    if (table !== undefined)
      diagnostics.push(
        error(
          "E209",
          item,
          `No postgresql.sql: in PostgreSQL a table is also a type, so ${table.label} and ${item.label} clash. ${item.fix}`,
        ),
      );
    if (node.type.schema === undefined && pgCatalogTypeNames.has(node.type.name))
      diagnostics.push(
        error(
          "E503",
          item,
          `No postgresql.sql: ${item.label} has the name of PostgreSQL's built-in type \`pg_catalog.${node.type.name}\`, which columns would get instead. ${item.fix}`,
        ),
      );
  }
  return diagnostics;
}

function modelOf(model: SchemaModel, table: QualifiedName): Model | undefined {
  return model.models.find(
    (candidate) => candidate.dbName === table.name && (candidate.schema ?? "public") === (table.schema ?? "public"),
  );
}

function declaredTable(node: CreateTableNode, model: SchemaModel): Declared {
  const name = node.table.name;
  const owner = node.implicitJoin ? undefined : modelOf(model, node.table);
  if (owner !== undefined)
    return {
      name,
      label: `model \`${owner.name}\` (table \`${name}\`)`,
      location: owner.location,
      fix: `Give one of them another name with \`@@map("...")\`.`,
    };
  const relation = model.relations.find(
    (r) => r.kind === "many-to-many" && r.storage.kind === "join-table" && r.storage.name === name,
  );
  const end = relation?.kind === "many-to-many" ? relation.a.model : undefined;
  return {
    name,
    label: `the join table \`${name}\` of relation \`${relation?.name ?? name}\``,
    location: model.models.find((candidate) => candidate.name === end)?.location,
    fix: 'Rename the relation (`@relation("...")`) or give the other table another name with `@@map`.',
  };
}

function declaredColumn(name: string, owner: Model | undefined): Declared {
  const field = owner?.fields.find((candidate) => candidate.kind === "scalar" && candidate.dbName === name);
  return {
    name,
    label: `field \`${field?.name ?? name}\` (column \`${name}\`) of model \`${owner?.name ?? "?"}\``,
    location: field?.location ?? owner?.location,
    fix: `Give one of them another column name with \`@map("...")\`.`,
  };
}

function declaredIndex(name: string, table: QualifiedName, model: SchemaModel): Declared {
  const owner = modelOf(model, table);
  return {
    name,
    label: `index \`${name}\` of ${owner === undefined ? `table \`${table.name}\`` : `model \`${owner.name}\``}`,
    location: owner?.location,
    fix: `Give one of them another database name (\`map: "..."\` on an index, \`@@map("...")\` on a model).`,
  };
}

function declaredEnum(node: CreateEnumNode, model: SchemaModel): Declared {
  const item = model.enums.find(
    (candidate) =>
      candidate.dbName === node.type.name && (candidate.schema ?? "public") === (node.type.schema ?? "public"),
  );
  return {
    name: node.type.name,
    label: `enum \`${item?.name ?? node.type.name}\` (type \`${node.type.name}\`)`,
    location: item?.location,
    fix: `Give it another database name with \`@@map("...")\`.`,
  };
}

function error(code: "E209" | "E503", at: Declared, message: string): Diagnostic {
  const location = at.location ?? {
    file: "schema.prisma",
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
  return { code, severity: "error", message, file: location.file, range: location.range };
}
