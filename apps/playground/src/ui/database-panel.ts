import type { PlaygroundDatabase, TableInfo } from "../logic/database.js";

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
let database: PlaygroundDatabase | undefined;

function showTables(tables: readonly TableInfo[]) {
  element("tables").replaceChildren(
    ...tables.map((table) => {
      const block = document.createElement("div");
      block.dataset.table = table.schema === "public" ? table.name : `${table.schema}.${table.name}`;
      const title = document.createElement("h4");
      title.textContent = block.dataset.table;
      const list = document.createElement("pre");
      list.textContent = [
        ...table.columns.map((column) => `${column.name} ${column.type}${column.nullable ? "" : " NOT NULL"}`),
        ...table.constraints.map((constraint) => `${constraint.name}: ${constraint.definition}`),
      ].join("\n");
      block.append(title, list);
      return block;
    }),
  );
}

/** Applies PostgreSQL DDL to PGlite (loaded on first use) and fills in sample INSERTs in foreign-key order. */
export async function applySql(ddl: string): Promise<void> {
  const status = element("db-status");
  status.className = "";
  status.textContent = "Starting PGlite…";
  const [{ openDatabase }, { pgvectorStandIn }, { sampleInserts }] = await Promise.all([
    import("../logic/database.js"),
    import("../logic/extensions.js"),
    import("../logic/sample-rows.js"),
  ]);
  database ??= await openDatabase();
  const runnable = pgvectorStandIn(ddl);
  const result = await database.apply(runnable);
  if (!result.ok) {
    status.className = "error";
    status.textContent = result.error;
    element("tables").replaceChildren();
    return;
  }
  status.className = "ok";
  const note = runnable === ddl ? "" : " (pgvector is not in PGlite: vector columns are real[] here)";
  status.textContent = `${result.tables.length} tables created${note}`;
  showTables(result.tables);
  element<HTMLTextAreaElement>("statement").value = sampleInserts(result.tables, result.enums);
}

/** Runs the statement box on the database and shows the answer. */
export async function runStatement(): Promise<void> {
  const target = element("statement-result");
  if (!database) {
    target.className = "error";
    target.textContent = "Create the tables first.";
    return;
  }
  const result = await database.run(element<HTMLTextAreaElement>("statement").value);
  target.className = result.ok ? "ok" : "error";
  target.textContent = result.ok
    ? `OK, ${result.affected} row(s) affected${result.rows.length ? `\n${JSON.stringify(result.rows, null, 2)}` : ""}`
    : result.error;
}
