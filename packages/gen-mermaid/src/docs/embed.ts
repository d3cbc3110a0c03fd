import type { SchemaModel } from "@cardinal/core";
import { type RenderedDiagram, renderDiagrams } from "../generate-mermaid.js";
import { type MermaidOptions, resolveMermaidOptions } from "../options.js";
import { groupAnnotation } from "../split.js";
import { readMarkerOptions } from "./marker-options.js";
import { findMarkerBlocks, type MarkerBlock, type MarkerError } from "./markers.js";

/** One block of an embedding: where its start marker is, and whether its content changes. */
export interface EmbeddedBlock {
  /** 1-based line of the start marker. */
  readonly line: number;
  /** The text between the markers now, and what Cardinal writes there (in the file's line breaks). */
  readonly current: string;
  readonly expected: string;
  readonly changed: boolean;
}

/** The result of `embedMermaid`: the new text (the input when there are errors), its blocks, located errors. */
export interface EmbedResult {
  readonly content: string;
  readonly blocks: readonly EmbeddedBlock[];
  readonly errors: readonly MarkerError[];
}

/**
 * Replaces the text between each pair of markers with what `render` returns for the block (LF line breaks, turned
 * into the line break of the start marker's line). Everything outside the markers, the markers included, is kept
 * byte for byte. Pure.
 * @example replaceBetweenMarkers(text, blocks, () => "```mermaid\nerDiagram\n```\n")
 */
export function replaceBetweenMarkers(
  text: string,
  blocks: readonly MarkerBlock[],
  render: (block: MarkerBlock) => string,
): string {
  let result = "";
  let at = 0;
  for (const block of blocks) {
    result += text.slice(at, block.contentStart) + render(block).replace(/\n/g, block.lineBreak);
    at = block.contentEnd;
  }
  return result + text.slice(at);
}

/** The Markdown Cardinal writes between two markers: one fenced `mermaid` block per diagram. */
export function diagramsMarkdown(diagrams: readonly RenderedDiagram[]): string {
  return diagrams
    .map((d) => `${diagrams.length > 1 && d.heading ? `**${d.heading}**\n\n` : ""}\`\`\`mermaid\n${d.text}\`\`\`\n`)
    .join("\n");
}

function blockDiagrams(model: SchemaModel, base: MermaidOptions, block: MarkerBlock, errors: MarkerError[]) {
  const { group, options } = readMarkerOptions(block, errors);
  const merged = { ...base, ...options, ...(group === undefined ? {} : { split: "group" as const }) };
  const diagrams = renderDiagrams(model, resolveMermaidOptions(merged));
  if (group === undefined) return diagrams;
  const chosen = diagrams.filter((d) => d.group === group);
  if (chosen.length === 0) {
    const groups = [...new Set(model.models.map((m) => groupAnnotation(m) ?? "Other"))].sort();
    const column = block.attributes.get("group")?.column ?? 1;
    errors.push({
      line: block.line,
      column,
      message: `no model is in group ${JSON.stringify(group)} (a \`/// @group ${group}\` line); the groups are ${groups.join(", ")}`,
    });
  }
  return chosen;
}

/**
 * Keeps Mermaid diagrams of `model` inside a Markdown text, between `<!-- cardinal:mermaid:start -->` and
 * `<!-- cardinal:mermaid:end -->` markers. A start marker may name a `/// @group` (`group=Billing`) and override
 * gen-mermaid options (`direction=LR`, `title="Billing"`, `attributes=keys`...); `base` are the options for all
 * blocks (the project's mermaid options). Pure: marker problems come back as located errors, never thrown.
 * @example embedMermaid(readme, model, { title: "Shop" }).content
 */
export function embedMermaid(text: string, model: SchemaModel, base: MermaidOptions = {}): EmbedResult {
  const { blocks, errors } = findMarkerBlocks(text);
  const rendered = new Map(blocks.map((block) => [block, diagramsMarkdown(blockDiagrams(model, base, block, errors))]));
  if (errors.length > 0) return { content: text, blocks: [], errors };
  const content = replaceBetweenMarkers(text, blocks, (block) => rendered.get(block) as string);
  const embedded = blocks.map((block) => {
    const current = text.slice(block.contentStart, block.contentEnd);
    const expected = (rendered.get(block) as string).replace(/\n/g, block.lineBreak);
    return { line: block.line, current, expected, changed: current !== expected };
  });
  return { content, blocks: embedded, errors: [] };
}
