import { docsOf } from "@cardinal/core";
import type { EmitContext } from "./context.js";

/** Each enum as a const object and a union type of the same name (`Role.ADMIN`, `Role`). */
export function emitEnums(context: EmitContext): void {
  const { schema, names } = context;
  for (const item of schema.enums) {
    const name = names.enums.get(item.name) as string;
    const members = item.values
      .map((value) => `${JSON.stringify(value.name)}: ${JSON.stringify(value.name)}`)
      .join(", ");
    context.add({
      kind: "variable",
      isExported: true,
      declarationKind: "const",
      docs: docsOf(item.documentation),
      declarations: [{ name, initializer: `{ ${members} } as const` }],
    });
    context.add({
      kind: "typeAlias",
      isExported: true,
      name,
      docs: docsOf(item.documentation),
      type: `(typeof ${name})[keyof typeof ${name}]`,
    });
  }
}
