import "./style.css";
import { toEditorDiagnostics } from "./logic/diagnostic-ranges.js";
import { exampleById, examples } from "./logic/examples.js";
import type { QuickOutputs } from "./logic/generate.js";
import type { CodeOutputs } from "./logic/generate-code.js";
import type { PlaygroundOptions } from "./logic/options.js";
import { declaredModelNames, defaultZodSchema, zodSchemaNames } from "./logic/zod-names.js";
import { createDiagramPanel } from "./ui/diagram-panel.js";
import { createEditor } from "./ui/editor.js";
import { saveBlob } from "./ui/export.js";
import { bindOptions } from "./ui/options-form.js";
import { keepEdit, restoreSession, saveSchema } from "./ui/persist.js";
import { workerClient } from "./ui/worker-client.js";

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
let highlighter: Promise<typeof import("./ui/highlight.js")> | undefined;
const loadHighlighter = () => {
  highlighter ??= import("./ui/highlight.js");
  return highlighter;
};

type CodeLanguage = "typescript" | "mermaid" | PlaygroundOptions["dialect"];
const pendingHighlight = new Map<string, CodeLanguage>();

/**
 * Shows code at once as plain text; it is highlighted when its tab is visible (the grammars load lazily, and
 * highlighting a hidden tab would only compete with the first diagram).
 */
function showCodeText(id: string, code: string, language: CodeLanguage) {
  const target = element(id);
  if (target.dataset.source === code) return;
  target.textContent = code;
  delete target.dataset.source;
  pendingHighlight.set(id, language);
  highlightVisible();
}

function highlightVisible() {
  for (const [id, language] of pendingHighlight) {
    const target = element(id);
    if (target.closest<HTMLElement>(".panel")?.hidden) continue;
    pendingHighlight.delete(id);
    const code = target.textContent ?? "";
    void loadHighlighter().then(({ outputLanguages, showHighlighted }) => {
      if (target.textContent === code) showHighlighted(target, code, outputLanguages[language]);
    });
  }
}
const client = workerClient();
const session = restoreSession(location.hash);
let exampleId = session.exampleId;
let quick: QuickOutputs | undefined;
let code: CodeOutputs | undefined;
const diagram = createDiagramPanel();

const exampleSelect = element<HTMLSelectElement>("example");
const edited = new Option("(your schema)", "");
for (const entry of examples) exampleSelect.add(new Option(entry.title, entry.id));
const editor = createEditor(element("editor"), session.schema, onEdit);
let options: PlaygroundOptions = bindOptions(session.options, (next) => {
  options = next;
  showSql();
  scheduleGenerate();
});
showOrigin();

/** The example select shows the example the text is, or "(your schema)" once it is edited. */
function showOrigin() {
  const pristine = exampleId !== "" && exampleById(exampleId).schema === editor.text();
  if (!pristine && !edited.parentElement) exampleSelect.add(edited, 0);
  exampleSelect.value = pristine ? exampleId : "";
}

let timer: ReturnType<typeof setTimeout> | undefined;
let saveTimer: ReturnType<typeof setTimeout> | undefined;
function onEdit() {
  // localStorage keeps every edit at once; the share link compresses the whole schema: once typing pauses.
  keepEdit(editor.text(), exampleId);
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => saveSchema(editor.text(), exampleId, options), 400);
  showOrigin();
  scheduleGenerate();
}
// No save on pagehide: a reload has already taken the address to load, so a share link written then would not
// match it; keepEdit has the text in localStorage since the last keystroke.
function scheduleGenerate() {
  clearTimeout(timer);
  timer = setTimeout(generate, 120);
}

function generate() {
  const text = editor.text();
  client.generate(text, options, {
    quick: (outputs, ms) => void showQuick(text, outputs, ms),
    code: showCode,
    failure: (error) => {
      element("status").textContent = `internal error: ${error}`;
    },
  });
}

function showDiagnostics(text: string, outputs: QuickOutputs) {
  const diagnostics = toEditorDiagnostics(text, outputs.diagnostics);
  editor.showDiagnostics(diagnostics);
  element("diagnostics").replaceChildren(
    ...diagnostics.map((diagnostic) => {
      const item = document.createElement("li");
      item.className = diagnostic.severity;
      item.dataset.line = String(diagnostic.line);
      item.textContent = `schema.prisma:${diagnostic.message.replace(/^(\w+) \((\d+:\d+)\) /, "$2 $1 ")}`;
      return item;
    }),
  );
  return diagnostics.filter((diagnostic) => diagnostic.severity === "error").length;
}

