import Handlebars from "handlebars";

/** Fixed-layout frames; every value is already Mermaid- or Markdown-safe (the view-model does the escaping). */
const diagramSource = `{{#if title}}---
title: {{title}}
---
{{/if}}%% {{header}}
erDiagram
{{#if direction}}    direction {{direction}}
{{/if}}{{#each entities}}    {{id}}{{#if label}}[{{label}}]{{/if}} {
{{#each attributes}}        {{type}} {{name}}{{#if keys}} {{keys}}{{/if}}{{#if comment}} {{comment}}{{/if}}
{{/each}}    }
{{/each}}{{#each relationships}}    {{first}} {{cardinality}} {{second}} : {{label}}
{{/each}}`;

const markdownSource = `<!-- {{header}} -->

# {{title}}
{{#each diagrams}}

{{#if heading}}## {{heading}}

{{/if}}\`\`\`mermaid
{{text}}\`\`\`
{{/each}}`;

const compile = (source: string) =>
  Handlebars.compile(source, { strict: false, noEscape: true, knownHelpersOnly: true });

/** Renders one `erDiagram`. */
export const renderDiagramText = compile(diagramSource);

/** Renders the markdown file with one fenced `mermaid` block per diagram. */
export const renderMarkdown = compile(markdownSource);
