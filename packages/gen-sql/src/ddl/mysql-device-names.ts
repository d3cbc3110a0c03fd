import type { Diagnostic, SchemaModel } from "@cardinal/core";
import type { AddForeignKeyNode, DdlNode } from "./nodes.js";

/** Windows device names: MySQL and MariaDB store such tables under an encoded file name on every platform. */
const deviceName = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/**
 * Foreign keys that MariaDB (and MySQL) cannot resolve: a table named like a Windows device (`Nul`, `Aux`, `Com1`...)
 * is created, but a foreign key that references it fails with errno 150 ("referenced table not found in the data
 * dictionary"), so the DDL would stop half-way. One error per referenced table.
 */
export function mysqlDeviceNameReferences(nodes: readonly DdlNode[], model: SchemaModel): Diagnostic[] {
  const foreignKeys = nodes.flatMap((node): readonly AddForeignKeyNode[] => {
    if (node.kind === "addForeignKey") return [node];
    return node.kind === "createTable" ? node.inlineForeignKeys : [];
  });
  const referenced = new Set(foreignKeys.map((fk) => fk.referencedTable.name).filter((name) => deviceName.test(name)));
  return [...referenced].sort().map((table) => {
    const owner = model.models.find((candidate) => candidate.dbName === table);
    const label = owner === undefined ? `table \`${table}\`` : `model \`${owner.name}\` (table \`${table}\`)`;
    return {
      code: "E503",
      severity: "error",
      message: `No mysql.sql: ${label} is referenced by a foreign key, but MySQL and MariaDB store a table named like a Windows device (CON, PRN, AUX, NUL, COM1–9, LPT1–9) under another file name and cannot resolve the reference. Give the model another table name with \`@@map("...")\`.`,
      file: owner?.location.file ?? "schema.prisma",
      range: owner?.location.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    };
  });
}
