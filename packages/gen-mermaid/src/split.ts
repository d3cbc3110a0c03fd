import { type Model, type SchemaModel, uniqueFileNames } from "@cardinal/core";
import { quote } from "./escape.js";
import { naturalCompare } from "./natural-order.js";
import type { ResolvedMermaidOptions } from "./options.js";
import type { DiagramContent, EntityView, RelationshipView } from "./view-model.js";

/** One diagram of the output: a heading (when split) and what it draws. */
export interface DiagramView extends DiagramContent {
  readonly heading: string | undefined;
  /** The group (or component) the diagram draws, when split; a group cut into parts names it in each. */
  readonly group: string | undefined;
  readonly slug: string;
}

/** The group a model names with a `/// @group Name` line. */
export function groupAnnotation(model: Pick<Model, "documentation">): string | undefined {
  return /^@group\s+(.+)$/m.exec(model.documentation ?? "")?.[1]?.trim();
}

/**
 * Splits a diagram that would be too long for Mermaid (or always, when asked): by `@group` annotations when any
 * model has one, else by connected component. A group that is still too long is cut into parts. Relations that
 * cross groups are drawn in both, with the other end as a bare entity labelled with its group.
 */
export function splitDiagram(
  content: DiagramContent,
  schema: SchemaModel,
  options: ResolvedMermaidOptions,
  render: (diagram: DiagramContent) => string,
): DiagramView[] {
  const whole: DiagramView = { ...content, heading: undefined, group: undefined, slug: options.fileName };
  if (options.split === "none") return [whole];
  if (options.split === "auto" && render(whole).length <= options.maxCharacters) return [whole];
  const byGroup = groupEntities(content, schema, options);
  const groupOf = new Map([...byGroup].flatMap(([group, keys]) => keys.map((key) => [key, group] as const)));
  const parts = [...byGroup.entries()]
    .sort(([a], [b]) => naturalCompare(a, b))
    .flatMap(([group, keys]) => cutToSize(group, keys, content, groupOf, options, render));
  return withFileSlugs(parts, options.fileName);
}

/**
 * One file name per part, distinct on case-insensitive file systems and short enough for any of them: groups that
 * differ only by case or punctuation (`Billing`, `billing`, `Billing!`) slug alike and get `_2`, `_3`.
 */
function withFileSlugs(parts: readonly DiagramView[], fileName: string): DiagramView[] {
  // Keyed by position (headings could repeat: a group may be named "X (part 1 of 2)"), in the parts' order.
  const keys = parts.map((_part, i) => String(i).padStart(8, "0"));
  const stem = (key: string) => `${fileName}-${slugify(parts[Number(key)]?.heading ?? "")}`;
  const slugs = uniqueFileNames(keys, { stem });
  return parts.map((part, i) => ({ ...part, slug: slugs.get(keys[i] as string) as string }));
}

function groupEntities(
  content: DiagramContent,
  schema: SchemaModel,
  options: ResolvedMermaidOptions,
): Map<string, string[]> {
  const annotated = schema.models.some((model) => groupAnnotation(model) !== undefined);
  const groupOfModel = annotated || options.split === "group" ? annotationGroups(schema) : componentGroups(content);
  const groups = new Map<string, string[]>();
  for (const entity of content.entities) {
    const group =
      groupOfModel.get(entity.key) ?? attachedGroup(entity.key, content.relationships, groupOfModel) ?? "Other";
    groups.set(group, [...(groups.get(group) ?? []), entity.key]);
  }
  return groups;
}

function annotationGroups(schema: SchemaModel): Map<string, string> {
  return new Map(schema.models.map((model) => [model.name, groupAnnotation(model) ?? "Other"]));
}

/** Connected components over relationship lines, each named after its first model ("User and 4 more"). */
function componentGroups(content: DiagramContent): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    const next = parent.get(key) ?? key;
    if (next === key) return key;
    const root = find(next);
    parent.set(key, root);
    return root;
  };
  for (const entity of content.entities) parent.set(entity.key, entity.key);
  for (const { models } of content.relationships) {
    const [a, b] = models.map(find) as [string, string];
    // The root is the smaller key, so components do not depend on the order lines come in.
    const [low, high] = a < b ? [a, b] : [b, a];
    if (low !== high) parent.set(high, low);
  }
  const members = new Map<string, string[]>();
  for (const entity of content.entities) {
    const root = find(entity.key);
    const keys = members.get(root);
    if (keys) keys.push(entity.key);
    else members.set(root, [entity.key]);
  }
  const names = new Map<string, string>();
  for (const [root, keys] of members) {
    const first = [...keys].sort(naturalCompare)[0] as string;
    names.set(root, keys.length === 1 ? first : `${first} and ${keys.length - 1} more`);
  }
  return new Map(content.entities.map((entity) => [entity.key, names.get(find(entity.key)) as string]));
}

