import type { EmitContext } from "./context.js";

/** `JsonValue`, `Decimal` (unless decimals are numbers) and the `SubInclude` helper. */
export function emitCommon(context: EmitContext): void {
  const { names, options } = context;
  const { helpers } = names;
  context.add({
    kind: "typeAlias",
    isExported: true,
    name: helpers.jsonValue,
    docs: [{ description: "Any JSON value, as a `Json` field holds it." }],
    type: `string | number | boolean | null | ${helpers.jsonValue}[] | { [key: string]: ${helpers.jsonValue} }`,
  });
  if (options.decimal === "string") {
    context.add({
      kind: "typeAlias",
      isExported: true,
      name: helpers.decimal,
      docs: [
        {
          description:
            'A `Decimal` as its exact decimal string, e.g. `"12.30"`: no precision is lost on the way through JSON.\nParse it with a decimal library when you compute with it.',
        },
      ],
      // biome-ignore lint/suspicious/noTemplateCurlyInString: this is TypeScript source text for the generated file.
      type: "`${number}`",
    });
  }
  context.add({
    kind: "typeAlias",
    isExported: true,
    name: helpers.subInclude,
    typeParameters: ["A"],
    docs: [{ description: "The nested include of a relation: `{ include: {...} }` gives it; `true` gives none." }],
    type: "A extends { include: infer I } ? I : undefined",
  });
}
