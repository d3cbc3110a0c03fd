import type { DiagramContent } from "./view-model.js";

/** What one `erDiagram` shows; every value is already Mermaid-safe (the view-model does the escaping). */
export interface DiagramFrame extends DiagramContent {
  /** The front-matter title, already quoted; none when undefined or empty. */
  readonly title: string | undefined;
  /** The text of the `%%` comment on the first diagram line. */
  readonly header: string;
  /** `direction` line; none when undefined or empty (Mermaid's default, top to bottom). */
  readonly direction: string | undefined;
}

/** What the markdown file shows; headings and title are already Markdown-safe. */
export interface MarkdownFrame {
  readonly header: string;
  readonly title: string;
  readonly diagrams: readonly { readonly heading: string | undefined; readonly text: string }[];
}

/** `text` when `value` is a non-empty string, else nothing: the optional parts of a line. */
const when = (value: string | undefined, text: string): string => (value ? text : "");

/**
 * Renders one `erDiagram`: front matter with the title, the header comment, the direction, one block per entity with
 * one line per attribute, then one line per relationship. Plain template literals: the layout is fixed and every
 * decision is the view-model's.
 * @example renderDiagramText({ title: undefined, header: "generated", direction: "LR", entities: [], relationships: [] })
 */
export function renderDiagramText(frame: DiagramFrame): string {
  const entities = frame.entities.map((entity) => {
    const attributes = entity.attributes.map(
      (a) => `        ${a.type} ${a.name}${when(a.keys, ` ${a.keys}`)}${when(a.comment, ` ${a.comment}`)}\n`,
    );
    return `    ${entity.id}${when(entity.label, `[${entity.label}]`)} {\n${attributes.join("")}    }\n`;
  });
  const relationships = frame.relationships.map((r) => `    ${r.first} ${r.cardinality} ${r.second} : ${r.label}\n`);
  return [
    when(frame.title, `---\ntitle: ${frame.title}\n---\n`),
    `%% ${frame.header}\nerDiagram\n`,
    when(frame.direction, `    direction ${frame.direction}\n`),
    ...entities,
    ...relationships,
  ].join("");
}

/**
 * Renders the markdown file: the header comment, the title, then per diagram an optional `##` heading and a fenced
 * `mermaid` block (each diagram text ends with a newline).
 * @example renderMarkdown({ header: "generated", title: "Data model", diagrams: [{ heading: undefined, text: "erDiagram\n" }] })
 */
export function renderMarkdown(frame: MarkdownFrame): string {
  const blocks = frame.diagrams.map(
    ({ heading, text }) => `\n${when(heading, `## ${heading}\n\n`)}\`\`\`mermaid\n${text}\`\`\`\n`,
  );
  return `<!-- ${frame.header} -->\n\n# ${frame.title}\n${blocks.join("")}`;
}
