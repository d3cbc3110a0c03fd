import { createRequire } from "node:module";

/** An attribute as Mermaid's parser read it, entity codes decoded. */
export interface ParsedAttribute {
  readonly type: string;
  readonly name: string;
  readonly keys: readonly string[];
  readonly comment: string;
}

/** An entity as Mermaid's parser read it. */
export interface ParsedEntity {
  readonly name: string;
  readonly alias: string;
  readonly attributes: readonly ParsedAttribute[];
}

/** Mermaid's cardinality words. */
export type Cardinality = "ONLY_ONE" | "ZERO_OR_ONE" | "ZERO_OR_MORE" | "ONE_OR_MORE";

/** A relationship as Mermaid's parser read it: the marker next to each entity, the line type and the label. */
export interface ParsedRelationship {
  readonly first: string;
  readonly second: string;
  /** The marker next to the first entity (Mermaid's `relSpec.cardB`). */
  readonly cardinalityAtFirst: Cardinality;
  /** The marker next to the second entity (`relSpec.cardA`). */
  readonly cardinalityAtSecond: Cardinality;
  readonly identifying: boolean;
  readonly label: string;
}

/** A parsed `erDiagram`. */
export interface ParsedErDiagram {
  readonly entities: readonly ParsedEntity[];
  readonly relationships: readonly ParsedRelationship[];
}

interface MermaidEntity {
  id: string;
  alias?: string;
  attributes?: { type: string; name: string; keys?: string[]; comment?: string }[];
}

interface MermaidApi {
  initialize(config: object): void;
  mermaidAPI: {
    getDiagramFromText(text: string): Promise<{
      db: {
        getEntities(): Map<string, MermaidEntity> | Record<string, MermaidEntity>;
        getRelationships(): {
          entityA: string;
          entityB: string;
          roleA: string;
          relSpec: { cardA: Cardinality; cardB: Cardinality; relType: string };
        }[];
      };
    }>;
  };
}

let api: Promise<MermaidApi> | undefined;

function loadMermaid(): Promise<MermaidApi> {
  api ??= (async () => {
    const require = createRequire(import.meta.url);
    const mermaid = ((await import(require.resolve("mermaid"))) as { default: MermaidApi }).default;
    mermaid.initialize({ startOnLoad: false, maxTextSize: 200_000 });
    return mermaid;
  })();
  return api;
}

/**
 * Mermaid stores `#quot;`-style entity codes as placeholders until rendering; turn them back into characters so
 * tests compare with the real text.
 */
export function decodeMermaidText(text: string): string {
  return text
    .replace(/ﬂ°°(\d+)¶ß/g, (_m, code: string) => String.fromCharCode(Number(code)))
    .replace(
      /ﬂ°(\w+)¶ß/g,
      (_m, name: string) => ({ quot: '"', amp: "&", lt: "<", gt: ">", nbsp: "\u00a0" })[name] ?? `#${name};`,
    );
}

/** Parses an `erDiagram` with Mermaid's own parser (the `mermaid` package); throws on a parse error. */
export async function parseMermaidErDiagram(text: string): Promise<ParsedErDiagram> {
  const mermaid = await loadMermaid();
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const raw = diagram.db.getEntities();
  const entries = raw instanceof Map ? [...raw.entries()] : Object.entries(raw);
  const nameOfId = new Map(entries.map(([name, entity]) => [entity.id, name]));
  const entities = entries.map(([name, entity]) => ({
    name: decodeMermaidText(name),
    alias: decodeMermaidText(entity.alias ?? ""),
    attributes: (entity.attributes ?? []).map((attribute) => ({
      type: decodeMermaidText(attribute.type),
      name: decodeMermaidText(attribute.name),
      keys: attribute.keys ?? [],
      comment: decodeMermaidText(attribute.comment ?? ""),
    })),
  }));
  const relationships = diagram.db.getRelationships().map((relationship) => ({
    first: decodeMermaidText(nameOfId.get(relationship.entityA) ?? relationship.entityA),
    second: decodeMermaidText(nameOfId.get(relationship.entityB) ?? relationship.entityB),
    cardinalityAtFirst: relationship.relSpec.cardB,
    cardinalityAtSecond: relationship.relSpec.cardA,
    identifying: relationship.relSpec.relType === "IDENTIFYING",
    label: decodeMermaidText(relationship.roleA),
  }));
  return { entities, relationships };
}
