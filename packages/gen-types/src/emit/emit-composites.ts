import { docsOf, propertyKey } from "@cardinal/core";
import { clientScalarFields, fieldType } from "../type-mapping.js";
import type { EmitContext } from "./context.js";
import { useFieldTypes } from "./uses.js";

/** MongoDB composite types, as interfaces with their fields. */
export function emitCompositeTypes(context: EmitContext): void {
  const { schema, names, options } = context;
  for (const item of schema.compositeTypes) {
    const fields = clientScalarFields(item.fields);
    useFieldTypes(context, fields);
    context.add({
      kind: "interface",
      isExported: true,
      name: names.compositeTypes.get(item.name) as string,
      docs: docsOf(item.documentation),
      properties: fields.map((field) => ({
        name: propertyKey(field.name),
        type: fieldType(field, names, options) as string,
        docs: docsOf(field.documentation),
      })),
    });
  }
}