/** Enums and join tables go with the first model they are drawn next to. */
function attachedGroup(
  key: string,
  relationships: readonly RelationshipView[],
  groups: ReadonlyMap<string, string>,
): string | undefined {
  const partner = relationships.find((r) => r.models.includes(key))?.models.find((model) => model !== key);
  return partner ? groups.get(partner) : undefined;
}

/**
 * Cuts a group into parts that stay under the limit. Sizes are measured once per entity and per line (rendering
 * each alone), so cutting is linear; stubs for the far ends of crossing lines are counted as they appear.
 */
function cutToSize(
  group: string,
  keys: readonly string[],
  content: DiagramContent,
  groupOf: ReadonlyMap<string, string>,
  options: ResolvedMermaidOptions,
  render: (diagram: DiagramContent) => string,
): DiagramView[] {
  const base = render({ entities: [], relationships: [] }).length;
  const cost = (diagram: DiagramContent) => render(diagram).length - base;
  // Each entity, line and stub is measured once (a key's cost is asked for twice, and stubs again per part).
  const costs = new Map<unknown, number>();
  const costOnce = (key: unknown, diagram: () => DiagramContent) => {
    const known = costs.get(key);
    if (known !== undefined) return known;
    const size = cost(diagram());
    costs.set(key, size);
    return size;
  };
  const byKey = new Map(content.entities.map((entity) => [entity.key, entity]));
  const linesOf = new Map<string, RelationshipView[]>();
  for (const line of content.relationships)
    for (const model of new Set(line.models)) {
      const lines = linesOf.get(model);
      if (lines) lines.push(line);
      else linesOf.set(model, [line]);
    }
  const parts: { keys: string[]; size: number; lines: Set<RelationshipView>; stubs: Set<string> }[] = [];
  for (const key of keys) {
    let part = parts.at(-1);
    const added = (target: NonNullable<typeof part>) => {
      const lines = (linesOf.get(key) ?? []).filter((line) => !target.lines.has(line));
      const stubs = lines
        .flatMap((line) => line.models)
        .filter((model) => model !== key && !target.keys.includes(model) && !target.stubs.has(model));
      const entity = byKey.get(key);
      const stubCost = stubs.reduce(
        (sum, model) =>
          sum + costOnce(`stub:${model}`, () => ({ entities: [stubOf(model, content, groupOf)], relationships: [] })),
        0,
      );
      const size =
        (entity ? costOnce(entity, () => ({ entities: [entity], relationships: [] })) : 0) +
        lines.reduce((sum, line) => sum + costOnce(line, () => ({ entities: [], relationships: [line] })), 0) +
        stubCost;
      return { lines, stubs, size };
    };
    if (part) {
      const next = added(part);
      if (base + part.size + next.size > options.maxCharacters) part = undefined;
    }
    if (!part) {
      part = { keys: [], size: 0, lines: new Set(), stubs: new Set() };
      parts.push(part);
    }
    const next = added(part);
    part.keys.push(key);
    part.size += next.size;
    for (const line of next.lines) part.lines.add(line);
    for (const stub of next.stubs) part.stubs.add(stub);
    part.stubs.delete(key);
  }
  return parts.map((part, i) => {
    const heading = parts.length === 1 ? group : `${group} (part ${i + 1} of ${parts.length})`;
    return { ...diagramOf(part.keys, content, groupOf), heading, group, slug: "" };
  });
}

function diagramOf(
  keys: readonly string[],
  content: DiagramContent,
  groupOf: ReadonlyMap<string, string>,
): DiagramContent {
  const inside = new Set(keys);
  const relationships = content.relationships.filter((line) => line.models.some((model) => inside.has(model)));
  const outside = new Set(relationships.flatMap((r) => r.models.filter((model) => !inside.has(model))));
  const stubs = content.entities
    .filter((entity) => outside.has(entity.key))
    .map((entity) => stubOf(entity.key, content, groupOf));
  return { entities: [...content.entities.filter((entity) => inside.has(entity.key)), ...stubs], relationships };
}

const entityIds = new WeakMap<DiagramContent, Map<string, string>>();

/** Entity ids by key, computed once per diagram content. */
function idsOf(content: DiagramContent): Map<string, string> {
  let ids = entityIds.get(content);
  if (!ids) {
    ids = new Map(content.entities.map((entity) => [entity.key, entity.id]));
    entityIds.set(content, ids);
  }
  return ids;
}

/** The far end of a line that crosses groups: the entity without attributes, labelled with its group. */
function stubOf(key: string, content: DiagramContent, groupOf: ReadonlyMap<string, string>): EntityView {
  const id = idsOf(content).get(key) ?? quote(key);
  return { key, id, label: quote(`${key} (in ${groupOf.get(key) ?? "Other"})`), attributes: [] };
}

function slugify(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || "diagram"
  );
}
