import "./style.css";
import type { SqlDialect } from "@cardinal/gen-sql";
import type { PlaygroundDatabase, TableInfo } from "./logic/database.js";
import { toEditorDiagnostics } from "./logic/diagnostic-ranges.js";
import { exampleById, examples } from "./logic/examples.js";
import type { PlaygroundOutputs } from "./logic/generate.js";
import { zodSchemaNames } from "./logic/run-zod.js";
import { sampleInsert } from "./logic/sample-rows.js";
import { decodeSchemaHash, encodeSchemaHash } from "./logic/share.js";
import { zipOutputs } from "./logic/zip.js";
import { renderDiagram } from "./ui/diagram.js";
import { createEditor } from "./ui/editor.js";
import { createWorkerClient } from "./ui/worker-client.js";

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const client = createWorkerClient();
let outputs: PlaygroundOutputs | undefined;
let database: PlaygroundDatabase | undefined;

const exampleSelect = element<HTMLSelectElement>("example");
for (const entry of examples) exampleSelect.add(new Option(entry.title, entry.id));
const shared = decodeSchemaHash(location.hash);
const editor = createEditor(element("editor"), shared ?? exampleById(null).schema, scheduleGenerate);
if (shared !== undefined) exampleSelect.add(new Option("(shared schema)", ""), 0);
exampleSelect.value = shared !== undefined ? "" : (examples[0]?.id ?? "");

let timer: ReturnType<typeof setTimeout> | undefined;
function scheduleGenerate() {
  clearTimeout(timer);
  timer = setTimeout(() => void generate(), 120);
}

async function generate() {
  const text = editor.text();
  const answer = await client.generate(text);
  if (!answer) return;
  if ("error" in answer) {
    element("status").textContent = `internal error: ${answer.error}`;
    return;
  }
  outputs = answer.outputs;
  const diagnostics = toEditorDiagnostics(text, outputs.diagnostics);
  editor.showDiagnostics(diagnostics);
  const list = element("diagnostics");
  list.replaceChildren(
    ...diagnostics.map((diagnostic) => {
      const item = document.createElement("li");
      item.className = diagnostic.severity;
      item.dataset.line = String(diagnostic.line);
      item.textContent = `schema.prisma:${diagnostic.message.replace(/^(\w+) \((\d+:\d+)\) /, "$2 $1 ")}`;
      return item;
    }),
  );
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === "error").length;
  element("status").textContent = outputs.valid
    ? `${outputs.modelNames.length} models · generated in ${Math.round(answer.ms)} ms`
    : `${errors} error${errors === 1 ? "" : "s"}`;
  document.body.dataset.state = outputs.valid ? "valid" : "invalid";
  if (!outputs.valid) return;
  element("types").textContent = outputs.types;
  element("zod").textContent = outputs.zod;
  element("mermaid").textContent = outputs.mermaid;
  showSql();
  const zodSelect = element<HTMLSelectElement>("zod-schema");
  const previous = zodSelect.value;
  const names = zodSchemaNames(outputs.zod);
  zodSelect.replaceChildren(...names.map((name) => new Option(name, name)));
  if (names.includes(previous)) zodSelect.value = previous;
  await renderDiagram(element("diagram"), outputs.mermaid);
}

function showSql() {
  if (!outputs) return;
  element("sql").textContent = outputs.sql[element<HTMLSelectElement>("dialect").value as SqlDialect];
}

function selectTab(name: string) {
  for (const button of document.querySelectorAll<HTMLButtonElement>("#tabs button"))
    button.setAttribute("aria-pressed", String(button.dataset.tab === name));
  for (const panel of document.querySelectorAll<HTMLElement>(".panel")) panel.hidden = panel.dataset.panel !== name;
}

function showTables(tables: readonly TableInfo[]) {
  const container = element("tables");
  container.replaceChildren(
    ...tables.map((table) => {
      const block = document.createElement("div");
      block.dataset.table = table.name;
      const title = document.createElement("h4");
      title.textContent = table.name;
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

async function applySql() {
  if (!outputs?.valid) return;
  const status = element("db-status");
  status.className = "";
  status.textContent = "Starting PGlite…";
  const { openDatabase } = await import("./logic/database.js");
  database ??= await openDatabase();
  const result = await database.apply(outputs.sql.postgresql);
  if (!result.ok) {
    status.className = "error";
    status.textContent = result.error;
    element("tables").replaceChildren();
    return;
  }
  status.className = "ok";
  status.textContent = `${result.tables.length} tables created`;
  showTables(result.tables);
  element<HTMLTextAreaElement>("statement").value = result.tables.map(sampleInsert).join("\n");
}

async function runStatement() {
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

async function checkJson() {
  if (!outputs?.valid) return;
  const target = element("check-result");
  const name = element<HTMLSelectElement>("zod-schema").value;
  const result = await client.check(outputs.zod, name, element<HTMLTextAreaElement>("json").value);
  target.className = result.ok ? "ok" : "error";
  if (result.ok) target.textContent = `valid\n${JSON.stringify(result.data, null, 2)}`;
  else if ("error" in result) target.textContent = result.error;
  else target.textContent = result.issues.map((issue) => `${issue.path}: ${issue.message}`).join("\n");
}

function download() {
  if (!outputs?.valid) return;
  const bytes = zipOutputs(editor.text(), outputs);
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([bytes as BlobPart], { type: "application/zip" }));
  link.download = "cardinal-output.zip";
  link.click();
  URL.revokeObjectURL(link.href);
}

exampleSelect.addEventListener("change", () => {
  if (exampleSelect.value) editor.setText(exampleById(exampleSelect.value).schema);
});
element("dialect").addEventListener("change", showSql);
element("apply").addEventListener("click", () => void applySql());
element("run-statement").addEventListener("click", () => void runStatement());
element("check").addEventListener("click", () => void checkJson());
element("download").addEventListener("click", download);
element("share").addEventListener("click", () => {
  history.replaceState(null, "", encodeSchemaHash(editor.text()));
  void navigator.clipboard?.writeText(location.href).catch(() => undefined);
  element("status").textContent = "share link in the address bar";
});
for (const button of document.querySelectorAll<HTMLButtonElement>("#tabs button"))
  button.addEventListener("click", () => selectTab(button.dataset.tab ?? "diagram"));
selectTab("diagram");
void generate();
