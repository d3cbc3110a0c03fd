import type { ModelBlock } from "../parser/ast.js";
import type { Located } from "./context.js";

/**
 * Reports composite types that contain themselves through required, non-list fields (E214): no document could
 * ever be written. An optional or list field breaks the cycle, as in Prisma.
 */
export function checkCompositeCycles(types: ReadonlyMap<string, Located<ModelBlock>>): void {
  for (const [name, located] of types) {
    for (const field of located.node.fields) {
      if (field.type.arity !== "required" || !types.has(field.type.name.text)) continue;
      const path = findPathBack(field.type.name.text, name, types, new Set());
      if (!path) continue;
      const cycle = [name, ...path].map((step) => `\`${step}\``).join(" → ");
      const message =
        path.length === 1
          ? `The field \`${field.name.text}\` has the type of its own composite type \`${name}\`, an endless cycle. Make it optional or a list.`
          : `The types cause an endless cycle in the path ${cycle}. Make one of the fields optional or a list to break it.`;
      located.report("E214", message, field);
    }
  }
}

/** The chain of required composite fields from `from` back to `target`, or undefined. */
function findPathBack(
  from: string,
  target: string,
  types: ReadonlyMap<string, Located<ModelBlock>>,
  seen: Set<string>,
): string[] | undefined {
  if (from === target) return [target];
  if (seen.has(from)) return undefined;
  seen.add(from);
  for (const field of types.get(from)?.node.fields ?? []) {
    if (field.type.arity !== "required" || !types.has(field.type.name.text)) continue;
    const rest = findPathBack(field.type.name.text, target, types, seen);
    if (rest) return [from, ...rest];
  }
  return undefined;
}
