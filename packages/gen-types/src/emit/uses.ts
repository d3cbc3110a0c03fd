import type { ScalarField } from "@cardinal/core";
import type { EmitContext } from "./context.js";

/** Records the enum, composite and helper types that fields refer to, so the module imports them. */
export function useFieldTypes(context: EmitContext, fields: readonly ScalarField[]): void {
  const { names, options } = context;
  for (const field of fields) {
    const { type } = field;
    if (type.kind === "enum") context.use(names.enums.get(type.name) as string, "enums");
    else if (type.kind === "composite") context.use(names.compositeTypes.get(type.name) as string, "composites");
    else if (type.kind === "scalar" && type.name === "Json") context.use(names.helpers.jsonValue, "common");
    else if (type.kind === "scalar" && type.name === "Decimal" && options.decimal === "string")
      context.use(names.helpers.decimal, "common");
  }
}
