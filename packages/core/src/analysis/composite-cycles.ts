import { formatCount } from "../diagnostics/format-list.js";
import type { FieldDeclaration, ModelBlock } from "../parser/ast.js";
import type { Located } from "./context.js";
import { type Graph, stronglyConnected } from "./strongly-connected.js";

type Types = ReadonlyMap<string, Located<ModelBlock>>;

/** Types named in a cycle message before it is cut with `…`. */
const shownTypes = 10;

/**
 * Reports composite types that contain themselves through required, non-list fields (E214): no document could
 * ever be written. An optional or list field breaks the cycle, as in Prisma. A field of its own type is reported
 * on that field; a longer cycle once per group of types that reach each other, on the first field that closes
 * it. Linear in the number of fields; returns how many fields were followed (to test that bound).
 */
export function checkCompositeCycles(types: Types): number {
  const graph: Graph<string> = new Map(
    [...types].map(([name, located]) => [name, containedFields(located.node, types).map(typeOf)]),
  );
  const { components, edgesFollowed } = stronglyConnected(graph);
  for (const [name, located] of types) {
    for (const field of containedFields(located.node, types)) {
      if (typeOf(field) !== name) continue;
      const message = `The field \`${field.name.text}\` has the type of its own composite type \`${name}\`, an endless cycle. Make it optional or a list.`;
      located.report("E214", message, field);
    }
  }
  for (const component of components) if (component.length > 1) reportCycle(new Set(component), types);
  return edgesFollowed;
}

/** The required, non-list fields whose type is a composite type. */
function containedFields(node: ModelBlock, types: Types): FieldDeclaration[] {
  return node.fields.filter((field) => field.type.arity === "required" && types.has(typeOf(field)));
}

function typeOf(field: FieldDeclaration): string {
  return field.type.name.text;
}

/** One E214 for a group of types that reach each other, on the first field (in declaration order) inside it. */
function reportCycle(component: ReadonlySet<string>, types: Types): void {
  for (const [name, located] of types) {
    if (!component.has(name)) continue;
    const field = containedFields(located.node, types).find((f) => component.has(typeOf(f)) && typeOf(f) !== name);
    if (!field) continue;
    const path = [name, ...pathBack(typeOf(field), name, component, types)];
    const message = `The types cause an endless cycle in the path ${describePath(path)}. Make one of the fields optional or a list to break it.`;
    located.report("E214", message, field);
    return;
  }
}

/** A shortest path of contained fields from `from` to `to` inside the component (breadth first, linear). */
function pathBack(from: string, to: string, component: ReadonlySet<string>, types: Types): string[] {
  const previous = new Map<string, string | undefined>([[from, undefined]]);
  const queue = [from];
  for (let i = 0; i < queue.length && !previous.has(to); i++) {
    const current = queue[i] as string;
    for (const field of containedFields((types.get(current) as Located<ModelBlock>).node, types)) {
      const next = typeOf(field);
      if (!component.has(next) || previous.has(next)) continue;
      previous.set(next, current);
      queue.push(next);
    }
  }
  const path: string[] = [];
  for (let step: string | undefined = to; step !== undefined; step = previous.get(step)) path.push(step);
  return path.reverse();
}

/** `A` → `B` → `A`, or its first types, `…` and the last one, with the count, when it is long. */
function describePath(path: readonly string[]): string {
  const quoted = path.map((step) => `\`${step}\``);
  if (quoted.length <= shownTypes) return quoted.join(" → ");
  const shown = [...quoted.slice(0, shownTypes - 1), "…", quoted[quoted.length - 1]];
  return `${shown.join(" → ")} (${formatCount(path.length - 1)} types)`;
}
