import { javascriptLanguage } from "@codemirror/lang-javascript";
import { MySQL, PostgreSQL, SQLite } from "@codemirror/lang-sql";
import type { Language } from "@codemirror/language";
import { classHighlighter, highlightCode } from "@lezer/highlight";
import { mermaidLanguage } from "./mermaid-language.js";

/** The languages of the output tabs. */
export const outputLanguages = {
  typescript: javascriptLanguage.configure({ dialect: "ts" }),
  mermaid: mermaidLanguage,
  postgresql: PostgreSQL.language,
  mysql: MySQL.language,
  sqlite: SQLite.language,
} satisfies Record<string, Language>;

/** Beyond this size an output is shown as plain text: highlighting it would block typing. */
const maxHighlighted = 300_000;

/** Fills a `<pre>` with highlighted code (`tok-*` classes, coloured by style.css for light and dark schemes). */
export function showHighlighted(target: HTMLElement, code: string, language: Language): void {
  if (target.dataset.source === code && target.dataset.language === language.name) return;
  target.dataset.source = code;
  target.dataset.language = language.name;
  if (code.length > maxHighlighted) {
    target.textContent = code;
    return;
  }
  const fragment = document.createDocumentFragment();
  highlightCode(
    code,
    language.parser.parse(code),
    classHighlighter,
    (text, classes) => {
      if (!classes) fragment.append(text);
      else {
        const span = document.createElement("span");
        span.className = classes;
        span.textContent = text;
        fragment.append(span);
      }
    },
    () => fragment.append("\n"),
  );
  target.replaceChildren(fragment);
}
