import { lookupTable } from "../lookup-table.js";
import type { ModelBlock } from "../parser/ast.js";
import type { Located } from "./context.js";

/** Why Prisma refuses each block attribute on a composite type (all of them are refused). */
const refusals: Readonly<Record<string, string>> = lookupTable({
  id: "A composite type cannot define an id; embedded documents are identified by the model that embeds them.",
  unique: "A unique constraint on a composite type's fields belongs in the model that embeds the type.",
  index: "An index on a composite type's fields belongs in the model that embeds the type.",
  fulltext: "A fulltext index on a composite type's fields belongs in the model that embeds the type.",
  map: "A composite type is not stored under a name of its own, so it cannot be mapped with `@@map`.",
});

/**
 * A composite type has at least one field (E212) and no block attributes at all (E306): keys and indexes over its
 * fields are declared in the model that embeds it.
 */
export function checkCompositeTypeBlock(located: Located<ModelBlock>): void {
  const { node, report } = located;
  if (node.fields.length === 0) {
    report("E212", `The composite type \`${node.name.text}\` has no fields; define at least one.`, node.name);
  }
  for (const attribute of node.attributes) {
    const name = attribute.name.text;
    report("E306", refusals[name] ?? `A composite type cannot have block attributes such as \`@@${name}\`.`, attribute);
  }
}