async function showQuick(text: string, outputs: QuickOutputs, ms: number) {
  if (performance.getEntriesByName("first-outputs").length === 0) performance.mark("first-outputs");
  const errors = showDiagnostics(text, outputs);
  element("status").textContent = outputs.valid
    ? `${outputs.modelNames.length} models · generated in ${Math.round(ms)} ms`
    : `${errors} error${errors === 1 ? "" : "s"}`;
  document.body.dataset.state = outputs.valid ? "valid" : "invalid";
  element("stale").hidden = outputs.valid || quick === undefined;
  if (!outputs.valid) return;
  quick = outputs;
  document.body.dataset.code = "pending";
  showSql();
  await diagram.show(outputs.diagrams);
  showCodeText("mermaid", diagram.text(), "mermaid");
  client.continueWithCode(); // types and zod (TypeScript) once the diagram is on screen
}

function showCode(outputs: CodeOutputs) {
  code = outputs;
  document.body.dataset.code = "ready";
  showCodeText("types", outputs.types, "typescript");
  showCodeText("zod", outputs.zod, "typescript");
  const select = element<HTMLSelectElement>("zod-schema");
  const names = zodSchemaNames(outputs.zod);
  // The user's own pick is kept while it exists; otherwise the first model's schema.
  const picked = select.dataset.picked ?? "";
  const chosen = defaultZodSchema(names, declaredModelNames(editor.text()), options.zodSuffix, picked);
  select.replaceChildren(...names.map((name) => new Option(name, name)));
  select.value = chosen;
}

function showSql() {
  if (quick) showCodeText("sql", quick.sql[options.dialect], options.dialect);
}

function selectTab(name: string) {
  for (const button of document.querySelectorAll<HTMLButtonElement>("#tabs button"))
    button.setAttribute("aria-pressed", String(button.dataset.tab === name));
  for (const panel of document.querySelectorAll<HTMLElement>(".panel")) panel.hidden = panel.dataset.panel !== name;
  highlightVisible();
}

async function checkJson() {
  if (!code) return;
  const target = element("check-result");
  const name = element<HTMLSelectElement>("zod-schema").value;
  const result = await client.check(code.zod, name, element<HTMLTextAreaElement>("json").value);
  target.className = result.ok ? "ok" : "error";
  if (result.ok) target.textContent = `valid\n${JSON.stringify(result.data, null, 2)}`;
  else if ("error" in result) target.textContent = result.error;
  else target.textContent = result.issues.map((issue) => `${issue.path}: ${issue.message}`).join("\n");
}

async function download() {
  if (!quick || !code) return;
  const { zipOutputs } = await import("./logic/zip.js");
  const outputs = { ...quick, ...code, diagnostics: quick.diagnostics, mermaid: diagram.text() };
  saveBlob(
    new Blob([zipOutputs(editor.text(), outputs) as BlobPart], { type: "application/zip" }),
    "cardinal-output.zip",
  );
}

exampleSelect.addEventListener("change", () => {
  const id = exampleSelect.value;
  if (!id) return;
  const pristine = exampleId !== "" && exampleById(exampleId).schema === editor.text();
  if (!pristine && !confirm("Replace your edited schema with this example? Your edits will be lost.")) {
    showOrigin();
    return;
  }
  exampleId = id;
  delete element("zod-schema").dataset.picked;
  editor.setText(exampleById(id).schema);
  edited.remove();
  showOrigin();
});
element("apply").addEventListener("click", () => {
  element("db-status").textContent = "Starting PGlite…"; // at once: the panel's module may still be loading
  element("db-status").className = "";
  if (quick) void import("./ui/database-panel.js").then((panel) => panel.applySql(quick?.sql.postgresql ?? ""));
});
element("run-statement").addEventListener(
  "click",
  () => void import("./ui/database-panel.js").then((panel) => panel.runStatement()),
);
element("check").addEventListener("click", () => void checkJson());
element("zod-schema").addEventListener("change", (event) => {
  (event.target as HTMLSelectElement).dataset.picked = (event.target as HTMLSelectElement).value;
});
element("download").addEventListener("click", () => void download());
element("format").addEventListener("click", () => editor.format());
element("share").addEventListener("click", () => {
  saveSchema(editor.text(), exampleId, options);
  void navigator.clipboard?.writeText(location.href).catch(() => undefined);
  element("status").textContent = "share link copied (and in the address bar)";
});
for (const button of document.querySelectorAll<HTMLButtonElement>("[data-copy]"))
  button.addEventListener("click", () => {
    const text = element(button.dataset.copy ?? "").textContent ?? "";
    void navigator.clipboard?.writeText(text).then(
      () => {
        button.textContent = "Copied";
        setTimeout(() => (button.textContent = "Copy"), 1200);
      },
      () => undefined,
    );
  });
for (const button of document.querySelectorAll<HTMLButtonElement>("#tabs button"))
  button.addEventListener("click", () => selectTab(button.dataset.tab ?? "diagram"));
selectTab("diagram");
generate();
