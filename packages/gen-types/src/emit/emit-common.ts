import type { CodeWriter } from "@cardinal/core";
import type { EmitContext } from "./context.js";

/** `JsonValue`, `Decimal` (unless decimals are numbers) and the payload helpers (`SubInclude`, `Payload`). */
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
  emitPayloadHelpers(context);
}

/**
 * One generic payload for every model, read from each model's node (`UserNode`): a per-model conditional type
 * made type-checking large schemas slow (1,000 models: 0.86 s of `tsc`'s check time went to them).
 */
function emitPayloadHelpers(context: EmitContext): void {
  const { payload, payloadNode, related, subInclude } = context.names.helpers;
  context.add({
    kind: "interface",
    isExported: true,
    name: payloadNode,
    docs: [
      {
        description: `What \`${payload}\` reads of a model: its row, its include, and the node each relation leads to (\`N[]\` for a list, \`N | null\` when optional).`,
      },
    ],
    properties: [
      { name: "row", type: "object" },
      { name: "include", type: "object" },
      { name: "relations", type: "object" },
    ],
  });
  context.add({
    kind: "typeAlias",
    isExported: true,
    name: payload,
    typeParameters: [{ name: "N", constraint: payloadNode }, "I"],
    docs: [{ description: "A row of the model `N` with the relations `I` (its include) includes." }],
    type: (writer: CodeWriter) => {
      // The type alias body is already indented once: these levels come on top of it.
      writer.write('N["row"] &').newLine();
      writer.writeLine('(I extends N["include"]');
      writer.indent(() => {
        writer.writeLine("? {");
        writer.indent(() => {
          writer.writeLine("-readonly [K in keyof I as I[K] extends false | undefined ? never : K]-?:");
          writer.indent(() =>
            writer.writeLine(
              `K extends keyof N["relations"] ? ${related}<N["relations"][K], ${subInclude}<I[K]>> : never;`,
            ),
          );
        });
        writer.writeLine("}");
        writer.write(": unknown)");
      });
    },
  });
  context.add({
    kind: "typeAlias",
    isExported: true,
    name: related,
    typeParameters: ["T", "I"],
    docs: [{ description: "The payload along one relation whose node is `T`: a list, a row, or `null`." }],
    type: `T extends (infer E extends ${payloadNode})[] ? ${payload}<E, I>[] : T extends ${payloadNode} ? ${payload}<T, I> : null`,
  });
}
